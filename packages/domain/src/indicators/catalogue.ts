// The indicator catalogue: every indicator of the report forms and the population
// strategy, by theme, with one way to compute any of them from base counts.
import type { Period } from "../time/periods.js";
import type { BaseCounts } from "./base-counts.js";
import { FAMILY_PLANNING_INDICATORS } from "./catalogue/family-planning.js";
import { FERTILITY_INDICATORS } from "./catalogue/fertility.js";
import { HEALTH_INDICATORS } from "./catalogue/health.js";
import { MARRIAGE_INDICATORS } from "./catalogue/marriage.js";
import { MIGRATION_INDICATORS } from "./catalogue/migration.js";
import { MORTALITY_INDICATORS } from "./catalogue/mortality.js";
import { POPULATION_INDICATORS } from "./catalogue/population.js";
import { STRUCTURE_INDICATORS } from "./catalogue/structure.js";
import { DEFAULT_PARAMS, type IndicatorDefinition, type IndicatorParams, type RateTerms } from "./types.js";

export const INDICATORS: readonly IndicatorDefinition[] = [
  ...POPULATION_INDICATORS,
  ...STRUCTURE_INDICATORS,
  ...FERTILITY_INDICATORS,
  ...MORTALITY_INDICATORS,
  ...MARRIAGE_INDICATORS,
  ...MIGRATION_INDICATORS,
  ...FAMILY_PLANNING_INDICATORS,
  ...HEALTH_INDICATORS,
];

const BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));
if (BY_CODE.size !== INDICATORS.length) throw new Error("Two indicators share a code");

export function isIndicatorCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function getIndicator(code: string): IndicatorDefinition {
  const def = BY_CODE.get(code);
  if (!def) throw new RangeError(`Unknown indicator: ${code}`);
  return def;
}

/** One indicator's value; parameters not given take their documented defaults. */
export function computeIndicator(code: string, counts: BaseCounts, period: Period, params: Partial<IndicatorParams> = {}): number | null {
  const value = getIndicator(code).formula(counts, { period, params: { ...DEFAULT_PARAMS, ...params } });
  // A formula is written to return null rather than divide by zero; this is the safety net.
  return value === null || Number.isFinite(value) ? value : null;
}

/** The numerator and denominator of a rate that is one ratio; null for other indicators. */
export function computeTerms(code: string, counts: BaseCounts, period: Period, params: Partial<IndicatorParams> = {}): RateTerms | null {
  return getIndicator(code).terms?.(counts, { period, params: { ...DEFAULT_PARAMS, ...params } }) ?? null;
}
