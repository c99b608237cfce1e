// The messages a form shows beside each input: the domain's own validators run in the
// browser (the same rules and texts as the API), grouped by field in the page's language.
// What only the server can know (a CCCD already taken) comes back from the API the same way.
import type { ValidationIssue } from "@danso/domain";

export interface FieldIssues {
  errors: string[];
  warnings: string[];
}

export type IssuesByField = Record<string, FieldIssues>;

/** Issues grouped by their field ("" for the form as a whole), with `prefix.` removed. */
export function issuesByField(issues: readonly ValidationIssue[], en: boolean, prefix = ""): IssuesByField {
  const out: IssuesByField = {};
  for (const i of issues) {
    const field = i.field ?? "";
    if (prefix && field !== prefix && !field.startsWith(`${prefix}.`)) continue;
    const key = prefix ? field.slice(prefix.length + 1) : field;
    const slot = (out[key] ??= { errors: [], warnings: [] });
    const text = en ? i.en : i.vi;
    const list = i.severity === "error" ? slot.errors : slot.warnings;
    if (!list.includes(text)) list.push(text);
  }
  return out;
}

export const hasErrors = (issues: IssuesByField): boolean => Object.values(issues).some((i) => i.errors.length > 0);
