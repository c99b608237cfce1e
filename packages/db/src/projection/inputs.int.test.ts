// The inputs of a projection on the register counted by hand (stats/hand-register.fixture.ts).
// Phường Thành Đông (TD) took in the communes A1 and A2 whole on 1 July 2025; base year 2026,
// so the years observed are 2023–2025, re-aggregated from A1 and A2 before the reform.
//
// Mid-year (2 July 2023, 1 July 2024, 2 July 2025) residents of A1 + A2 and their ages:
//   men    1 An 65, 66, – (died 30/6/2025)   3 Cường 32, 33, 34   5 Đức –, –, 0 (born 30/6/2025)
//          7 Em 17, 18, 19   10 Khoa 37, 38, 39   12 Minh 10, 11, 12   14 Phúc 44, 45, – (left 10/6/2025)
//          15 Quang –, –, 24 (arrived 15/4/2025)   23 Vinh 83, 84, – (died 2/2/2025)
//   women  2 Bình 60, 61, 62   4 Dung 27, 28, 29   6 Hoa 3, 4, 5   8 Giang 15, 16, 17 (A2 → A1: inside TD)
//          9 Hạnh 51, 52, 53   11 Lan 34, 35, 36   13 Ngọc 43, 44, 45
// Births: 5 (boy, mother Dung 29, 25–29) and 19 (girl, 31/12/2025, mother Lan 37, 35–39).
// ASFR 25–29 = 1 / 3 woman-years; 35–39 = 1 / 2 (Lan was 34 in 2023); TFR = 5 × (1/3 + 1/2).
// Deaths: An at 67 (65–69), Vinh at 85 (85+, where no man of TD was at mid-year): too few for
// a life table of their own, so the model's; the 20 man-years expect far fewer than 20 deaths,
// so the model's level (SMR 1).
// Migration: Quang in at 24 (20–24), Phúc out at 46 (45–49); Giang's move stays inside TD.
// 1 January 2026: men 0 (Đức), 13 (Minh), 19 (Em), 24 (Quang), 34 (Cường), 39 (Khoa);
// women 0 (Uyên, born 31/12), 6, 17, 29, 37, 45, 53, 63.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelDeathRates } from "@danso/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { loadHandRegister, type UnitKey } from "../stats/hand-register.fixture.js";
import { UnitNotFoundError } from "../stats/columns.js";
import { projectionInputs } from "./inputs.js";

/** One migrant over three years, spread over the five single years of a group. */
const THIRD_PER_AGE = 1 / 3 / 5;

let t: TestDatabase;
let units: Record<UnitKey, number>;

beforeAll(async () => {
  t = await createTestDatabase();
  units = await loadHandRegister(t.pool);
}, 240_000);
afterAll(() => t?.drop());

const ages = (...a: number[]) => {
  const v = new Array<number>(101).fill(0);
  for (const x of a) v[x]! += 1;
  return v;
};
/** 19 life-table groups (0, 1–4, 5–9, … 85+) from [group index, value] pairs. */
const groups = (pairs: [number, number][]) => {
  const v = new Array<number>(19).fill(0);
  for (const [g, n] of pairs) v[g] = n;
  return v;
};

describe("projection inputs from the register", () => {
  it("counts the base population, fertility, mortality and migration of a unit formed in 2025 by hand", async () => {
    const i = await projectionInputs(t.db, units.TD, 2026);
    expect(i.years).toEqual([2023, 2024, 2025]);
    expect(i.estimated).toBe(false);
    expect(i.base.male).toEqual(ages(0, 13, 19, 24, 34, 39));
    expect(i.base.female).toEqual(ages(0, 6, 17, 29, 37, 45, 53, 63));

    expect(i.asfrByGroup.map((r) => +r.toFixed(12))).toEqual([0, 0, +(1 / 3).toFixed(12), 0, 0.5, 0, 0]);
    expect(i.tfr).toBeCloseTo(5 * (1 / 3 + 1 / 2), 12);
    expect([i.births, i.srbObserved, i.srbSource, i.srb]).toEqual([2, 100, "DEFAULT", 110]);

    const m = i.mortality.male;
    expect(m.exposure).toEqual(groups([[0, 1], [3, 3], [4, 3], [5, 1], [7, 3], [8, 3], [9, 1], [10, 1], [14, 2], [17, 2]]));
    expect(m.deaths).toEqual(groups([[14, 1], [18, 1]]));
    expect(i.mortality.female.exposure).toEqual(groups([[1, 2], [2, 1], [4, 3], [6, 3], [7, 1], [8, 2], [9, 2], [10, 1], [11, 3], [13, 3]]));
    expect(i.mortality.female.deaths.every((d) => d === 0)).toBe(true);
    for (const sex of ["male", "female"] as const) {
      expect([i.mortality[sex].source, i.mortality[sex].smr]).toEqual(["MODEL", 1]);
      expect(i.mortality[sex].rates).toEqual(modelDeathRates()[sex]);
    }

    const k = THIRD_PER_AGE;
    expect(i.netMigration.male.slice(18, 27)).toEqual([0, 0, k, k, k, k, k, 0, 0]);
    expect(i.netMigration.male.slice(44, 51)).toEqual([0, -k, -k, -k, -k, -k, 0]);
    expect(i.netMigration.female.every((v) => v === 0)).toBe(true);
  });

  it("counts a move between two communes of a province for the communes, not for the province", async () => {
    // Phúc's move A2 → B1 is inside Hải Phòng (HP); Quang's Q1 → A2 too (Q1's province merged in).
    const hp = await projectionInputs(t.db, units.HP, 2026);
    const tdInputs = await projectionInputs(t.db, units.TD, 2026);
    expect(tdInputs.netMigration.male.reduce((a, b) => a + b)).toBeCloseTo(0, 12); // +1 − 1 over three years
    // Tài moved abroad on 31/12/2025 at 26: HP's only migrant.
    hp.netMigration.male.slice(25, 30).forEach((v) => expect(v).toBeCloseTo(-THIRD_PER_AGE, 12));
    expect(hp.netMigration.male.reduce((a, b) => a + b)).toBeCloseTo(-1 / 3, 12);
  });

  it("refuses a unit abolished before the base year", async () => {
    await expect(projectionInputs(t.db, units.A1, 2026)).rejects.toBeInstanceOf(UnitNotFoundError);
  });
});
