import { describe, expect, it } from "vitest";
import { ageBuckets } from "./age-buckets.js";

// The bucket of a birth date, as PostgreSQL's width_bucket(date, date[]) computes it.
const bucket = (birth: string, thresholds: string[]) => thresholds.filter((t) => t <= birth).length;

describe("ageBuckets", () => {
  const dates = ["2024-12-31", "2025-07-02", "2025-12-31"];
  const { thresholds, groupOf } = ageBuckets(dates);
  const groupOn = (birth: string, d: number) => groupOf[d]![bucket(birth, thresholds)]!;

  it("puts the birthday itself in the older group", () => {
    // Born 2010-12-31: 14 on 2024-12-31 (group 10–14 = index 3), 15 on 2025-12-31 (index 4).
    expect(groupOn("2010-12-31", 2)).toBe(4);
    expect(groupOn("2011-01-01", 2)).toBe(3);
    expect(groupOn("2010-12-31", 0)).toBe(3);
    // Born 2010-07-02: 15 on 2025-07-02 exactly; born a day later, still 14.
    expect(groupOn("2010-07-02", 1)).toBe(4);
    expect(groupOn("2010-07-03", 1)).toBe(3);
  });
  it("separates infants and the open group", () => {
    expect(groupOn("2025-01-01", 2)).toBe(0); // under 1 on 2025-12-31
    expect(groupOn("2024-12-31", 2)).toBe(1); // exactly 1
    expect(groupOn("1925-12-31", 2)).toBe(21); // 100
    expect(groupOn("1900-01-01", 0)).toBe(21);
    expect(groupOn("1926-01-01", 2)).toBe(20); // 99
  });
  it("clamps 29 February like ageOn", () => {
    const { thresholds: t, groupOf: g } = ageBuckets(["2025-02-28"]);
    // Born 2020-02-29: not yet 5 on 2025-02-28 (birthday counted on 1 March in common years).
    expect(g[0]![bucket("2020-02-29", t)]).toBe(1);
    expect(g[0]![bucket("2020-02-28", t)]).toBe(2);
  });
});
