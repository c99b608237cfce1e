// The one shape every validator returns, so the API maps field errors to typed GraphQL
// errors in one place. Errors block the save; warnings are shown to the officer and the
// record is saved as entered (domain guide § 7: mismatches are never fixed silently).
import { z } from "./zod.js";
import type { Label } from "../codes/labels.js";

export type Severity = "error" | "warning";

/** One finding: a stable code for programs, the text in Vietnamese and English for people. */
export interface ValidationIssue<C extends string = string> extends Label {
  code: C;
  severity: Severity;
  /** The input field the issue belongs to, when there is one. */
  field?: string;
}

/** Vietnamese messages per field, ready to show next to the inputs of a form. */
export type FieldErrors<F extends string> = Partial<Record<F, string[]>>;

export type ValidationResult<T, F extends string = Extract<keyof T, string>> =
  | { ok: true; value: T; warnings: ValidationIssue[] }
  | { ok: false; fieldErrors: FieldErrors<F>; errors: ValidationIssue[]; warnings: ValidationIssue[] };

/** A catalogue of messages by code; the Vietnamese texts must be unique within it. */
export type Messages<C extends string> = Readonly<Record<C, Label>>;

/**
 * Every text field is cut off here before any other check runs, so a 10 MB string costs
 * one length comparison, not a regular expression over 10 MB.
 */
export const MAX_TEXT_LENGTH = 1000;

export const COMMON_MESSAGES = {
  TEXT_TOO_LONG: {
    vi: `Nội dung quá dài (tối đa ${MAX_TEXT_LENGTH} ký tự)`,
    en: `Text too long (at most ${MAX_TEXT_LENGTH} characters)`,
  },
  INVALID_VALUE: { vi: "Giá trị không hợp lệ", en: "Invalid value" },
} as const satisfies Messages<string>;

export function makeIssue<C extends string>(code: C, severity: Severity, label: Label, field?: string): ValidationIssue<C> {
  return field === undefined ? { code, severity, vi: label.vi, en: label.en } : { code, severity, vi: label.vi, en: label.en, field };
}

/**
 * Zod carries only a message string, and our schemas put the Vietnamese text there so a
 * form can use them directly; this index finds the code and English text back from it.
 */
export function indexMessages(...catalogues: Messages<string>[]): Map<string, { code: string; label: Label }> {
  const index = new Map<string, { code: string; label: Label }>();
  for (const catalogue of [COMMON_MESSAGES, ...catalogues]) {
    for (const [code, label] of Object.entries(catalogue)) index.set(label.vi, { code, label });
  }
  return index;
}

/**
 * Parses each field of a zod object shape on its own, so one bad field does not hide the
 * others and cross-field checks can still use the fields that are valid.
 */
export function parseFields<S extends z.ZodRawShape>(
  shape: S,
  input: unknown,
  index: Map<string, { code: string; label: Label }>,
): { values: Partial<{ [K in keyof S]: z.output<S[K]> }>; errors: ValidationIssue[] } {
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  const errors: ValidationIssue[] = [];
  for (const field of Object.keys(shape)) {
    const result = z.safeParse(shape[field]!, Object.hasOwn(record, field) ? record[field] : undefined);
    if (result.success) {
      values[field] = result.data;
      continue;
    }
    for (const zodIssue of result.error.issues) {
      const known = index.get(zodIssue.message);
      const issue = known
        ? makeIssue(known.code, "error", known.label, field)
        : makeIssue("INVALID_VALUE", "error", COMMON_MESSAGES.INVALID_VALUE, field);
      if (!errors.some((e) => e.field === field && e.code === issue.code)) errors.push(issue);
    }
  }
  return { values: values as Partial<{ [K in keyof S]: z.output<S[K]> }>, errors };
}

/** Builds the result from collected issues; `value` is only read when there are no errors. */
export function toResult<T, F extends string = Extract<keyof T, string>>(
  value: Partial<T>,
  issues: ValidationIssue[],
): ValidationResult<T, F> {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  if (errors.length === 0) return { ok: true, value: value as T, warnings };
  const fieldErrors: FieldErrors<F> = {};
  for (const e of errors) {
    const field = (e.field ?? "_") as F;
    (fieldErrors[field] ??= []).push(e.vi);
  }
  return { ok: false, fieldErrors, errors, warnings };
}
