// The four kinds of line an officer reads the audit trail for: who viewed a record, who
// listed records, who changed something, who exported a file. The one place that sorts
// action names (written across the API: writeAudit, the read audit) into kinds.
import type { Prisma } from "@danso/db";

export type AuditKind = "VIEW" | "LIST" | "CHANGE" | "EXPORT";

/** Reading one record's personal data: opening it, the records a page served nested
 * (data.read), matching an arriving person in another commune. */
const VIEWS = ["person.view", "household.view", "data.read", "person.arrivalMatch"];
/** A list of records on screen (their rows, not each one's details). */
const LISTS = ["person.list", "household.list", "list.preview"];
/** A file leaving the system. */
const EXPORT_PREFIX = "export.";

export function kindOf(action: string): AuditKind {
  if (VIEWS.includes(action)) return "VIEW";
  if (LISTS.includes(action)) return "LIST";
  if (action.startsWith(EXPORT_PREFIX)) return "EXPORT";
  // Everything else writes: records, slips, reports (approving and publishing included),
  // accounts, boundaries.
  return "CHANGE";
}

/** The lines of these kinds, as a Prisma condition on the action. */
export function whereKinds(kinds: readonly AuditKind[]): Prisma.AuditLogWhereInput {
  const of = (kind: AuditKind): Prisma.AuditLogWhereInput => {
    if (kind === "VIEW") return { action: { in: VIEWS } };
    if (kind === "LIST") return { action: { in: LISTS } };
    if (kind === "EXPORT") return { action: { startsWith: EXPORT_PREFIX } };
    return { AND: [{ action: { notIn: [...VIEWS, ...LISTS] } }, { NOT: { action: { startsWith: EXPORT_PREFIX } } }] };
  };
  return { OR: [...new Set(kinds)].map(of) };
}
