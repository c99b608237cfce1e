// Account management for system administrators, within their unit, and one's own password.
// Passwords never appear in the audit trail; which fields changed do.
import { changeOwnPassword, createUser, setPassword, updateUser, type User } from "@danso/db";
import { foldVietnamese } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize, listScope } from "../policy/authorize.js";
import { badInput, notFound, unauthenticated } from "../errors.js";
import { paginate } from "../pagination.js";
import { inTransaction } from "../transaction.js";
import { requireUnit, underPath } from "../units/find-units.js";
import { ROLE_LABELS } from "../me/resolvers.js";

async function placeOf(ctx: GraphQLContext, unitCode: string, areaCode: string | null | undefined) {
  const unit = await requireUnit(ctx.db, unitCode, ctx.today);
  let areaId: number | null = null;
  if (areaCode) {
    const area = await ctx.db.area.findUnique({ where: { code: areaCode.slice(0, 40) } });
    if (!area || area.unitId !== unit.id) throw badInput("Địa bàn không thuộc đơn vị đã chọn.", "The area is not in the chosen unit.", { areaCode: ["Địa bàn không thuộc đơn vị đã chọn"] });
    areaId = area.id;
  }
  return { unit, areaId };
}

async function loadUser(ctx: GraphQLContext, id: string): Promise<User & { unit: { path: string } }> {
  const user = /^\d{1,9}$/.test(id) ? await ctx.db.user.findUnique({ where: { id: Number(id) }, include: { unit: true } }) : null;
  if (!user) throw notFound("tài khoản", "Account");
  return user;
}

export const userResolvers: Resolvers = {
  Query: {
    users: async (_, { unitCode, search, first, after }, ctx) => {
      const unit = await requireUnit(ctx.db, unitCode, ctx.today);
      listScope(ctx.viewer, "user.manage", unit.path);
      const text = search ? foldVietnamese(search.slice(0, 100)) : undefined;
      const where = {
        unit: underPath(unit.path),
        ...(text ? { OR: [{ login: { contains: text } }, { fullName: { contains: search!.slice(0, 100), mode: "insensitive" as const } }] } : {}),
      };
      return paginate({ first, after }, (cursor, take) => ctx.db.user.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }), () => ctx.db.user.count({ where }));
    },
  },
  Mutation: {
    createUser: async (_, { input }, ctx) => {
      const { unit, areaId } = await placeOf(ctx, input.unitCode, input.areaCode);
      authorize(ctx.viewer, "user.manage", { unitPath: unit.path });
      return inTransaction(ctx, async (tx, audit) => {
        const user = await createUser(tx, { login: input.login, fullName: input.fullName, role: input.role, unitId: unit.id, areaId, password: input.password });
        await audit({ action: "user.create", entityType: "User", entityId: user.id, unitPath: unit.path, details: { login: user.login, role: user.role } });
        return user;
      });
    },
    updateUser: async (_, { id, input }, ctx) => {
      const user = await loadUser(ctx, id);
      const viewer = authorize(ctx.viewer, "user.manage", { unitPath: user.unit.path });
      const place = input.unitCode ? await placeOf(ctx, input.unitCode, input.areaCode) : input.areaCode !== undefined ? await placeOf(ctx, (await ctx.loaders.unit.load(user.unitId))!.code, input.areaCode) : null;
      if (place) authorize(viewer, "user.manage", { unitPath: place.unit.path });
      if (user.id === viewer.id && (input.active === false || (input.role && input.role !== user.role))) {
        throw badInput("Không thể tự khóa tài khoản hay đổi vai trò của chính mình.", "You cannot deactivate your own account or change your own role.", { active: ["Không áp dụng cho chính mình"] });
      }
      return inTransaction(ctx, async (tx, audit) => {
        const updated = await updateUser(tx, user.id, {
          fullName: input.fullName ?? undefined, role: input.role ?? undefined, active: input.active ?? undefined,
          ...(place ? { unitId: place.unit.id, areaId: place.areaId } : {}),
        });
        const fields = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
        await audit({ action: "user.update", entityType: "User", entityId: user.id, unitPath: user.unit.path, details: { fields } });
        return updated;
      });
    },
    resetUserPassword: async (_, { id, password }, ctx) => {
      const user = await loadUser(ctx, id);
      authorize(ctx.viewer, "user.manage", { unitPath: user.unit.path });
      return inTransaction(ctx, async (tx, audit) => {
        await setPassword(tx, user.id, password);
        await audit({ action: "user.resetPassword", entityType: "User", entityId: user.id, unitPath: user.unit.path });
        return true;
      });
    },
    changeMyPassword: async (_, { currentPassword, newPassword }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw unauthenticated();
      return inTransaction(ctx, async (tx, audit) => {
        await changeOwnPassword(tx, viewer.id, currentPassword, newPassword);
        await audit({ action: "user.changePassword", entityType: "User", entityId: viewer.id, unitPath: viewer.unitPath });
        return true;
      });
    },
  },
  UserAccount: {
    roleLabel: (u) => ROLE_LABELS[u.role],
    unit: async (u, _, ctx) => (await ctx.loaders.unit.load(u.unitId))!,
    area: (u, _, ctx) => (u.areaId === null ? null : ctx.loaders.area.load(u.areaId)),
  },
};
