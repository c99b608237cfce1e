// Projection scenarios on observed inputs: which rates hold in each future year.
//   MEDIUM        the recent rates (the last three full years), held constant
//   LOW / HIGH    fertility half a child below / above the medium TFR, reached in five years
//                 (the UN World Population Prospects convention of ±0.5), same age pattern
//   NO_MIGRATION  the medium rates with no net migration (the population's own dynamics)
//   CUSTOM        the medium rates with fertility along a TFR path (linear between the
//                 years given, constant after the last)
// The other overrides (SRB, life expectancy, migration factor) change the inputs under any
// scenario (see yearRates in observed-inputs.ts).
import { scaleToTfr, totalFertility, type AgeVector, type BySex, type YearRates } from "./cohort-component.js";

export const SCENARIOS = ["MEDIUM", "LOW", "HIGH", "NO_MIGRATION", "CUSTOM"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export type TfrPath = { year: number; tfr: number }[];

export const FERTILITY_VARIANT = 0.5;
const RAMP_YEARS = 5;

/** Linear interpolation along a path of (year, value), constant outside it. */
export function along(path: TfrPath, year: number): number {
  const sorted = [...path].sort((a, b) => a.year - b.year);
  if (sorted.length === 0) throw new RangeError("An empty TFR path");
  if (year <= sorted[0]!.year) return sorted[0]!.tfr;
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (year <= b.year) return a.tfr + ((b.tfr - a.tfr) * (year - a.year)) / (b.year - a.year);
  }
  return sorted.at(-1)!.tfr;
}

const none = (m: BySex<AgeVector>): BySex<AgeVector> => ({ male: m.male.map(() => 0), female: m.female.map(() => 0) });

/** The rates of each year of a projection from `baseYear` under a scenario. */
export function scenarioRates(observed: YearRates, baseYear: number, scenario: Scenario, tfrPath: TfrPath = []): (year: number) => YearRates {
  const tfr = totalFertility(observed.asfr);
  const withTfr = (target: number): YearRates => ({ ...observed, asfr: tfr > 0 ? scaleToTfr(observed.asfr, Math.max(0, target)) : observed.asfr });
  return (year) => {
    const ramp = Math.min(1, (year - baseYear + 1) / RAMP_YEARS);
    switch (scenario) {
      case "MEDIUM":
        return observed;
      case "LOW":
      case "HIGH":
        return withTfr(tfr + (scenario === "HIGH" ? 1 : -1) * FERTILITY_VARIANT * ramp);
      case "NO_MIGRATION":
        return { ...observed, netMigration: none(observed.netMigration) };
      case "CUSTOM":
        return tfrPath.length > 0 ? withTfr(along(tfrPath, year)) : observed;
    }
  };
}
