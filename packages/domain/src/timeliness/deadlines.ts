// When a month's changes are due. The collaborator makes the P0/CTV slip on the first day
// of the following month and hands it in at the monthly meeting; the commune officer then
// checks it (domain guide § 3.2, § 3.5). The exact days are not set by a source we have
// checked: they are parameters here, in one place.
import { addDays, type IsoDate } from "../time/dates.js";
import type { Period } from "../time/periods.js";

export const TIMELINESS_RULES = {
  /** Changes of month M must be recorded by this day of month M+1. */
  recordByDay: 5,
  /** ... and verified by this day of month M+1. */
  verifyByDay: 10,
};

export interface Deadlines {
  recordBy: IsoDate;
  verifyBy: IsoDate;
}

export function monthDeadlines(month: Period, rules = TIMELINESS_RULES): Deadlines {
  if (month.kind !== "MONTH") throw new RangeError("Timeliness is judged per month");
  const next = addDays(month.end, 1);
  return { recordBy: addDays(next, rules.recordByDay - 1), verifyBy: addDays(next, rules.verifyByDay - 1) };
}

export type TimelinessStatus = "ON_TIME" | "LATE" | "IN_PROGRESS" | "NO_CHANGES";

export interface TimelinessCounts {
  total: number;
  recordedLate: number;
  verifiedLate: number;
  /** Still DRAFT or SUBMITTED. */
  pending: number;
}

/** A commune is late when any change of the month was recorded or verified after its
 * deadline, or is still waiting after the verification deadline. */
export function timelinessStatus(c: TimelinessCounts, deadlines: Deadlines, today: IsoDate): TimelinessStatus {
  if (c.total === 0) return "NO_CHANGES";
  if (c.recordedLate > 0 || c.verifiedLate > 0 || (c.pending > 0 && today > deadlines.verifyBy)) return "LATE";
  return c.pending > 0 ? "IN_PROGRESS" : "ON_TIME";
}

export const TIMELINESS_LABELS: Record<TimelinessStatus, { vi: string; en: string }> = {
  ON_TIME: { vi: "Đúng hạn", en: "On time" },
  LATE: { vi: "Chậm", en: "Late" },
  IN_PROGRESS: { vi: "Đang xử lý", en: "In progress" },
  NO_CHANGES: { vi: "Không có biến động", en: "No changes" },
};
