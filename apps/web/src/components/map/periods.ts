// The periods a map can show: every month, quarter or year from the register's start to the
// last one complete today, oldest first (the slider's order).
import { parsePeriod, type PeriodKind } from "@danso/domain";

export const FIRST_YEAR = 2021;

export function periodsOf(kind: PeriodKind, today: string): string[] {
  const year = Number(today.slice(0, 4));
  const codes: string[] = [];
  for (let y = FIRST_YEAR; y <= year; y++) {
    if (kind === "YEAR") codes.push(String(y));
    else if (kind === "QUARTER") for (let q = 1; q <= 4; q++) codes.push(`${y}-Q${q}`);
    else for (let m = 1; m <= 12; m++) codes.push(`${y}-M${String(m).padStart(2, "0")}`);
  }
  return codes.filter((c) => parsePeriod(c).end < today);
}

export const kindOf = (code: string): PeriodKind => parsePeriod(code).kind;
