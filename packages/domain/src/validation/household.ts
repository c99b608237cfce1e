// The input that creates or edits a household (header of the household sheet, § 3.3).
import { z } from "./zod.js";
import { HOUSEHOLD_TYPE } from "../codes/person.js";
import { indexMessages, parseFields, toResult, type Messages, type ValidationResult } from "./result.js";
import { cappedText, codeOf } from "./text.js";

export const ADDRESS_MAX_LENGTH = 300;

export const HOUSEHOLD_MESSAGES = {
  ADDRESS_REQUIRED: { vi: "Địa chỉ là bắt buộc", en: "Address is required" },
  ADDRESS_TOO_LONG: { vi: `Địa chỉ không được quá ${ADDRESS_MAX_LENGTH} ký tự`, en: `Address must have at most ${ADDRESS_MAX_LENGTH} characters` },
  HOUSEHOLD_TYPE_REQUIRED: { vi: "Chưa chọn loại hộ", en: "Household type is required" },
  HOUSEHOLD_TYPE_INVALID: { vi: "Loại hộ phải là hộ gia đình hoặc hộ tập thể", en: "Household type must be family or collective" },
  AREA_CODE_REQUIRED: { vi: "Chưa chọn địa bàn", en: "Area is required" },
  AREA_CODE_INVALID: { vi: "Mã địa bàn không hợp lệ", en: "Invalid area code" },
} as const satisfies Messages<string>;

export type HouseholdIssueCode = keyof typeof HOUSEHOLD_MESSAGES;

const M = HOUSEHOLD_MESSAGES;
// The format of area codes is ours (unconfirmed in the guide): keep it to safe characters.
const AREA_CODE = /^[A-Za-z0-9._-]{1,32}$/;

export const householdInputSchema = z.object({
  address: cappedText(M.ADDRESS_REQUIRED)
    .overwrite((s) => s.normalize("NFC").replace(/\s+/g, " "))
    .min(1, { error: M.ADDRESS_REQUIRED.vi, abort: true })
    .max(ADDRESS_MAX_LENGTH, { error: M.ADDRESS_TOO_LONG.vi }),
  type: codeOf(HOUSEHOLD_TYPE, M.HOUSEHOLD_TYPE_REQUIRED, M.HOUSEHOLD_TYPE_INVALID),
  areaCode: cappedText(M.AREA_CODE_REQUIRED, M.AREA_CODE_INVALID)
    .min(1, { error: M.AREA_CODE_REQUIRED.vi, abort: true })
    .regex(AREA_CODE, { error: M.AREA_CODE_INVALID.vi }),
});

export type HouseholdInput = z.output<typeof householdInputSchema>;
export type HouseholdField = keyof HouseholdInput;

const INDEX = indexMessages(HOUSEHOLD_MESSAGES);

export function validateHouseholdInput(input: unknown): ValidationResult<HouseholdInput, HouseholdField> {
  const { values, errors } = parseFields(householdInputSchema.shape, input, INDEX);
  return toResult<HouseholdInput, HouseholdField>(values, errors);
}
