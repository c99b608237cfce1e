// The audit trail of a unit, newest first; read-only by construction (no mutation exists).
import type { Prisma } from "@danso/db";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize } from "../policy/authorize.js";
import { paginate } from "../pagination.js";
import { requireUnit } from "../units/find-units.js";
import { badInput } from "../errors.js";
import { auditFilterWhere } from "./audit-filter.js";
import { kindOf } from "./action-kinds.js";

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { unitCode, date, action, filter, first, after }, ctx) => {
      const unit = await requireUnit(ctx.db, unitCode, date ?? ctx.today);
      authorize(ctx.viewer, "audit.read", { unitPath: unit.path });
      if (action && action.length > 60) throw badInput("Tên thao tác quá dài.", "Action name too long.");
      const where: Prisma.AuditLogWhereInput = {
        OR: [{ unitPath: unit.path }, { unitPath: { startsWith: `${unit.path}.` } }],
        AND: [action ? { action } : {}, auditFilterWhere(filter)],
      };
      return paginate({ first, after, descending: true }, (cursor, take) => ctx.db.auditLog.findMany({ where: { ...where, ...cursor }, orderBy: { id: "desc" }, take }), () => ctx.db.auditLog.count({ where }));
    },
  },
  AuditEntry: {
    id: (a) => String(a.id),
    kind: (a) => kindOf(a.action),
    unitName: async (a, _, ctx) => (a.unitPath ? (await ctx.loaders.unitByPath.load(a.unitPath))?.name ?? null : null),
    user: (a, _, ctx) => (a.userId === null ? null : ctx.loaders.user.load(a.userId)),
    details: (a) => a.details,
  },
};
