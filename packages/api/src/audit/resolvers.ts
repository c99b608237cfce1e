// The audit trail of a unit, newest first; read-only by construction (no mutation exists).
import type { Prisma } from "@danso/db";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize } from "../policy/authorize.js";
import { decodeCursor, pageSize, toConnection } from "../pagination.js";
import { requireUnit } from "../units/find-units.js";
import { badInput } from "../errors.js";

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { unitCode, action, first, after }, ctx) => {
      const size = pageSize(first);
      const unit = await requireUnit(ctx.db, unitCode, ctx.today);
      authorize(ctx.viewer, "audit.read", { unitPath: unit.path });
      if (action && action.length > 60) throw badInput("Tên thao tác quá dài.", "Action name too long.");
      const where: Prisma.AuditLogWhereInput = {
        OR: [{ unitPath: unit.path }, { unitPath: { startsWith: `${unit.path}.` } }],
        ...(action ? { action } : {}),
      };
      const cursor = decodeCursor(after);
      const [rows, total] = await Promise.all([
        ctx.db.auditLog.findMany({ where: { ...where, ...(cursor ? { id: { lt: cursor } } : {}) }, orderBy: { id: "desc" }, take: size + 1 }),
        ctx.db.auditLog.count({ where }),
      ]);
      return toConnection(rows, size, total);
    },
  },
  AuditEntry: {
    id: (a) => String(a.id),
    user: (a, _, ctx) => (a.userId === null ? null : ctx.loaders.user.load(a.userId)),
    details: (a) => a.details,
  },
};
