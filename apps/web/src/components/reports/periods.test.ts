import { describe, expect, it } from "vitest";
import { lastClosedPeriod, yearsUntil } from "./periods";

describe("the periods offered on the reports page", () => {
  it("default to the last period that has ended", () => {
    expect(lastClosedPeriod("QUARTER", "2026-12-07")).toBe("2026-Q3");
    expect(lastClosedPeriod("MONTH", "2026-12-07")).toBe("2026-M11");
    expect(lastClosedPeriod("YEAR", "2026-12-07")).toBe("2025");
  });

  it("for a unit abolished on 1 July 2025, to the last period it lived through whole", () => {
    expect(lastClosedPeriod("QUARTER", "2025-07-01")).toBe("2025-Q2");
    expect(lastClosedPeriod("MONTH", "2025-07-01")).toBe("2025-M06");
    expect(lastClosedPeriod("YEAR", "2025-07-01")).toBe("2024");
    expect(yearsUntil("2025-07-01")).toEqual([2025, 2024, 2023, 2022, 2021]);
  });
});
