// Public API of the indicator catalogue.
export * from "./age-groups.js";
export * from "./base-counts.js";
export * from "./types.js";
export { isEndStock, joinPeriods, NOT_JOINABLE } from "./join-periods.js";
export { annualisationFactor, medianAge, ratePerThousand, rateOf, ratio, totalFertilityRate } from "./formulas.js";
export { INDICATORS, computeIndicator, computeTerms, getIndicator, isIndicatorCode } from "./catalogue.js";
