// Period choices for a form: the years of the register, and the quarters or months.
import { parsePeriod, periodContaining, previousPeriod, todayInVietnam, type PeriodKind } from "@danso/domain";

export const REGISTER_FIRST_YEAR = 2021;

/** The last period of that kind that has ended by `today` (what is due now), or that ended
 * before the first day a unit no longer existed (its validTo). */
export function lastClosedPeriod(kind: PeriodKind, today = todayInVietnam()): string {
  return previousPeriod(periodContaining(today, kind)).code;
}

export function periodCode(kind: PeriodKind, year: number, index: number): string {
  if (kind === "YEAR") return String(year);
  if (kind === "QUARTER") return `${year}-Q${index}`;
  return `${year}-M${String(index).padStart(2, "0")}`;
}

export function yearsUntil(today = todayInVietnam()): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: last - REGISTER_FIRST_YEAR + 1 }, (_, i) => last - i);
}

export function splitPeriod(code: string): { year: number; index: number } {
  const p = parsePeriod(code);
  return { year: p.year, index: p.index };
}
