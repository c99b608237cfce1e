import { describe, expect, it } from "vitest";
import { ageOn, msUntilNextDayInVietnam, todayInVietnam } from "./dates.js";
import { dayBefore, parsePeriod, periodLabelVi, periodMidpoint, periodSoFar, previousPeriod, sameDaysYearBefore } from "./periods.js";

describe("parsePeriod", () => {
  it("reads months, quarters and years with their first and last days", () => {
    expect(parsePeriod("2024-M02")).toMatchObject({ kind: "MONTH", start: "2024-02-01", end: "2024-02-29" });
    expect(parsePeriod("2026-Q3")).toMatchObject({ kind: "QUARTER", start: "2026-07-01", end: "2026-09-30" });
    expect(parsePeriod("2025")).toMatchObject({ kind: "YEAR", start: "2025-01-01", end: "2025-12-31" });
  });
  it("refuses codes that are not periods", () => {
    for (const bad of ["2026-M13", "2026-Q5", "26", "2026-03", "2026-M3"]) expect(() => parsePeriod(bad)).toThrow(RangeError);
  });
  it("labels periods in Vietnamese", () => {
    expect(periodLabelVi(parsePeriod("2026-Q1"))).toBe("Quý I/2026");
    expect(periodLabelVi(parsePeriod("2026-M03"))).toBe("Tháng 3/2026");
    expect(periodLabelVi(parsePeriod("2026"))).toBe("Năm 2026");
  });
  it("gives the day before, the midpoint and the previous period", () => {
    expect(dayBefore(parsePeriod("2025"))).toBe("2024-12-31");
    expect(periodMidpoint(parsePeriod("2025"))).toBe("2025-07-02");
    expect(previousPeriod(parsePeriod("2026-Q1")).code).toBe("2025-Q4");
    expect(previousPeriod(parsePeriod("2026-M01")).code).toBe("2025-M12");
  });
});

describe("ageOn", () => {
  it("counts completed years: the birthday itself completes the year", () => {
    expect(ageOn("2000-05-10", "2018-05-09")).toBe(17);
    expect(ageOn("2000-05-10", "2018-05-10")).toBe(18);
  });
  it("handles 29 February", () => {
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(17);
    expect(ageOn("2004-02-29", "2022-03-01")).toBe(18);
  });
});

describe("periods so far and the same days a year before", () => {
  it("cuts the month or year at the day and compares with the same days a year earlier", () => {
    const month = periodSoFar("2026-12-07", "MONTH");
    expect([month.code, month.start, month.end]).toEqual(["2026-M12", "2026-12-01", "2026-12-07"]);
    const before = sameDaysYearBefore(month);
    expect([before.code, before.start, before.end]).toEqual(["2025-M12", "2025-12-01", "2025-12-07"]);
    const year = sameDaysYearBefore(periodSoFar("2028-02-29", "YEAR"));
    expect([year.code, year.start, year.end]).toEqual(["2027", "2027-01-01", "2027-02-28"]);
  });
});

describe("msUntilNextDayInVietnam", () => {
  it("counts to the next midnight in Vietnam, 17:00 UTC", () => {
    expect(msUntilNextDayInVietnam(new Date("2026-12-07T16:59:00Z"))).toBe(60_000);
    expect(msUntilNextDayInVietnam(new Date("2026-12-07T17:00:00Z"))).toBe(86_400_000);
    const at = new Date("2026-12-07T21:15:00Z");
    expect(todayInVietnam(new Date(at.getTime() + msUntilNextDayInVietnam(at)))).toBe("2026-12-09");
    expect(todayInVietnam(new Date(at.getTime() + msUntilNextDayInVietnam(at) - 1))).toBe("2026-12-08");
  });
});
