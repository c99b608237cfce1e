// What the API says went wrong, in the page's language: the GraphQL error's message is
// Vietnamese and carries its English beside it (extensions.messageEn); bad input carries a
// message per field (extensions.fieldErrors, and extensions.fieldErrorsEn where the API has
// them in English); a warning that did not block a save has message and messageEn.
import { CombinedGraphQLErrors } from "@apollo/client";
import type { ValidationIssue } from "@danso/domain";

export function apiErrorText(error: unknown, en: boolean): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const english = first?.extensions?.messageEn;
    if (first) return en && typeof english === "string" ? english : first.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Every finding of a refused save, each in both languages: the field errors (their
 * English paired by position with extensions.fieldErrorsEn, Vietnamese when absent) and the
 * warnings. Forms put each beside its field. */
export function apiIssues(error: unknown): ValidationIssue[] {
  const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
  const fieldErrors = (extensions?.fieldErrors ?? {}) as Record<string, string[]>;
  const english = (extensions?.fieldErrorsEn ?? {}) as Record<string, string[]>;
  const warnings = (extensions?.warnings ?? []) as { code: string; field?: string; message: string; messageEn?: string }[];
  return [
    ...Object.entries(fieldErrors).flatMap(([field, texts]) =>
      texts.map((vi, n) => ({ code: "API", severity: "error" as const, field, vi, en: english[field]?.[n] ?? vi }))),
    ...warnings.map((w) => ({ code: w.code, severity: "warning" as const, field: w.field, vi: w.message, en: w.messageEn ?? w.message })),
  ];
}

/** The message of each field; in English when asked and the API gave them in English. */
export function apiFieldErrors(error: unknown, en = false): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const i of apiIssues(error)) if (i.severity === "error") (out[i.field!] ??= []).push(en ? i.en : i.vi);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join("; ")]));
}

/** A validation warning of the API (ValidationWarning) in the page's language. */
export const warningText = (warning: { message: string; messageEn: string }, en: boolean): string => (en ? warning.messageEn : warning.message);
