// The reason a commune officer gives when rejecting a slip line: required, so the
// collaborator knows what to correct.
import { z } from "../validation/zod.js";
import { indexMessages, parseFields, toResult, type ValidationResult } from "../validation/result.js";
import { cappedText } from "../validation/text.js";
import { EVENT_MESSAGES as M, SHORT_TEXT_MAX } from "./messages.js";

const shape = {
  reason: cappedText(M.REJECTION_REASON_REQUIRED)
    .min(1, { error: M.REJECTION_REASON_REQUIRED.vi, abort: true })
    .max(SHORT_TEXT_MAX, { error: M.REJECTION_REASON_TOO_LONG.vi }),
};
const INDEX = indexMessages(M);

export function validateRejection(input: unknown): ValidationResult<{ reason: string }> {
  const { values, errors } = parseFields(shape, input, INDEX);
  return toResult<{ reason: string }>(values as Partial<z.output<z.ZodObject<typeof shape>>>, errors);
}
