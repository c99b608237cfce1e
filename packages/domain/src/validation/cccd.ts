// Citizen identity number (CCCD / số định danh cá nhân), domain guide § 7: 12 digits =
// province of birth registration (3) + century/sex (1) + birth year (2) + random (6).
// There is no check digit, so a well-formed number can still be wrong: inconsistencies
// with the person's sex and birth year are warnings for the officer, never fixed here.
import type { Sex } from "../codes/person.js";
import { dateParts, type IsoDate } from "../time/dates.js";
import { makeIssue, type Messages, type ValidationIssue } from "./result.js";

/**
 * The 63 pre-2025 GSO province codes with a leading zero (Hà Nội 01 → 001). Whether the
 * 2025 reform adds codes is unconfirmed, so all old codes stay valid. A unit test checks
 * this list against data/vn/units-2025-03.json (the package itself does no I/O).
 */
export const CCCD_PROVINCE_CODES: readonly string[] = [
  "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
  "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
  "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
  "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
  "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
];
const PROVINCES = new Set(CCCD_PROVINCE_CODES);

/**
 * Digit 4 = 2 × (century − 19) + (female ? 1 : 0). Confirmed for 1900–2099 (0/1, 2/3);
 * 2100–2399 (4/5, 6/7, 8/9) follow the same rule but are unconfirmed (guide § 7, § 11).
 */
const FIRST_CENTURY = 1900;
const LAST_YEAR = 2399;

export const CCCD_MESSAGES = {
  CCCD_FORMAT: { vi: "Số CCCD phải gồm đúng 12 chữ số", en: "The CCCD number must be exactly 12 digits" },
  CCCD_PROVINCE: {
    vi: "Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ",
    en: "The first three digits of the CCCD number are not a known province code",
  },
  CCCD_SEX_MISMATCH: {
    vi: "Chữ số thứ 4 của số CCCD không khớp với giới tính",
    en: "Digit 4 of the CCCD number does not match the sex",
  },
  CCCD_CENTURY_MISMATCH: {
    vi: "Chữ số thứ 4 của số CCCD không khớp với thế kỷ của năm sinh",
    en: "Digit 4 of the CCCD number does not match the century of the birth year",
  },
  CCCD_YEAR_MISMATCH: {
    vi: "Chữ số thứ 5–6 của số CCCD không khớp với năm sinh",
    en: "Digits 5–6 of the CCCD number do not match the birth year",
  },
} as const satisfies Messages<string>;

export type CccdIssueCode = keyof typeof CCCD_MESSAGES;
export type CccdIssue = ValidationIssue<CccdIssueCode>;

export interface DecodedCccd {
  /** Three digits, e.g. "030" for Hải Dương. */
  provinceCode: string;
  sex: Sex;
  /** First year of the century digit 4 stands for: 1900, 2000, … */
  centuryStart: number;
  birthYear: number;
}

/** Reads the structure of a well-formed number; null when it is not 12 digits. */
export function decodeCccd(value: string): DecodedCccd | null {
  if (!/^\d{12}$/.test(value)) return null;
  const digit4 = Number(value[3]);
  const centuryStart = FIRST_CENTURY + 100 * Math.floor(digit4 / 2);
  return {
    provinceCode: value.slice(0, 3),
    sex: digit4 % 2 === 0 ? "MALE" : "FEMALE",
    centuryStart,
    birthYear: centuryStart + Number(value.slice(4, 6)),
  };
}

/**
 * Errors: not 12 digits, unknown province. Warnings: digit 4 or digits 5–6 disagree with
 * the sex or birth date given. Without `sex`/`birthDate` only the errors are checked.
 */
export function checkCccd(value: string, person: { sex?: Sex; birthDate?: IsoDate } = {}): CccdIssue[] {
  const issue = (code: CccdIssueCode, severity: "error" | "warning"): CccdIssue => makeIssue(code, severity, CCCD_MESSAGES[code]);
  const decoded = decodeCccd(value);
  if (!decoded) return [issue("CCCD_FORMAT", "error")];
  const issues: CccdIssue[] = [];
  if (!PROVINCES.has(decoded.provinceCode)) issues.push(issue("CCCD_PROVINCE", "error"));
  if (person.sex && person.sex !== decoded.sex) issues.push(issue("CCCD_SEX_MISMATCH", "warning"));
  if (person.birthDate) {
    const { year } = dateParts(person.birthDate);
    // Before 1900 digit 4 has no defined meaning, so there is nothing to compare.
    if (year >= FIRST_CENTURY && year - (year % 100) !== decoded.centuryStart) issues.push(issue("CCCD_CENTURY_MISMATCH", "warning"));
    if (year % 100 !== decoded.birthYear % 100) issues.push(issue("CCCD_YEAR_MISMATCH", "warning"));
  }
  return issues;
}

/**
 * "030195001234" → "030*******34". The province (shared by a million people) and the last
 * two digits are enough to tell numbers apart on a list next to the name; the sex, birth
 * year and most of the random part stay hidden. Malformed input is masked the same way,
 * and anything shorter than 6 characters is hidden entirely.
 */
export function maskCccd(value: string): string {
  if (value.length < 6) return "*".repeat(value.length);
  return value.slice(0, 3) + "*".repeat(value.length - 5) + value.slice(-2);
}

/**
 * Builds a number for synthetic data. `provinceCode` may be the 2-digit GSO code ("30") or
 * the 3-digit CCCD form ("030"); `random` is the last six digits (0–999999).
 */
export function generateCccd(provinceCode: string, sex: Sex, birthDate: IsoDate, random: number | string): string {
  const province = provinceCode.padStart(3, "0");
  if (!PROVINCES.has(province)) throw new RangeError(`Unknown CCCD province code: ${provinceCode}`);
  const { year } = dateParts(birthDate);
  if (year < FIRST_CENTURY || year > LAST_YEAR) throw new RangeError(`No CCCD century digit for birth year ${year}`);
  const tail = typeof random === "number" ? String(random).padStart(6, "0") : random;
  if (!/^\d{6}$/.test(tail)) throw new RangeError(`The random part must be six digits: ${random}`);
  const digit4 = 2 * Math.floor((year - FIRST_CENTURY) / 100) + (sex === "FEMALE" ? 1 : 0);
  return `${province}${digit4}${String(year % 100).padStart(2, "0")}${tail}`;
}

/** Applies `f` to every `cccd` value of a JSON value (a slip line's payload), at any depth. */
function mapCccds(value: unknown, f: (key: string, cccd: string, into: Record<string, unknown>) => void): unknown {
  if (Array.isArray(value)) return value.map((v) => mapCccds(v, f));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "cccd" && typeof v === "string") f(k, v, out);
    else out[k] = mapCccds(v, f);
  }
  return out;
}

/** For display: every CCCD number in a payload masked. */
export function maskCccdsIn(value: unknown): unknown {
  return mapCccds(value, (k, cccd, into) => (into[k] = maskCccd(cccd)));
}

/** Once a line is decided, the number lives in the person record only: `cccd` becomes `cccdOnRecord`. */
export function dropCccdsIn(value: unknown): unknown {
  return mapCccds(value, (_k, _cccd, into) => (into.cccdOnRecord = true));
}
