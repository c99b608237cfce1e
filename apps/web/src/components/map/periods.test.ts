import { describe, expect, it } from "vitest";
import { periodsOf } from "./periods";

describe("periodsOf", () => {
  it("lists the complete periods from 2021, oldest first", () => {
    expect(periodsOf("YEAR", "2026-12-07")).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    expect(periodsOf("QUARTER", "2026-12-07").slice(-2)).toEqual(["2026-Q2", "2026-Q3"]);
    expect(periodsOf("MONTH", "2026-12-07").at(-1)).toBe("2026-M11");
    expect(periodsOf("MONTH", "2026-12-07")).toHaveLength(12 * 5 + 11);
  });
});
