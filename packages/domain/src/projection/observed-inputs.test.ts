import { describe, expect, it } from "vitest";
import { ageGroupOf } from "../indicators/age-groups.js";
import { emptyBaseCounts, type BaseCounts } from "../indicators/base-counts.js";
import { MAX_AGE, totalFertility } from "./cohort-component.js";
import { lifeTableFromRates } from "./life-table.js";
import { MODEL_E0, modelDeathRates } from "./model-life-table.js";
import { DEFAULT_SRB, observedInputs, yearRates } from "./observed-inputs.js";
import { runProjection } from "./run.js";

const zeros = () => new Array<number>(MAX_AGE + 1).fill(0);
const base = { male: zeros().map(() => 100), female: zeros().map(() => 100) };

/** A year with 1,000 persons of each sex in every age group at mid-year. */
function year(fill: (b: BaseCounts) => void): BaseCounts {
  const b = emptyBaseCounts();
  b.tables.POP_MID.male.fill(1000);
  b.tables.POP_MID.female.fill(1000);
  fill(b);
  return b;
}

describe("inputs observed in the register", () => {
  it("pools births and women over the years into ASFR and TFR, spreading births of unknown mother's age", () => {
    const a = year((b) => {
      b.counts.BIRTHS_MOTHER_20_24 = 90;
      b.counts.BIRTHS_MOTHER_25_29 = 60;
      b.counts.BIRTHS_MALE = 80;
      b.counts.BIRTHS_FEMALE = 80; // 10 of the 160 with no mother's age
    });
    const b = year((c) => {
      c.tables.POP_MID.female[ageGroupOf(20)] = 2000;
      c.counts.BIRTHS_MOTHER_20_24 = 60;
      c.counts.BIRTHS_MALE = 30;
      c.counts.BIRTHS_FEMALE = 30;
    });
    const i = observedInputs(2026, [2024, 2025], [a, b], base);
    // 20–24: (90 + 60) × 220/210 births over 1,000 + 2,000 women-years; 25–29: 60 × 220/210 / 2,000.
    expect(i.asfrByGroup[1]).toBeCloseTo((150 * 220) / 210 / 3000, 12);
    expect(i.asfrByGroup[2]).toBeCloseTo((60 * 220) / 210 / 2000, 12);
    expect(i.asfrByGroup[0]).toBe(0);
    expect(i.tfr).toBeCloseTo(5 * (0.052380952 + 0.031428571), 6);
    expect(i.births).toBe(220);
    expect(totalFertility(yearRates(i).asfr)).toBeCloseTo(i.tfr, 12);
    // 220 births are too few for a sex ratio: the default stands in, the observed one is shown.
    expect(i.srbObserved).toBe(100);
    expect([i.srb, i.srbSource]).toEqual([DEFAULT_SRB, "DEFAULT"]);
    expect(observedInputs(2026, [2024, 2025], [a, b], base, { minBirthsForSrb: 200 }).srb).toBe(100);
  });

  it("uses the unit's own death rates when it has enough deaths, smoothed inside 5–84", () => {
    const y = year((b) => {
      b.tables.DEATHS.male[ageGroupOf(0)] = 20;
      b.tables.DEATHS.male[ageGroupOf(10)] = 0;
      b.tables.DEATHS.male[ageGroupOf(15)] = 8;
      for (const a of [85, 90, 95, 100]) b.tables.DEATHS.male[ageGroupOf(a)] = 50;
    });
    const m = observedInputs(2026, [2025], [y], base, { minDeaths: 10 }).mortality.male;
    expect(m.source).toBe("OBSERVED");
    expect(m.deaths.reduce((a, b) => a + b)).toBe(228);
    expect(m.exposure[18]).toBe(4000);
    expect(m.rates[0]).toBeCloseTo(20 / 1000, 12);
    // 10–14: (0 + 2·0 + 8) / (1,000 + 2,000 + 1,000); 15–19: (0 + 16 + 0) / 4,000.
    expect(m.rates[3]).toBeCloseTo(8 / 4000, 12);
    expect(m.rates[4]).toBeCloseTo(16 / 4000, 12);
    // 85+ gathers the groups 85–89 … 100+: 200 deaths over 4,000.
    expect(m.rates[18]).toBeCloseTo(200 / 4000, 12);
    expect(m.e0).toBeCloseTo(lifeTableFromRates(m.rates)[0]!.e, 12);
  });

  it("falls back to the model life table at the unit's level of mortality when deaths are few", () => {
    const model = modelDeathRates();
    const expected = model.female.reduce((s, m, i) => s + m * (i === 18 ? 4000 : 1000), 0);
    const y = year((b) => (b.tables.DEATHS.female[ageGroupOf(70)] = Math.round(expected * 1.5)));
    const f = observedInputs(2026, [2025], [y], base).mortality.female;
    expect(f.source).toBe("MODEL");
    expect(f.smr).toBeCloseTo(Math.round(expected * 1.5) / expected, 12);
    f.rates.forEach((r, i) => expect(r).toBeCloseTo(model.female[i]! * f.smr!, 12));
    expect(f.e0).toBeLessThan(MODEL_E0.female);
  });

  it("keeps the model's level where too few deaths are expected to judge", () => {
    const few = emptyBaseCounts();
    few.tables.POP_MID.female[ageGroupOf(30)] = 50;
    expect(observedInputs(2026, [2025], [few], base).mortality.female.smr).toBe(1);
  });

  it("averages net migration over the years and spreads each group over its single years", () => {
    const a = year((b) => {
      b.tables.MIGRANTS_IN.female[ageGroupOf(20)] = 50;
      b.tables.MIGRANTS_OUT.female[ageGroupOf(20)] = 10;
      b.tables.MIGRANTS_OUT.male[ageGroupOf(1)] = 8;
    });
    const i = observedInputs(2026, [2024, 2025], [a, year(() => {})], base);
    expect(i.netMigration.female.slice(20, 25)).toEqual([4, 4, 4, 4, 4]);
    expect(i.netMigration.female[25]).toBe(0);
    expect(i.netMigration.male.slice(1, 5)).toEqual([-1, -1, -1, -1]);
  });

  it("lets an analyst override the SRB, life expectancy and migration", () => {
    const i = observedInputs(2026, [2025], [year(() => {})], base);
    const r = yearRates(i, { srb: 105, e0: { male: 80 }, migrationFactor: 0 });
    expect(r.srb).toBe(105);
    const projected = runProjection(i, { horizon: 2027, scenario: "MEDIUM", overrides: { e0: { male: 80 } } });
    expect(projected).toHaveLength(2);
    expect(projected[0]!.indicators.total).toBe(20_200);
    expect(projected[1]!.tfr).toBeNull();
  });
});

describe("the model life table", () => {
  it("has the life expectancy of Vietnam's 2019 census by sex, and rates rising with age after childhood", () => {
    const m = modelDeathRates();
    expect(lifeTableFromRates(m.male)[0]!.e).toBeCloseTo(MODEL_E0.male, 6);
    expect(lifeTableFromRates(m.female)[0]!.e).toBeCloseTo(MODEL_E0.female, 6);
    for (let i = 3; i < m.male.length; i++) expect(m.male[i]!).toBeGreaterThan(m.male[i - 1]!);
  });
});
