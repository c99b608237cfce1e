// The projection engine on textbook cases, worked by hand where a hand can do it.
import { describe, expect, it } from "vitest";
import { MAX_AGE, project, projectOneYear, scaleToTfr, totalFertility, type AgeVector, type BySex, type YearRates } from "./cohort-component.js";
import { lifeTableFromRates, singleYearSurvival, LIFE_TABLE_AGES } from "./life-table.js";
import { projectionIndicators } from "./indicators.js";

const zeros = (): AgeVector => new Array<number>(MAX_AGE + 1).fill(0);
const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
/** A Gompertz-like mortality by group: high in infancy, lowest at 10, doubling every 8 years after 30. */
const RATES = LIFE_TABLE_AGES.map((a) => (a === 0 ? 0.015 : a === 1 ? 0.001 : a < 30 ? 0.0008 : 0.0008 * 2 ** ((a - 30) / 8)));
const survival = singleYearSurvival(lifeTableFromRates(RATES));
/** A bell of fertility around 27 with TFR 2.0. */
const ASFR = scaleToTfr(Array.from({ length: 35 }, (_, i) => Math.exp(-(((i + 15 - 27) / 6) ** 2))), 2);

const rates = (over: Partial<YearRates> = {}): YearRates => ({
  asfr: ASFR, srb: 110, survival: { male: survival, female: survival }, netMigration: { male: zeros(), female: zeros() }, ...over,
});

function uniform(n: number): BySex<AgeVector> {
  return { male: zeros().map((_, x) => (x < 80 ? n : 0)), female: zeros().map((_, x) => (x < 80 ? n : 0)) };
}

describe("life table", () => {
  it("follows the guide's formulas for the first groups", () => {
    const t = lifeTableFromRates(RATES);
    // ₁q₀ = 0.015 / (1 + 0.9 · 0.015) = 0.0148001…
    expect(t[0]!.q).toBeCloseTo(0.015 / (1 + 0.9 * 0.015), 12);
    expect(t[1]!.l).toBeCloseTo(100_000 * (1 - t[0]!.q), 9);
    // ₄q₁ = 4 · 0.001 / (1 + 2.5 · 0.001)
    expect(t[1]!.q).toBeCloseTo(0.004 / 1.0025, 12);
    // L₀ = l₁ + a₀ d₀; the open group lives l/M; e₀ = T₀ / l₀.
    expect(t[0]!.L).toBeCloseTo(t[1]!.l + 0.1 * t[0]!.d, 9);
    expect(t.at(-1)!.L).toBeCloseTo(t.at(-1)!.l / t.at(-1)!.m, 9);
    expect(t[0]!.e).toBeCloseTo(t[0]!.T / 100_000, 12);
    expect(t[0]!.e).toBeGreaterThan(60);
    expect(t[0]!.e).toBeLessThan(85);
  });

  it("gives survivorship ratios between 0 and 1 that fall with age after youth", () => {
    expect(survival.ratio).toHaveLength(MAX_AGE);
    expect(survival.ratio.every((s) => s > 0 && s < 1)).toBe(true);
    expect(survival.ratio[90]!).toBeLessThan(survival.ratio[60]!);
    expect(survival.birth).toBeGreaterThan(0.98);
  });
});

describe("cohort-component projection", () => {
  it("one step matches a hand computation to the person", () => {
    // 1,000 women and 1,000 men at each age 0–79; a flat survival of 0.99; 1,000 women at
    // each fertile age with f = 0.1 at 20–29 only (TFR 1.0); SRB 105; no migration.
    const flat = { birth: 0.99, ratio: new Array<number>(MAX_AGE).fill(0.99) };
    const asfr = Array.from({ length: 35 }, (_, i) => (i + 15 >= 20 && i + 15 <= 29 ? 0.1 : 0));
    const r = projectOneYear(uniform(1000), { ...rates({ asfr, srb: 105 }), survival: { male: flat, female: flat } });
    // Survivors: age x + 1 gets 990 for x = 0…78; age 80 gets 990 from age 79; 81+ nobody.
    expect(r.population.female.slice(1, 81)).toEqual(new Array(80).fill(990));
    expect(r.population.female[81]).toBe(0);
    // Women 20–29 at the start 1,000 each, at the end 990 each: B = 10 × 0.1 × 995 = 995.
    expect(r.births.male + r.births.female).toBeCloseTo(995, 9);
    expect(r.births.male).toBeCloseTo((995 * 105) / 205, 9); // 509.63…
    // Age 0 at the end: the births of each sex × 0.99.
    expect(r.population.male[0]).toBeCloseTo(((995 * 105) / 205) * 0.99, 9);
    // Deaths: 80,000 × 1 % of each sex plus 1 % of the births.
    expect(r.deaths.male + r.deaths.female).toBeCloseTo(1600 + 9.95, 9);
    expect(r.netMigration).toBeCloseTo(0, 9);
  });

  it("divides births by sex in the ratio at birth", () => {
    const years = project(uniform(500), 2026, 2031, () => rates({ srb: 112 }));
    for (const y of years.slice(0, -1)) expect(y.births!.male / y.births!.female).toBeCloseTo(1.12, 12);
  });

  it("with TFR 0 the population only ages, and dies out at the life table's pace", () => {
    const base = uniform(1000);
    const noBirths = rates({ asfr: new Array<number>(35).fill(0) });
    const years = project(base, 2026, 2186, () => noBirths);
    // Every cohort is its starting size times the product of its survivorship ratios.
    const at = (k: number) => years[k]!.population.female;
    for (const [x, k] of [[0, 10], [30, 25], [60, 20]] as const) {
      const product = survival.ratio.slice(x, x + k).reduce((p, s) => p * s, 1);
      expect(at(k)[x + k]).toBeCloseTo(1000 * product, 6);
    }
    // Nobody under k years old after k years; totals fall every year; once every cohort is
    // past 100, what is left shrinks by the open group's survivorship each year.
    expect(at(10).slice(0, 10).every((v) => v === 0)).toBe(true);
    const totals = years.map((y) => sum(y.population.female) + sum(y.population.male));
    expect(totals.every((t, i) => i === 0 || t < totals[i - 1]!)).toBe(true);
    expect(years[120]!.population.female.slice(0, MAX_AGE).every((v) => v === 0)).toBe(true);
    expect(totals[151]! / totals[150]!).toBeCloseTo(survival.ratio[MAX_AGE - 1]!, 12);
    expect(totals.at(-1)! / totals[0]!).toBeLessThan(1e-3);
  });

  it("a closed population with constant rates reaches the stable age structure", () => {
    const years = project(uniform(1000), 2026, 2826, () => rates());
    const share = (k: number) => {
      const p = years[k]!.population.female;
      const t = sum(p);
      return p.map((v) => v / t);
    };
    const last = share(800);
    const before = share(799);
    // The age structure no longer changes…
    expect(Math.max(...last.map((c, x) => Math.abs(c - before[x]!)))).toBeLessThan(1e-9);
    // …and is the stable one: c(x + 1) / c(x) = S(x) / λ, λ the constant yearly growth factor.
    const total = (k: number) => sum(years[k]!.population.female);
    const lambda = total(800) / total(799);
    expect(total(799) / total(798)).toBeCloseTo(lambda, 8);
    for (const x of [0, 10, 40, 70]) expect(last[x + 1]! / last[x]!).toBeCloseTo(survival.ratio[x]! / lambda, 6);
    // TFR 2.0 with SRB 110 and this mortality is below replacement: the population shrinks.
    expect(lambda).toBeLessThan(1);
  });

  it("adds net migrants at the end of the year and reports them", () => {
    const inflow = zeros().map((_, x) => (x >= 20 && x < 30 ? 10 : 0));
    const r = projectOneYear(uniform(1000), rates({ netMigration: { male: inflow, female: zeros() } }));
    expect(r.netMigration).toBeCloseTo(100, 9);
  });

  it("refuses rates of the wrong shape", () => {
    expect(() => projectOneYear(uniform(1), rates({ asfr: [0.1] }))).toThrow(/35 values/);
  });

  it("scales an age pattern to another TFR", () => {
    expect(totalFertility(scaleToTfr(ASFR, 1.6))).toBeCloseTo(1.6, 12);
  });
});

describe("projection indicators", () => {
  it("computes structure and the counts plans ask for", () => {
    const i = projectionIndicators(uniform(1000));
    expect(i.total).toBe(160_000);
    // 0–14: 30,000; 15–64: 100,000; 65–79: 30,000.
    expect(i.dependencyRatio).toBeCloseTo(60, 9);
    expect(i.ageingIndex).toBeCloseTo((40_000 / 30_000) * 100, 9);
    expect(i.militaryAge).toBe(8000);
    expect(i.grade1).toBe(2000);
    // Ages 0–79 evenly: half are under 40.
    expect(i.medianAge).toBeCloseTo(40, 9);
  });
});
