// Public API of the indicator catalogue.
export * from "./age-groups.js";
export * from "./base-counts.js";
export * from "./types.js";
export { annualisationFactor, medianAge, ratePerThousand, ratio, totalFertilityRate } from "./formulas.js";
export { INDICATORS, computeIndicator, getIndicator, isIndicatorCode } from "./catalogue.js";
