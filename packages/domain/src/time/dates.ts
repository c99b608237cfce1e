// Calendar dates are strings "YYYY-MM-DD" in Asia/Ho_Chi_Minh. They are compared as
// strings and converted to day numbers for arithmetic; no Date object crosses a time zone.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(date);
  // 29 February + 1 year = 28 February.
  return isoDate(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/**
 * Age in completed years on a date ("đủ N tuổi": the N-th birthday has passed or is
 * today). Someone born on 29 February turns a year older on 1 March in common years.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const b = dateParts(birthDate);
  const o = dateParts(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** Today's calendar date in Vietnam (UTC+7). */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}

/** Milliseconds from `now` to the next midnight in Vietnam (UTC+7 all year, no summer time). */
export function msUntilNextDayInVietnam(now: Date = new Date()): number {
  const day = 86_400_000, local = now.getTime() + 7 * 3_600_000;
  return day - (((local % day) + day) % day);
}

/** A database DATE arrives as a Date at UTC midnight; this reads it back as a calendar date. */
export function dateToIso(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

export function isoToDate(value: IsoDate): Date {
  return new Date(`${assertIsoDate(value)}T00:00:00.000Z`);
}

/** "25/11/2026", as Vietnamese forms write dates. */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
