// Report periods, parsed in one place: "2026-M03" (month), "2026-Q1" (quarter), "2026"
// (year). A period runs from its first to its last day, both included (Circular
// 01/2022/TT-BYT): stocks are counted at the end of the last day, flows by event date.
import { addDays, addYears, daysInMonth, dayNumber, isoDate, type IsoDate } from "./dates.js";

export type PeriodKind = "MONTH" | "QUARTER" | "YEAR";

export interface Period {
  code: string;
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, or 0 for a year. */
  index: number;
  start: IsoDate;
  end: IsoDate;
}

const PATTERN = /^(\d{4})(?:-(M(0[1-9]|1[0-2])|Q([1-4])))?$/;

export function isPeriodCode(code: string): boolean {
  return PATTERN.test(code);
}

export function parsePeriod(code: string): Period {
  const m = PATTERN.exec(code.trim());
  if (!m) throw new RangeError(`Not a report period (2026, 2026-Q1, 2026-M03): ${code}`);
  const year = Number(m[1]);
  if (m[3]) {
    const month = Number(m[3]);
    return { code: m[0], kind: "MONTH", year, index: month, start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
  }
  if (m[4]) {
    const q = Number(m[4]);
    const last = q * 3;
    return { code: m[0], kind: "QUARTER", year, index: q, start: isoDate(year, last - 2, 1), end: isoDate(year, last, daysInMonth(year, last)) };
  }
  return { code: m[0], kind: "YEAR", year, index: 0, start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

export function monthPeriod(year: number, month: number): Period {
  return parsePeriod(`${year}-M${String(month).padStart(2, "0")}`);
}

export function quarterPeriod(year: number, quarter: number): Period {
  return parsePeriod(`${year}-Q${quarter}`);
}

export function yearPeriod(year: number): Period {
  return parsePeriod(String(year));
}

/** The day before the period starts: the stock "at the start" is counted on it. */
export function dayBefore(period: Period): IsoDate {
  return addDays(period.start, -1);
}

export function periodDays(period: Period): number {
  return dayNumber(period.end) - dayNumber(period.start) + 1;
}

/** The middle day of the period, where mid-period population is taken. */
export function periodMidpoint(period: Period): IsoDate {
  return addDays(period.start, Math.floor((periodDays(period) - 1) / 2));
}

export function periodContaining(date: IsoDate, kind: PeriodKind): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === "MONTH") return monthPeriod(year, month);
  if (kind === "QUARTER") return quarterPeriod(year, Math.ceil(month / 3));
  return yearPeriod(year);
}

export function previousPeriod(period: Period): Period {
  return periodContaining(addDays(period.start, -1), period.kind);
}

const ROMAN = ["", "I", "II", "III", "IV"];

/** "Tháng 3/2026", "Quý I/2026", "Năm 2026". */
export function periodLabelVi(period: Period): string {
  if (period.kind === "MONTH") return `Tháng ${period.index}/${period.year}`;
  if (period.kind === "QUARTER") return `Quý ${ROMAN[period.index]}/${period.year}`;
  return `Năm ${period.year}`;
}

/** "March 2026", "Q1 2026", "2026". */
export function periodLabelEn(period: Period): string {
  if (period.kind === "MONTH") {
    const name = new Date(Date.UTC(period.year, period.index - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
    return `${name} ${period.year}`;
  }
  if (period.kind === "QUARTER") return `Q${period.index} ${period.year}`;
  return String(period.year);
}

/** The period of `kind` that contains `date`, cut at that date ("this month so far"). */
export function periodSoFar(date: IsoDate, kind: PeriodKind): Period {
  return { ...periodContaining(date, kind), end: date };
}

/** The same days one year earlier: the fair comparison for a period so far (29 February → 28). */
export function sameDaysYearBefore(period: Period): Period {
  const start = addYears(period.start, -1);
  return { ...periodContaining(start, period.kind), start, end: addYears(period.end, -1) };
}
