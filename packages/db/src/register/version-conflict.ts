// Optimistic concurrency of household and person edits: the caller sends the version it
// read and the values it read (`base`); when the record changed meanwhile the edit is
// refused with what changed since, who changed it and when (never a silent overwrite).
import { changedSince, EDIT_FIELD_LABELS, eventIssue } from "@danso/domain";
import type { Tx } from "./context.js";
import { conflict, validationFailed, type ChangedBy } from "./errors.js";

/** The version must be a positive integer: an edit that does not say what it read is refused. */
export function parseVersion(version: unknown): number {
  const v = typeof version === "string" && /^\d{1,9}$/.test(version) ? Number(version) : version;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw validationFailed([eventIssue("VERSION_INVALID", "error", "version")]);
  return v;
}

const formatTime = (d: Date) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" }).format(d);

export async function assertVersion(
  tx: Tx,
  record: { entity: "HOUSEHOLD" | "PERSON"; id: number; label: string; version: number; updatedAt: Date; updatedById: number | null; current: Record<string, unknown> },
  expected: number,
  base: Record<string, unknown>,
  fields: readonly string[],
): Promise<void> {
  if (record.version === expected) return;
  const user = record.updatedById !== null ? await tx.user.findUnique({ where: { id: record.updatedById }, select: { id: true, fullName: true } }) : null;
  const changedBy: ChangedBy | null = user ? { id: user.id, fullName: user.fullName } : null;
  const changedFields = changedSince(base, record.current, fields);
  const labels = (lang: "vi" | "en") => changedFields.map((f) => EDIT_FIELD_LABELS[f as keyof typeof EDIT_FIELD_LABELS]?.[lang] ?? f).join(", ");
  const who = { vi: changedBy ? changedBy.fullName : "người khác", en: changedBy ? changedBy.fullName : "someone else" };
  throw conflict(
    `${record.label} đã được ${who.vi} sửa lúc ${formatTime(record.updatedAt)}` +
      (changedFields.length ? `, thay đổi: ${labels("vi")}` : "") +
      ". Hãy tải lại bản ghi, xem thay đổi rồi sửa lại.",
    `${record.entity === "HOUSEHOLD" ? "The household" : "The person"} was changed by ${who.en} at ${record.updatedAt.toISOString()}` +
      (changedFields.length ? ` (changed: ${labels("en")})` : "") +
      ". Reload the record, review the changes and edit again.",
    {
      kind: "VERSION", entity: record.entity, id: record.id, expectedVersion: expected, currentVersion: record.version,
      changedFields, changedBy, changedAt: record.updatedAt.toISOString(),
    },
  );
}
