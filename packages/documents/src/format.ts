// Numbers and dates as Vietnamese documents print them, and as machines read them. Written
// by hand rather than with Intl so that a build without full ICU prints the same digits.
import { dateParts } from "@danso/domain";

export const NULL_MARK = "–";

/** Rounds half away from zero at `decimals`, without the binary surprises of toFixed (1.005). */
export function roundTo(value: number, decimals: number): number {
  const m = 10 ** decimals;
  const r = Math.round(Math.abs(value) * m + 1e-9) / m;
  return value < 0 ? -r : r;
}

/** 1931382 → "1.931.382"; 14.3 (1 decimal) → "14,3"; null → "–". */
export function formatNumberVi(value: number | null, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return NULL_MARK;
  const fixed = roundTo(value, decimals).toFixed(decimals);
  const negative = fixed.startsWith("-") && Number(fixed) !== 0;
  const [int, frac] = fixed.replace("-", "").split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** Machine-readable: dot decimal, no thousands separator; null → "". */
export function formatNumberPlain(value: number | null, decimals = 0): string {
  if (value === null || !Number.isFinite(value)) return "";
  const fixed = roundTo(value, decimals).toFixed(decimals);
  return Number(fixed) === 0 ? fixed.replace("-", "") : fixed;
}

const VN_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
});

/** Parts of an instant in Vietnam's time (UTC+7). */
function vnParts(at: Date): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> {
  const parts = Object.fromEntries(VN_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** "25/11/2026 14:05" in Vietnam's time. */
export function formatDateTimeVi(at: Date, withSeconds = false): string {
  const p = vnParts(at);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ""}`;
}

/**
 * "Hải Dương, ngày 05 tháng 02 năm 2026": Decree 30/2020/NĐ-CP writes days below 10 and
 * months below 3 with a leading zero.
 */
export function formatPlaceDate(place: string, isoDate: string): string {
  const { year, month, day } = dateParts(isoDate);
  const d = day < 10 ? `0${day}` : String(day);
  const m = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${d} tháng ${m} năm ${year}`;
}

/** "a1b2c3d4e5f60718" or "A1B2 C3D4 E5F6 0718" → "A1B2 C3D4 E5F6 0718". */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.replace(/\s+/g, "").toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");
}
