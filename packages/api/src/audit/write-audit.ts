// The audit trail: who did what to which record, when, from where. Mutations write it in
// their own transaction (no change without its line, no line without its change); views
// and exports of personal data write it as they are served.
import type { Db, Prisma } from "@danso/db";
import type { Viewer } from "../viewer.js";

export interface AuditEntryInput {
  action: string;
  entityType: string;
  entityId?: string | number | bigint | null;
  unitPath?: string | null;
  details?: Record<string, unknown>;
}

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

type Writer = Pick<Db, "auditLog"> | Prisma.TransactionClient;

/** Writes the line; its id is the reference an exported file prints. */
export async function writeAudit(db: Writer, viewer: Viewer | null, request: RequestInfo, entry: AuditEntryInput): Promise<bigint> {
  const row = await db.auditLog.create({
    data: {
      userId: viewer?.id ?? null,
      login: viewer?.login ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      unitPath: entry.unitPath ?? null,
      ip: request.ip?.slice(0, 100) ?? null,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
      details: (entry.details ?? {}) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return row.id;
}
