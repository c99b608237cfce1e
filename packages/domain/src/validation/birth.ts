// Plausibility of a birth for the mother. Ages outside 10–55 are entry mistakes (wrong
// mother or wrong date) and block the save; 10–14 and 50–55 do happen but fall outside
// the 15–49 band the reports count, so the officer is asked to check them.
import type { Label } from "../codes/labels.js";
import type { Sex } from "../codes/person.js";
import { ageOn, type IsoDate } from "../time/dates.js";
import { makeIssue, type Messages, type ValidationIssue } from "./result.js";

/** Completed years at the child's birth accepted at all. */
export const MOTHER_AGE_LIMITS = { min: 10, max: 55 } as const;
/** The reproductive-age band of the reports (women 15–49). */
export const REPRODUCTIVE_AGE = { min: 15, max: 49 } as const;

export const BIRTH_MESSAGES = {
  CHILD_BORN_BEFORE_MOTHER: { vi: "Ngày sinh của con trước ngày sinh của mẹ", en: "The child's birth date is before the mother's" },
  MOTHER_TOO_YOUNG: {
    vi: `Mẹ dưới ${MOTHER_AGE_LIMITS.min} tuổi khi sinh con: kiểm tra lại người mẹ hoặc ngày sinh`,
    en: `Mother under ${MOTHER_AGE_LIMITS.min} at the birth: check the mother or the dates`,
  },
  MOTHER_TOO_OLD: {
    vi: `Mẹ trên ${MOTHER_AGE_LIMITS.max} tuổi khi sinh con: kiểm tra lại người mẹ hoặc ngày sinh`,
    en: `Mother over ${MOTHER_AGE_LIMITS.max} at the birth: check the mother or the dates`,
  },
  MOTHER_AGE_UNUSUAL: {
    vi: `Tuổi của mẹ khi sinh ngoài khoảng ${REPRODUCTIVE_AGE.min}–${REPRODUCTIVE_AGE.max}: đề nghị kiểm tra lại`,
    en: `Mother's age at the birth is outside ${REPRODUCTIVE_AGE.min}–${REPRODUCTIVE_AGE.max}: please check`,
  },
  MOTHER_NOT_FEMALE: { vi: "Người mẹ phải là nữ", en: "The mother must be female" },
} as const satisfies Messages<string>;

export type BirthIssueCode = keyof typeof BIRTH_MESSAGES;
export type BirthIssue = ValidationIssue<BirthIssueCode>;

/**
 * Checks a birth against the mother's birth date (and sex when known). The texts carry the
 * mother's age so the officer sees what is wrong; `field` names the input to attach to.
 */
export function checkBirthForMother(
  birth: { motherBirthDate: IsoDate; childBirthDate: IsoDate; motherSex?: Sex },
  options: { field?: string } = {},
): BirthIssue[] {
  const field = options.field ?? "motherId";
  const issues: BirthIssue[] = [];
  const push = (code: BirthIssueCode, severity: "error" | "warning", label: Label = BIRTH_MESSAGES[code]) =>
    issues.push(makeIssue(code, severity, label, field));

  if (birth.motherSex === "MALE") push("MOTHER_NOT_FEMALE", "error");
  if (birth.childBirthDate < birth.motherBirthDate) {
    push("CHILD_BORN_BEFORE_MOTHER", "error");
    return issues;
  }
  const age = motherAgeAtBirth(birth.motherBirthDate, birth.childBirthDate);
  const withAge = (code: BirthIssueCode): Label => ({
    vi: `${BIRTH_MESSAGES[code].vi} (mẹ ${age} tuổi)`,
    en: `${BIRTH_MESSAGES[code].en} (mother aged ${age})`,
  });
  if (age < MOTHER_AGE_LIMITS.min) push("MOTHER_TOO_YOUNG", "error", withAge("MOTHER_TOO_YOUNG"));
  else if (age > MOTHER_AGE_LIMITS.max) push("MOTHER_TOO_OLD", "error", withAge("MOTHER_TOO_OLD"));
  else if (age < REPRODUCTIVE_AGE.min || age > REPRODUCTIVE_AGE.max) push("MOTHER_AGE_UNUSUAL", "warning", withAge("MOTHER_AGE_UNUSUAL"));
  return issues;
}

/** Completed years of the mother on the child's birth date. */
export function motherAgeAtBirth(motherBirthDate: IsoDate, childBirthDate: IsoDate): number {
  return ageOn(motherBirthDate, childBirthDate);
}
