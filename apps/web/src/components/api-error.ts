// What the API says went wrong, in the page's language: the GraphQL error's message is
// Vietnamese and carries its English beside it (extensions.messageEn); bad input carries a
// message per field (extensions.fieldErrors, in Vietnamese).
import { CombinedGraphQLErrors } from "@apollo/client";

export function apiErrorText(error: unknown, en: boolean): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const english = first?.extensions?.messageEn;
    if (first) return en && typeof english === "string" ? english : first.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function apiFieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = error.errors[0]?.extensions?.fieldErrors as Record<string, string[]> | undefined;
  return Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k, v.join("; ")]));
}
