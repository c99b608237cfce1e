// The input that creates or edits a person (one line of the household sheet, § 3.3).
// Field checks live in the zod schema; checks across fields (CCCD against sex and birth
// date, age against marital status and relation) run after it, on the valid fields only.
import { z } from "./zod.js";
import { ethnicityByCode } from "../codes/ethnicity.js";
import {
  EDUCATION_LEVEL, MARITAL_STATUS, RELATION_TO_HEAD, RESIDENCE_STATUS, SEX,
  type MaritalStatus, type Sex,
} from "../codes/person.js";
import { addYears, ageOn, isIsoDate, type IsoDate } from "../time/dates.js";
import { CCCD_MESSAGES, checkCccd } from "./cccd.js";
import { indexMessages, makeIssue, parseFields, toResult, type Messages, type ValidationIssue, type ValidationResult } from "./result.js";
import { cappedText, codeOf, optional } from "./text.js";

/** Law on Marriage and Family 2014, Art. 8: men full 20, women full 18 (guide § 4.3). */
export const LEGAL_MARRIAGE_AGE: Readonly<Record<Sex, number>> = { MALE: 20, FEMALE: 18 };
/** Below this age a spouse of the head is taken to be an entry mistake, not a child marriage. */
export const MIN_SPOUSE_AGE = 15;
export const MAX_AGE_YEARS = 120;
export const NAME_LENGTH = { min: 2, max: 100 } as const;

export const PERSON_MESSAGES = {
  NAME_REQUIRED: { vi: "Họ và tên là bắt buộc", en: "Full name is required" },
  NAME_TOO_SHORT: { vi: `Họ và tên phải có ít nhất ${NAME_LENGTH.min} ký tự`, en: `Full name must have at least ${NAME_LENGTH.min} characters` },
  NAME_TOO_LONG: { vi: `Họ và tên không được quá ${NAME_LENGTH.max} ký tự`, en: `Full name must have at most ${NAME_LENGTH.max} characters` },
  NAME_CHARACTERS: {
    vi: "Họ và tên chỉ được gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch nối (-)",
    en: "Full name may contain only letters, spaces, apostrophes (') and hyphens (-)",
  },
  SEX_REQUIRED: { vi: "Chưa chọn giới tính", en: "Sex is required" },
  SEX_INVALID: { vi: "Giới tính không hợp lệ", en: "Invalid sex" },
  BIRTH_DATE_REQUIRED: { vi: "Ngày sinh là bắt buộc", en: "Date of birth is required" },
  BIRTH_DATE_INVALID: { vi: "Ngày sinh không phải là ngày hợp lệ (năm-tháng-ngày)", en: "Date of birth is not a valid date (YYYY-MM-DD)" },
  BIRTH_DATE_FUTURE: { vi: "Ngày sinh không được sau ngày hôm nay", en: "Date of birth cannot be after today" },
  BIRTH_DATE_TOO_OLD: { vi: `Ngày sinh không được trước ngày hôm nay quá ${MAX_AGE_YEARS} năm`, en: `Date of birth cannot be more than ${MAX_AGE_YEARS} years ago` },
  ETHNICITY_REQUIRED: { vi: "Chưa chọn dân tộc", en: "Ethnicity is required" },
  ETHNICITY_UNKNOWN: { vi: "Mã dân tộc không có trong danh mục", en: "Unknown ethnicity code" },
  EDUCATION_REQUIRED: { vi: "Chưa chọn trình độ học vấn", en: "Education level is required" },
  EDUCATION_INVALID: { vi: "Trình độ học vấn không hợp lệ", en: "Invalid education level" },
  MARITAL_STATUS_REQUIRED: { vi: "Chưa chọn tình trạng hôn nhân", en: "Marital status is required" },
  MARITAL_STATUS_INVALID: { vi: "Tình trạng hôn nhân không hợp lệ", en: "Invalid marital status" },
  RELATION_REQUIRED: { vi: "Chưa chọn quan hệ với chủ hộ", en: "Relation to the head is required" },
  RELATION_INVALID: { vi: "Quan hệ với chủ hộ không hợp lệ", en: "Invalid relation to the head" },
  RESIDENCE_STATUS_REQUIRED: { vi: "Chưa chọn tình trạng cư trú", en: "Residence status is required" },
  RESIDENCE_STATUS_INVALID: { vi: "Tình trạng cư trú không hợp lệ", en: "Invalid residence status" },
  INSURANCE_NUMBER_INVALID: {
    vi: "Số thẻ BHYT phải gồm 10 chữ số, hoặc 2 chữ cái và 13 chữ số",
    en: "The health-insurance number must be 10 digits, or 2 letters and 13 digits",
  },
  PARENT_ID_INVALID: { vi: "Mã người cha/mẹ không hợp lệ", en: "Invalid parent identifier" },
  PARENTS_SAME: { vi: "Cha và mẹ không thể là cùng một người", en: "Father and mother cannot be the same person" },
  SPOUSE_TOO_YOUNG: {
    vi: `Người dưới ${MIN_SPOUSE_AGE} tuổi không thể là vợ/chồng của chủ hộ`,
    en: `A person under ${MIN_SPOUSE_AGE} cannot be the head's spouse`,
  },
  UNDER_MARRIAGE_AGE: {
    vi: "Chưa đủ tuổi kết hôn theo luật (nam đủ 20, nữ đủ 18): kiểm tra lại, nếu đúng là tảo hôn thì vẫn ghi nhận",
    en: "Under the legal marriage age (men 20, women 18): check it; a real child marriage is still recorded",
  },
} as const satisfies Messages<string>;

export type PersonIssueCode = keyof typeof PERSON_MESSAGES | keyof typeof CCCD_MESSAGES;

const M = PERSON_MESSAGES;
// Latin letters (precomposed Vietnamese ones included) or combining marks, in words joined
// by one space, apostrophe or hyphen: "H'Hen Niê", "Rơ Châm", "Bru-Vân Kiều".
const LETTERS = "(?:(?=\\p{L})\\p{Script=Latin}|\\p{M})+";
const NAME_PATTERN = new RegExp(`^${LETTERS}(?:[ '-]${LETTERS})*$`, "u");
const EVER_MARRIED: ReadonlySet<MaritalStatus> = new Set(["MARRIED", "WIDOWED", "DIVORCED", "SEPARATED"]);
const MAX_DB_ID = 2_147_483_647; // ids are PostgreSQL int4

function recordId() {
  const invalid = M.PARENT_ID_INVALID.vi;
  // GraphQL sends IDs as strings; the register's ids are positive integers.
  const toNumber = (v: unknown) => (typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : v);
  return optional(z.preprocess(toNumber, z.number({ error: invalid }).int({ error: invalid }).min(1, { error: invalid }).max(MAX_DB_ID, { error: invalid })));
}

/** The schema depends on `today` (birth dates in the future are refused). */
export function personInputSchema(ctx: { today: IsoDate }) {
  const oldest = addYears(ctx.today, -MAX_AGE_YEARS);
  return z.object({
    fullName: cappedText(M.NAME_REQUIRED)
      .normalize("NFC")
      // Phones type ’ or ʼ for the apostrophe; one form keeps search and duplicate checks simple.
      .overwrite((s) => s.replace(/[\u2019\u02bc]/g, "'").replace(/ {2,}/g, " "))
      .min(1, { error: M.NAME_REQUIRED.vi, abort: true })
      .min(NAME_LENGTH.min, { error: M.NAME_TOO_SHORT.vi })
      .max(NAME_LENGTH.max, { error: M.NAME_TOO_LONG.vi, abort: true })
      .regex(NAME_PATTERN, { error: M.NAME_CHARACTERS.vi }),
    sex: codeOf(SEX, M.SEX_REQUIRED, M.SEX_INVALID),
    birthDate: cappedText(M.BIRTH_DATE_REQUIRED, M.BIRTH_DATE_INVALID)
      .min(1, { error: M.BIRTH_DATE_REQUIRED.vi, abort: true })
      .refine(isIsoDate, { error: M.BIRTH_DATE_INVALID.vi, abort: true })
      .refine((d) => d <= ctx.today, { error: M.BIRTH_DATE_FUTURE.vi })
      .refine((d) => d >= oldest, { error: M.BIRTH_DATE_TOO_OLD.vi }),
    ethnicity: cappedText(M.ETHNICITY_REQUIRED, M.ETHNICITY_UNKNOWN)
      .min(1, { error: M.ETHNICITY_REQUIRED.vi, abort: true })
      .refine((code) => ethnicityByCode(code) !== undefined, { error: M.ETHNICITY_UNKNOWN.vi }),
    education: codeOf(EDUCATION_LEVEL, M.EDUCATION_REQUIRED, M.EDUCATION_INVALID),
    maritalStatus: codeOf(MARITAL_STATUS, M.MARITAL_STATUS_REQUIRED, M.MARITAL_STATUS_INVALID),
    relationToHead: codeOf(RELATION_TO_HEAD, M.RELATION_REQUIRED, M.RELATION_INVALID),
    residenceStatus: codeOf(RESIDENCE_STATUS, M.RESIDENCE_STATUS_REQUIRED, M.RESIDENCE_STATUS_INVALID),
    // Only the structural CCCD errors belong here; sex/year mismatches are warnings below.
    cccd: optional(
      cappedText(CCCD_MESSAGES.CCCD_FORMAT).superRefine((value, zctx) => {
        for (const i of checkCccd(value)) if (i.severity === "error") zctx.addIssue({ code: "custom", message: i.vi, input: value });
      }),
    ),
    // Since 2021 the card carries the 10-digit social-insurance number; older cards have a
    // 15-character code (2 letters + 13 digits). Practice of Vietnam Social Security, not
    // in the domain guide: unconfirmed.
    insuranceNumber: optional(
      cappedText(M.INSURANCE_NUMBER_INVALID)
        .toUpperCase()
        .regex(/^(?:\d{10}|[A-Z]{2}\d{13})$/, { error: M.INSURANCE_NUMBER_INVALID.vi }),
    ),
    motherId: recordId(),
    fatherId: recordId(),
  });
}

export type PersonInput = z.output<ReturnType<typeof personInputSchema>>;
export type PersonField = keyof PersonInput;

const INDEX = indexMessages(PERSON_MESSAGES, CCCD_MESSAGES);

export function validatePersonInput(input: unknown, ctx: { today: IsoDate }): ValidationResult<PersonInput, PersonField> {
  const { values: v, errors } = parseFields(personInputSchema(ctx).shape, input, INDEX);
  const issues: ValidationIssue[] = [...errors];
  const add = (code: keyof typeof M, severity: "error" | "warning", field: PersonField) =>
    issues.push(makeIssue(code, severity, M[code], field));

  if (v.cccd) {
    for (const i of checkCccd(v.cccd, { sex: v.sex, birthDate: v.birthDate })) if (i.severity === "warning") issues.push({ ...i, field: "cccd" });
  }
  if (v.birthDate) {
    const age = ageOn(v.birthDate, ctx.today);
    if (v.relationToHead === "SPOUSE" && age < MIN_SPOUSE_AGE) add("SPOUSE_TOO_YOUNG", "error", "relationToHead");
    // Child marriages happen and the reports count them (01-DSH item 6): record, but warn.
    // Only the current age is known here, so someone who married young is not flagged later.
    if (v.sex && v.maritalStatus && EVER_MARRIED.has(v.maritalStatus) && age < LEGAL_MARRIAGE_AGE[v.sex]) {
      add("UNDER_MARRIAGE_AGE", "warning", "maritalStatus");
    }
  }
  if (v.motherId && v.motherId === v.fatherId) add("PARENTS_SAME", "error", "fatherId");
  return toResult<PersonInput, PersonField>(v, issues);
}
