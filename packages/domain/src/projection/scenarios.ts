// Projection scenarios on observed inputs: which rates hold in each future year.
//   MEDIUM        the recent rates (the last three full years), held constant
//   LOW / HIGH    fertility half a child below / above the medium TFR, reached in five years
//                 (the UN World Population Prospects convention of ±0.5), same age pattern
//   NO_MIGRATION  the medium rates with no net migration (the population's own dynamics)
//   CUSTOM        the medium rates with overrides: a TFR path (linear between the years
//                 given, constant after the last), another SRB, net migration scaled
import { scaleToTfr, totalFertility, type AgeVector, type BySex, type YearRates } from "./cohort-component.js";

export type Scenario = "MEDIUM" | "LOW" | "HIGH" | "NO_MIGRATION" | "CUSTOM";

export interface Overrides {
  tfrPath?: { year: number; tfr: number }[];
  srb?: number;
  /** 1 = as observed, 0 = none, 2 = twice. */
  migrationFactor?: number;
}

export const FERTILITY_VARIANT = 0.5;
const RAMP_YEARS = 5;

/** Linear interpolation along a path of (year, value), constant outside it. */
export function along(path: readonly { year: number; tfr: number }[], year: number): number {
  const sorted = [...path].sort((a, b) => a.year - b.year);
  if (sorted.length === 0) throw new RangeError("An empty TFR path");
  if (year <= sorted[0]!.year) return sorted[0]!.tfr;
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (year <= b.year) return a.tfr + ((b.tfr - a.tfr) * (year - a.year)) / (b.year - a.year);
  }
  return sorted.at(-1)!.tfr;
}

const scaled = (m: BySex<AgeVector>, k: number): BySex<AgeVector> => ({ male: m.male.map((v) => v * k), female: m.female.map((v) => v * k) });

/** The rates of each year of a projection from `baseYear` under a scenario. */
export function scenarioRates(observed: YearRates, baseYear: number, scenario: Scenario, overrides: Overrides = {}): (year: number) => YearRates {
  const tfr = totalFertility(observed.asfr);
  return (year) => {
    const ramp = Math.min(1, (year - baseYear + 1) / RAMP_YEARS);
    switch (scenario) {
      case "MEDIUM":
        return observed;
      case "LOW":
      case "HIGH": {
        const target = Math.max(0, tfr + (scenario === "HIGH" ? 1 : -1) * FERTILITY_VARIANT * ramp);
        return { ...observed, asfr: tfr > 0 ? scaleToTfr(observed.asfr, target) : observed.asfr };
      }
      case "NO_MIGRATION":
        return { ...observed, netMigration: scaled(observed.netMigration, 0) };
      case "CUSTOM":
        return {
          ...observed,
          asfr: overrides.tfrPath?.length && tfr > 0 ? scaleToTfr(observed.asfr, along(overrides.tfrPath, year)) : observed.asfr,
          srb: overrides.srb ?? observed.srb,
          netMigration: scaled(observed.netMigration, overrides.migrationFactor ?? 1),
        };
    }
  };
}
