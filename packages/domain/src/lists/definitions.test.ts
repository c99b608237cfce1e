import { describe, expect, it } from "vitest";
import { ageOn } from "../time/dates.js";
import { getPersonList, PERSON_LISTS } from "./definitions.js";

const range = (code: string, on: string) => getPersonList(code)!.birthRange(on);
const inside = (code: string, on: string, birth: string) => {
  const r = range(code, on);
  return birth >= r.from && birth <= r.to;
};

describe("list rules as birth-date ranges", () => {
  it("grade 1 is the children born in year − 6, from 1 January to 31 December, whatever the reference day", () => {
    for (const on of ["2026-01-01", "2026-06-15", "2026-12-31"]) expect(range("GRADE_1", on)).toEqual({ from: "2020-01-01", to: "2020-12-31" });
    expect(inside("GRADE_1", "2026-05-01", "2019-12-31")).toBe(false);
    expect(inside("GRADE_1", "2026-05-01", "2021-01-01")).toBe(false);
  });

  it("kindergarten spans three birth years, grades 6 and 10 one each", () => {
    expect(range("KINDERGARTEN", "2026-09-05")).toEqual({ from: "2021-01-01", to: "2023-12-31" });
    expect(range("GRADE_6", "2026-09-05")).toEqual({ from: "2015-01-01", to: "2015-12-31" });
    expect(range("GRADE_10", "2026-09-05")).toEqual({ from: "2011-01-01", to: "2011-12-31" });
  });

  it("military call-up runs from the 18th birthday to the day before the 26th", () => {
    const on = "2026-11-01";
    expect(inside("MILITARY_CALLUP", on, "2008-11-01")).toBe(true); // 18 today
    expect(inside("MILITARY_CALLUP", on, "2008-11-02")).toBe(false); // 18 tomorrow
    expect(inside("MILITARY_CALLUP", on, "2000-11-02")).toBe(true); // 26 tomorrow: still 25
    expect(inside("MILITARY_CALLUP", on, "2000-11-01")).toBe(false); // 26 today
    const deferred = getPersonList("MILITARY_CALLUP")!.deferralRange!(on);
    expect(deferred).toEqual({ from: "1998-11-02", to: "2000-11-01" });
  });

  it("agrees with completed years for every day of a leap cycle", () => {
    const callup = getPersonList("MILITARY_CALLUP")!;
    const elderly = getPersonList("ELDERLY")!;
    const under6 = getPersonList("CHILDREN_UNDER_6")!;
    for (let d = Date.UTC(2027, 0, 1); d < Date.UTC(2029, 0, 1); d += 86_400_000) {
      const on = new Date(d).toISOString().slice(0, 10);
      for (const birth of ["2001-02-28", "2000-02-29", "2003-03-01", "1968-02-29", "1967-12-31", "2022-02-28", "2021-03-01"]) {
        const age = ageOn(birth, on);
        const within = (r: { from: string; to: string }) => birth >= r.from && birth <= r.to;
        expect(within(callup.birthRange(on)), `${birth} on ${on}`).toBe(age >= 18 && age <= 25);
        expect(within(callup.deferralRange!(on)), `${birth} on ${on}`).toBe(age >= 26 && age <= 27);
        expect(within(elderly.birthRange(on)), `${birth} on ${on}`).toBe(age >= 60);
        expect(within(under6.birthRange(on)), `${birth} on ${on}`).toBe(age >= 0 && age < 6);
      }
    }
  });

  it("military lists are for men only; every list says its rule and law in Vietnamese", () => {
    expect(getPersonList("MILITARY_REGISTRATION")!.sex).toBe("MALE");
    expect(getPersonList("GRADE_1")!.sex).toBeUndefined();
    for (const l of PERSON_LISTS) {
      expect(l.rule.vi.length).toBeGreaterThan(20);
      expect(l.basis.vi).toMatch(/Luật/);
      expect(l.columns).toContain("fullName");
    }
    expect(new Set(PERSON_LISTS.map((l) => l.code)).size).toBe(PERSON_LISTS.length);
  });
});
