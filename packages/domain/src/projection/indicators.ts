// Indicators of a projected population: totals, structure and the counts that plans ask
// for (first-graders, military age, the elderly). Age groups as in the catalogue.
import { medianAge } from "../indicators/formulas.js";
import type { AgeVector, BySex } from "./cohort-component.js";

const SINGLE_YEARS = Array.from({ length: 101 }, (_, x) => x);

const range = (v: AgeVector, from: number, to: number) => v.slice(from, to + 1).reduce((s, x) => s + x, 0);

export function projectionIndicators(p: BySex<AgeVector>) {
  const total = p.male.map((m, x) => m + p.female[x]!);
  const all = range(total, 0, 100);
  const young = range(total, 0, 14);
  const working = range(total, 15, 64);
  const old65 = range(total, 65, 100);
  const old60 = range(total, 60, 100);
  const ratio = (a: number, b: number) => (b > 0 ? (100 * a) / b : null);
  return {
    total: all,
    male: range(p.male, 0, 100),
    female: range(p.female, 0, 100),
    dependencyRatio: ratio(young + old65, working),
    childDependencyRatio: ratio(young, working),
    oldAgeDependencyRatio: ratio(old65, working),
    /** P60+ / P0–14 × 100, the catalogue's default. */
    ageingIndex: ratio(old60, young),
    medianAge: medianAge(total, SINGLE_YEARS),
    /** Those turning 6 in the year enter grade 1 (they are 5 on 1 January); school ages likewise by the year they turn. */
    grade1: total[5]!,
    primarySchool: range(total, 5, 9),
    lowerSecondary: range(total, 10, 13),
    upperSecondary: range(total, 14, 16),
    /** Men 18–25. */
    militaryAge: range(p.male, 18, 25),
    elderly60: old60,
    elderly80: range(total, 80, 100),
  };
}
