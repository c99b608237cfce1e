import { describe, expect, it } from "vitest";
import { getIndicator, isIndicatorCode } from "../indicators/catalogue.js";
import { REPORT_FORMS, getReportForm, reportFormFor } from "./forms.js";
import type { IndicatorRow } from "./types.js";

const indicatorRows = (code: string) => getReportForm(code).rows.filter((r): r is IndicatorRow => r.kind === "indicator");

describe("report forms", () => {
  it("name only indicators of the catalogue", () => {
    for (const f of REPORT_FORMS) for (const r of f.rows) if (r.kind === "indicator") expect(isIndicatorCode(r.indicator), `${f.code} ${r.indicator}`).toBe(true);
  });

  it("have one form per level and kind of period, and only 01-DSH and 03-DSX confirmed", () => {
    for (const level of ["COMMUNE", "DISTRICT", "PROVINCE", "NATION"] as const) {
      for (const kind of ["MONTH", "QUARTER", "YEAR"] as const) expect(reportFormFor(level, kind).level).toBe(level);
    }
    expect(REPORT_FORMS.filter((f) => f.confirmed).map((f) => f.code).sort()).toEqual(["01-DSH", "03-DSX"]);
    expect(reportFormFor("DISTRICT", "QUARTER").code).toBe("01-DSH");
    expect(reportFormFor("COMMUNE", "YEAR").code).toBe("03-DSX");
    expect(getReportForm("01-DSH").columns).toBe("UNIT_AND_CHILDREN");
    expect(getReportForm("03-DSX").columns).toBe("UNIT");
    expect(() => getReportForm("99-XYZ")).toThrow(RangeError);
  });

  it("keep items 1–9 of Biểu 01-DSH in the order of the circular, later rows unconfirmed", () => {
    const main = indicatorRows("01-DSH").filter((r) => r.depth === 0);
    expect(main.slice(0, 9).map((r) => `${r.number} ${r.indicator}`)).toEqual([
      "1 HOUSEHOLDS", "2 POP_END", "3 MARRIED_WOMEN_15_49", "4 BIRTHS", "5 DEATHS", "6 MARRIAGES", "7 COUPLES_COUNSELLED", "8 DIVORCES", "9 MOVES_IN",
    ]);
    expect(main.slice(0, 9).every((r) => r.confirmed)).toBe(true);
    expect(main.slice(9).every((r) => !r.confirmed)).toBe(true);
    const births = indicatorRows("01-DSH").filter((r) => r.number.startsWith("4."));
    expect(births.map((r) => r.indicator)).toEqual(["BIRTHS_MALE", "BIRTHS_FEMALE", "BIRTHS_ORDER_2", "BIRTHS_ORDER_3_PLUS", "BIRTHS_MOTHER_UNDER_20"]);
    expect(indicatorRows("01-DSH").find((r) => r.number === "1.1")?.indicator).toBe("FAMILY_HOUSEHOLDS");
  });

  it("open Biểu 03-DSX with households, residents and women at year end", () => {
    expect(indicatorRows("03-DSX").slice(0, 4).map((r) => r.indicator)).toEqual(["HOUSEHOLDS", "FAMILY_HOUSEHOLDS", "POP_END", "POP_END_FEMALE"]);
  });

  it("show rates on annual forms only", () => {
    for (const f of REPORT_FORMS) {
      const rates = f.rows.filter((r) => r.kind === "indicator" && getIndicator(r.indicator).kind === "rate");
      if (f.periodKind === "YEAR") expect(rates.length, f.code).toBeGreaterThan(15);
      else expect(rates, f.code).toEqual([]);
    }
  });
});
