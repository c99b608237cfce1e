// What the API says went wrong, in the page's language: the GraphQL error's message is
// Vietnamese and carries its English beside it (extensions.messageEn); bad input carries a
// message per field (extensions.fieldErrors, and extensions.fieldErrorsEn where the API has
// them in English); a warning that did not block a save has message and messageEn.
import { CombinedGraphQLErrors } from "@apollo/client";

export function apiErrorText(error: unknown, en: boolean): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const english = first?.extensions?.messageEn;
    if (first) return en && typeof english === "string" ? english : first.message;
  }
  return error instanceof Error ? error.message : String(error);
}

type FieldErrors = Record<string, string[]> | undefined;

/** The message of each field; in English when asked and the API gave them in English. */
export function apiFieldErrors(error: unknown, en = false): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const extensions = error.errors[0]?.extensions;
  const fields = ((en ? extensions?.fieldErrorsEn : undefined) ?? extensions?.fieldErrors) as FieldErrors;
  return Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k, v.join("; ")]));
}

/** A validation warning of the API (ValidationWarning) in the page's language. */
export const warningText = (warning: { message: string; messageEn: string }, en: boolean): string => (en ? warning.messageEn : warning.message);
