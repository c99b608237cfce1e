import { describe, expect, it } from "vitest";
import { parsePeriod } from "../time/periods.js";
import { AGE_GROUP_COUNT, emptyAgeSexCounts, sumAges } from "./age-groups.js";
import { AGE_SEX_TABLES, BASE_COUNT_LABELS, COUNT_CODES, emptyBaseCounts, type BaseCountCode, type BaseCounts } from "./base-counts.js";
import { INDICATORS, computeIndicator, getIndicator } from "./catalogue.js";

const YEAR = parsePeriod("2025");
const QUARTER = parsePeriod("2025-Q2"); // 91 days

/** Base counts with a distinct, deterministic value in every cell. */
function filled(seed: number): BaseCounts {
  const b = emptyBaseCounts();
  COUNT_CODES.forEach((c, i) => (b.counts[c] = ((i * 7 + seed) % 13) + 1));
  for (const t of AGE_SEX_TABLES) {
    b.tables[t].male = b.tables[t].male.map((_, g) => ((g * 5 + seed) % 11) + 1);
    b.tables[t].female = b.tables[t].female.map((_, g) => ((g * 3 + seed) % 9) + 2);
  }
  return b;
}

describe("the indicator catalogue", () => {
  it("has unique codes, both languages and a definition for every indicator", () => {
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.name.vi.length, i.code).toBeGreaterThan(0);
      expect(i.name.en.length, i.code).toBeGreaterThan(0);
      // Vietnamese text carries its diacritics.
      expect(/[^\x20-\x7e]/.test(i.definition.vi), i.code).toBe(true);
      expect(i.definition.en.length, i.code).toBeGreaterThan(10);
      for (const n of i.needs) expect(BASE_COUNT_LABELS[n], `${i.code} needs ${n}`).toBeDefined();
    }
  });

  it("covers the indicators of the forms and the strategy", () => {
    for (const code of ["HOUSEHOLDS", "FAMILY_HOUSEHOLDS", "POP_END", "POP_MID", "MARRIED_WOMEN_15_49", "BIRTHS_ORDER_3_PLUS", "INFANT_DEATHS",
      "CHILD_MARRIAGES", "CONSANGUINEOUS_MARRIAGES", "COUPLES_COUNSELLED", "DIVORCES", "MOVES_IN_OTHER_PROVINCE", "MOVES_OUT_SAME_DISTRICT",
      "CP_USERS_IUD", "NEW_ACCEPTORS", "PRENATAL_SCREENINGS", "NEWBORN_SCREENINGS", "ELDERLY", "CBR", "CDR", "NATURAL_INCREASE_RATE", "SRB",
      "GFR", "ASFR_15_19", "ASFR_45_49", "TFR", "SHARE_ORDER_3_PLUS", "MCPR", "IN_MIGRATION_RATE", "OUT_MIGRATION_RATE", "NET_MIGRATION_RATE",
      "DEPENDENCY_RATIO", "CHILD_DEPENDENCY_RATIO", "OLD_AGE_DEPENDENCY_RATIO", "AGEING_INDEX", "MEDIAN_AGE", "IMR"]) {
      expect(() => getIndicator(code), code).not.toThrow();
    }
    expect(() => getIndicator("NOPE")).toThrow(RangeError);
  });

  it("reads only the base counts it declares", () => {
    // Changing a base count an indicator does not declare must not change its value.
    const base = filled(1);
    for (const i of INDICATORS) {
      const before = computeIndicator(i.code, base, QUARTER);
      const others = [...COUNT_CODES, ...AGE_SEX_TABLES].filter((c) => !i.needs.includes(c as BaseCountCode));
      const changed = structuredClone(base);
      for (const c of others) {
        if ((AGE_SEX_TABLES as readonly string[]).includes(c)) changed.tables[c as (typeof AGE_SEX_TABLES)[number]] = { male: new Array(AGE_GROUP_COUNT).fill(97), female: new Array(AGE_GROUP_COUNT).fill(89) };
        else changed.counts[c as (typeof COUNT_CODES)[number]] = 1013;
      }
      expect(computeIndicator(i.code, changed, QUARTER), i.code).toBe(before);
    }
  });

  it("gives 0 or no value, never NaN, for a unit with nobody", () => {
    for (const i of INDICATORS) {
      const v = computeIndicator(i.code, emptyBaseCounts(), YEAR);
      if (i.kind === "rate") expect(v, i.code).toBeNull();
      else expect(v, i.code).toBe(0);
    }
  });
});

describe("indicator formulas on hand-made counts", () => {
  // 1,000 people in the middle and at the end of Q2 2025: 300 under 15, 600 aged 15–64, 100
  // aged 65+, 150 aged 60+; 365 men, 635 women; 400 women 15–49 (120 aged 20–24, 120 aged
  // 25–29, 160 aged 45–49).
  const b = emptyBaseCounts();
  for (const t of ["POP_MID", "POP_END"] as const) {
    const table = emptyAgeSexCounts();
    table.male[3] = 150; table.female[3] = 150; // 10–14
    table.female[5] = 120; table.female[6] = 120; // 20–24, 25–29
    table.male[8] = 150; table.female[10] = 160; // 35–39 men, 45–49 women
    table.male[13] = 25; table.female[13] = 25; // 60–64
    table.male[14] = 40; table.female[15] = 60; // 65–69 men, 70–74 women
    b.tables[t] = table;
  }
  b.counts.BIRTHS_MALE = 12;
  b.counts.BIRTHS_FEMALE = 10;
  b.counts.BIRTHS_MOTHER_20_24 = 12;
  b.counts.BIRTHS_MOTHER_25_29 = 6;
  b.counts.BIRTHS_ORDER_3_PLUS = 2;
  b.tables.DEATHS.male[0] = 1; // an infant
  b.tables.DEATHS.female[15] = 4;
  b.counts.MOVES_IN_OTHER_PROVINCE = 7;
  b.counts.MOVES_IN_SAME_DISTRICT = 3;
  b.counts.MOVES_OUT_OTHER_DISTRICT = 4;
  b.counts.MARRIED_WOMEN_15_49 = 200;
  b.counts.CP_USERS_IUD = 90;
  b.counts.CP_USERS_PILL = 30;
  b.counts.CP_USERS_WITHDRAWAL = 20;

  it("checks its own arithmetic: 1,000 persons, 400 women 15–49", () => {
    expect(sumAges(b.tables.POP_MID)).toBe(1000);
    expect(sumAges(b.tables.POP_MID, 15, 50, "FEMALE")).toBe(400);
    expect(() => sumAges(b.tables.POP_MID, 16, 50)).toThrow(RangeError);
  });

  it("computes crude and fertility rates, annualised over the quarter (× 365/91)", () => {
    const f = 365 / 91;
    expect(computeIndicator("CBR", b, QUARTER)).toBeCloseTo(22 * f, 10); // 22 / 1000 × 1000
    expect(computeIndicator("CDR", b, QUARTER)).toBeCloseTo(5 * f, 10);
    expect(computeIndicator("NATURAL_INCREASE_RATE", b, QUARTER)).toBeCloseTo(17 * f, 10);
    expect(computeIndicator("CBR", b, QUARTER, { annualise: false })).toBeCloseTo(22, 10);
    // Women 15–49: 120 + 120 + 160 = 400 → GFR 22/400 × 1000 = 55 (× f).
    expect(computeIndicator("GFR", b, QUARTER)).toBeCloseTo(55 * f, 10);
    // ASFR 20–24 = 12/120 × 1000 = 100, 25–29 = 6/120 × 1000 = 50 → TFR = 5 × 150/1000 = 0.75 (× f).
    expect(computeIndicator("ASFR_20_24", b, QUARTER, { annualise: false })).toBeCloseTo(100, 10);
    expect(computeIndicator("TFR", b, QUARTER, { annualise: false })).toBeCloseTo(0.75, 10);
    expect(computeIndicator("TFR", b, QUARTER)).toBeCloseTo(0.75 * f, 10);
  });

  it("computes ratios of births, deaths and users, never annualised", () => {
    expect(computeIndicator("SRB", b, QUARTER)).toBeCloseTo(120, 10); // 12 / 10 × 100
    expect(computeIndicator("SHARE_ORDER_3_PLUS", b, QUARTER)).toBeCloseTo(100 / 11, 10); // 2 / 22
    expect(computeIndicator("IMR", b, QUARTER)).toBeCloseTo(1000 / 22, 10); // 1 / 22 × 1000
    expect(computeIndicator("CPR", b, QUARTER)).toBe(70); // 140 / 200
    expect(computeIndicator("MCPR", b, QUARTER)).toBe(60); // 120 / 200 (withdrawal is traditional)
  });

  it("computes migration with the mid-period population", () => {
    const f = 365 / 91;
    expect(computeIndicator("MOVES_IN", b, QUARTER)).toBe(10);
    expect(computeIndicator("NET_MIGRATION", b, QUARTER)).toBe(6);
    expect(computeIndicator("IN_MIGRATION_RATE", b, QUARTER)).toBeCloseTo(10 * f, 10);
    expect(computeIndicator("NET_MIGRATION_RATE", b, QUARTER)).toBeCloseTo(6 * f, 10);
  });

  it("computes the age structure at the end", () => {
    // 0–14: 300; 15–64: 120+120+150+160+50 = 600; 65+: 100; 60+: 150.
    expect(computeIndicator("DEPENDENCY_RATIO", b, QUARTER)).toBeCloseTo(400 / 6, 10);
    expect(computeIndicator("CHILD_DEPENDENCY_RATIO", b, QUARTER)).toBe(50);
    expect(computeIndicator("OLD_AGE_DEPENDENCY_RATIO", b, QUARTER)).toBeCloseTo(100 / 6, 10);
    expect(computeIndicator("AGEING_INDEX", b, QUARTER)).toBe(50); // 150 / 300
    expect(computeIndicator("AGEING_INDEX", b, QUARTER, { elderlyAge: 65 })).toBeCloseTo(100 / 3, 10);
    expect(computeIndicator("SEX_RATIO", b, QUARTER)).toBeCloseTo(36500 / 635, 10); // 365 men / 635 women
    // Half of 1,000 = 500: below 25 are 300 + 120 = 420, 25–29 holds 120 → 25 + 80/120 × 5.
    expect(computeIndicator("MEDIAN_AGE", b, QUARTER)).toBeCloseTo(25 + 10 / 3, 10);
  });
});
