// Zod building blocks shared by the input schemas: every string is capped before anything
// else looks at it, and every message is one of our catalogue texts (see result.ts).
import { z } from "./zod.js";
import type { Label } from "../codes/labels.js";
import { COMMON_MESSAGES, MAX_TEXT_LENGTH } from "./result.js";

/** "Missing" and "wrong" get different texts: a blank field needs a different hint. */
export function missingOr(missing: Label, invalid: Label) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? missing.vi : invalid.vi);
}

/** A string, cut off at MAX_TEXT_LENGTH (aborting every later check), then trimmed. */
export function cappedText(missing: Label, invalid: Label = missing) {
  return z
    .string({ error: missingOr(missing, invalid) })
    .max(MAX_TEXT_LENGTH, { error: COMMON_MESSAGES.TEXT_TOO_LONG.vi, abort: true })
    .trim();
}

/** Absent, null and blank all mean "not known" and come out as null. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === "string" && v.length <= MAX_TEXT_LENGTH && v.trim() === "") ? null : v),
    schema.nullable(),
  );
}

/** One of the keys of a code list (SEX, MARITAL_STATUS, …). */
export function codeOf<K extends string>(list: Readonly<Record<K, Label>>, missing: Label, invalid: Label) {
  return z.enum(Object.keys(list) as [K, ...K[]], { error: missingOr(missing, invalid) });
}
