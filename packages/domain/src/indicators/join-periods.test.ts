import { describe, expect, it } from "vitest";
import { emptyBaseCounts } from "./base-counts.js";
import { joinPeriods } from "./join-periods.js";

describe("joinPeriods", () => {
  it("adds the flows, takes the start stock from the earlier half and the end stocks from the later", () => {
    const a = emptyBaseCounts(), b = emptyBaseCounts();
    a.counts.BIRTHS_MALE = 3; b.counts.BIRTHS_MALE = 4;
    a.counts.MARRIAGE_PERSONS = 2; b.counts.MARRIAGE_PERSONS = 6;
    a.counts.HOUSEHOLDS_FAMILY = 10; b.counts.HOUSEHOLDS_FAMILY = 11;
    a.counts.CP_USERS_IUD = 5; b.counts.CP_USERS_IUD = 7;
    a.tables.DEATHS.female[3] = 1; b.tables.DEATHS.female[3] = 2;
    a.tables.POP_START.male[0] = 100; b.tables.POP_START.male[0] = 105;
    a.tables.POP_END.male[0] = 105; b.tables.POP_END.male[0] = 108;
    a.counts.COUPLES_MARRIED = 1; b.counts.COUPLES_MARRIED = 3;
    const j = joinPeriods(a, b);
    expect(j.counts.BIRTHS_MALE).toBe(7);
    expect(j.counts.MARRIAGE_PERSONS).toBe(8);
    expect(j.counts.HOUSEHOLDS_FAMILY).toBe(11);
    expect(j.counts.CP_USERS_IUD).toBe(7);
    expect(j.tables.DEATHS.female[3]).toBe(3);
    expect(j.tables.POP_START.male[0]).toBe(100);
    expect(j.tables.POP_END.male[0]).toBe(108);
    expect(j.counts.COUPLES_MARRIED).toBe(0); // not joinable: asked of the engine for the whole period
  });
});
