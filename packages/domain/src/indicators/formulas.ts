// The arithmetic of the indicators, as small pure functions. A division by zero gives null
// (no value), never NaN or Infinity, so a small commune with no births shows "–", not 0.
import { periodDays, type Period } from "../time/periods.js";
import { AGE_GROUP_LOWER } from "./age-groups.js";
import type { BaseCounts } from "./base-counts.js";
import type { FormulaContext, IndicatorDefinition, RateTerms } from "./types.js";

/** numerator / denominator × scale, or null when the denominator is zero. */
export function ratio(numerator: number, denominator: number, scale = 1): number | null {
  if (denominator === 0) return null;
  return (numerator / denominator) * scale;
}

/**
 * A rate defined by its two terms, numerator and denominator: the formula and the terms
 * shown beside a value (map tooltips, tables) come from one expression, so they cannot
 * disagree. `annualised`: events of a month or quarter are put per year when the
 * parameter says so (see annualisationFactor).
 */
export function rateOf(
  terms: (counts: BaseCounts, context: FormulaContext) => RateTerms, scale: number, annualised = false,
): Pick<IndicatorDefinition, "terms" | "formula"> {
  return {
    terms,
    formula: (counts, context) => {
      const [numerator, denominator] = terms(counts, context);
      const r = ratio(numerator, denominator, scale);
      return r === null ? null : r * annualisationFactor(context.period, annualised && context.params.annualise);
    },
  };
}

/**
 * The factor that turns events counted over the period into events per year: 1 for a
 * year, 365 / days for a month or a quarter (× 365/31 for January, × 365/90 for Q1 2025),
 * 1 whatever the period when annualisation is off.
 */
export function annualisationFactor(period: Period, annualise: boolean): number {
  if (!annualise || period.kind === "YEAR") return 1;
  return 365 / periodDays(period);
}

/** Events per 1,000 persons (per year when annualised). */
export function ratePerThousand(events: number, population: number, period: Period, annualise: boolean): number | null {
  const r = ratio(events, population, 1000);
  return r === null ? null : r * annualisationFactor(period, annualise);
}

/**
 * Total fertility rate in children per woman: 5 × Σ ASFRᵢ / 1000 over the seven groups
 * 15–19 … 45–49, with ASFRᵢ per 1,000 women. A group with no women and no births adds 0;
 * a group with births but no women makes the rate undefined (null), as does a population
 * with no women 15–49 at all.
 */
export function totalFertilityRate(births: readonly number[], women: readonly number[], factor = 1): number | null {
  if (births.length !== women.length) throw new RangeError("births and women must have one entry per age group");
  if (women.every((w) => w === 0)) return null;
  let sum = 0;
  for (let i = 0; i < births.length; i++) {
    const b = births[i]!, w = women[i]!;
    if (w === 0) {
      if (b > 0) return null;
      continue;
    }
    sum += (b / w) * 1000 * factor;
  }
  return (5 * sum) / 1000;
}

/**
 * Median age in years, interpolated linearly inside the age group where half of the
 * population is reached: L + (N/2 − cumulative below L) / nᵍ × width (the open group 100+
 * is given a width of 5 years). null for an empty population.
 */
export function medianAge(byGroup: readonly number[], lower: readonly number[] = AGE_GROUP_LOWER): number | null {
  const total = byGroup.reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  const half = total / 2;
  let below = 0;
  for (let g = 0; g < byGroup.length; g++) {
    const n = byGroup[g]!;
    if (below + n >= half && n > 0) {
      const width = (lower[g + 1] ?? lower[g]! + 5) - lower[g]!;
      return lower[g]! + ((half - below) / n) * width;
    }
    below += n;
  }
  return null;
}
