// Every base count comes from some query: a code added to the catalogue without a query
// here would be left at zero whenever a page asks for it by name.
import { describe, expect, it } from "vitest";
import { AGE_SEX_TABLES, COUNT_CODES, type BaseCountCode } from "@danso/domain";
import { neededQueries } from "./needed-queries.js";

describe("neededQueries", () => {
  it("runs every query without a list, and some query for each base count", () => {
    expect(Object.values(neededQueries()).every(Boolean)).toBe(true);
    for (const code of [...COUNT_CODES, ...AGE_SEX_TABLES] as BaseCountCode[]) {
      expect(Object.values(neededQueries([code])).some(Boolean), code).toBe(true);
    }
  });

  it("leaves out the married women's pass and the non-flow spells for the key figures", () => {
    const q = neededQueries(["POP_END", "HOUSEHOLDS_FAMILY", "BIRTHS_MALE", "DEATHS", "MOVES_IN_OTHER_PROVINCE", "MARRIAGE_PERSONS"]);
    expect(q).toEqual({ stock: true, stockChanges: false, flows: true, married: false, events: true, households: true });
    expect(neededQueries(["BIRTHS_FEMALE"])).toEqual({ stock: false, stockChanges: false, flows: true, married: false, events: false, households: false });
    expect(neededQueries(["POP_START"]).stockChanges).toBe(true);
  });
});
