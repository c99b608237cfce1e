// Account management for system administrators, within their unit, and one's own password.
// Passwords and codes never appear in the audit trail; which fields changed do.
// An administrator reads no personal data, and must not be able to make themself someone
// who does: they never choose a password (new accounts and resets get a one-time code that
// only the user can turn into a password), never create an account in their own name, and
// never change their own role, unit, area or status; an administrator's account stays one
// (else a second administrator account, held by the same person, could turn the first
// into an officer's with a password that person knows).
import { changeOwnPassword, createUser, issueOneTimeCode, updateUser, type User } from "@danso/db";
import { ROLE_LABELS, foldVietnamese, isoToDate } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize, can, listScope } from "../policy/authorize.js";
import { accountPlaces } from "../policy/places.js";
import { badInput, notFound, unauthenticated } from "../errors.js";
import type { Viewer } from "../viewer.js";
import { paginate } from "../pagination.js";
import { inTransaction } from "../transaction.js";
import { requireUnit, underPath } from "../units/find-units.js";

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

/** An account is managed where it is, or (its unit abolished) where its unit went. */
async function authorizeAccount(ctx: GraphQLContext, user: User): Promise<Viewer> {
  const places = await accountPlaces(ctx, user.unitId);
  return authorize(ctx.viewer, "user.manage", places.find((p) => can(ctx.viewer, "user.manage", p)) ?? places[0]!);
}

const sameName = (a: string, b: string) => foldVietnamese(a.trim().replace(/\s+/g, " ")) === foldVietnamese(b.trim().replace(/\s+/g, " "));

function refuseOwnAccount(viewer: Viewer, fullName: string) {
  if (sameName(fullName, viewer.fullName)) {
    throw badInput(
      "Quản trị hệ thống không tự tạo tài khoản cho chính mình. Nếu đây là một người trùng họ tên, hãy nhờ một quản trị hệ thống khác tạo.",
      "A system administrator does not create an account for themself. If this is another person with the same name, ask another administrator.",
      { fullName: ["Trùng họ và tên với người quản trị đang đăng nhập"] },
    );
  }
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
    accountsOnFormerUnits: async (_, { first, after }, ctx) => {
      const viewer = authorize(ctx.viewer, "user.manage", { unitPath: ctx.viewer?.unitPath ?? "" });
      const mine = underPath(viewer.unitPath);
      const where = {
        active: true,
        unit: { validTo: { lte: isoToDate(ctx.today) }, OR: [mine, { predecessorOf: { some: { successor: mine } } }] },
      };
      return paginate({ first, after }, (cursor, take) => ctx.db.user.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }), () => ctx.db.user.count({ where }));
    },
  },
  Mutation: {
    createUser: async (_, { input }, ctx) => {
      const { unit, areaId } = await placeOf(ctx, input.unitCode, input.areaCode);
      const viewer = authorize(ctx.viewer, "user.manage", { unitPath: unit.path });
      refuseOwnAccount(viewer, input.fullName);
      return inTransaction(ctx, async (tx, audit) => {
        const { user, code, validUntil } = await createUser(tx, { login: input.login, fullName: input.fullName, role: input.role, unitId: unit.id, areaId });
        await audit({ action: "user.create", entityType: "User", entityId: user.id, unitPath: unit.path, details: { login: user.login, role: user.role } });
        return { account: user, code, validUntil };
      });
    },
    updateUser: async (_, { id, input }, ctx) => {
      const user = await loadUser(ctx, id);
      const viewer = await authorizeAccount(ctx, user);
      const place = input.unitCode ? await placeOf(ctx, input.unitCode, input.areaCode) : input.areaCode !== undefined ? await placeOf(ctx, (await ctx.loaders.unit.load(user.unitId))!.code, input.areaCode) : null;
      if (place) authorize(viewer, "user.manage", { unitPath: place.unit.path });
      if (user.id === viewer.id) {
        const own = (["role", "unitCode", "areaCode", "active"] as const).filter((k) => input[k] !== undefined && input[k] !== null);
        if (own.length) {
          throw badInput(
            "Không thể tự đổi vai trò, đơn vị, địa bàn hay khóa tài khoản của chính mình: hãy nhờ một quản trị hệ thống khác.",
            "You cannot change your own role, unit, area or status: ask another system administrator.",
            Object.fromEntries(own.map((k) => [k, ["Không áp dụng cho tài khoản của chính mình"]])),
          );
        }
      }
      if (user.role === "SYSTEM_ADMIN" && input.role && input.role !== "SYSTEM_ADMIN") {
        throw badInput(
          "Tài khoản quản trị hệ thống không chuyển sang vai trò khác: hãy tạo tài khoản mới cho người dùng, họ sẽ tự đặt mật khẩu.",
          "A system administrator's account does not change role: create a new account, whose user chooses their own password.",
          { role: ["Không đổi được vai trò của tài khoản quản trị hệ thống"] },
        );
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
    resetUserPassword: async (_, { id }, ctx) => {
      const user = await loadUser(ctx, id);
      await authorizeAccount(ctx, user);
      return inTransaction(ctx, async (tx, audit) => {
        const { code, validUntil } = await issueOneTimeCode(tx, user.id);
        await audit({ action: "user.resetPassword", entityType: "User", entityId: user.id, unitPath: user.unit.path });
        return { account: await tx.user.findUniqueOrThrow({ where: { id: user.id } }), code, validUntil };
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
    roleLabel: (u) => ROLE_LABELS[u.role].vi,
    roleLabelEn: (u) => ROLE_LABELS[u.role].en,
    unit: async (u, _, ctx) => (await ctx.loaders.unit.load(u.unitId))!,
    area: (u, _, ctx) => (u.areaId === null ? null : ctx.loaders.area.load(u.areaId)),
  },
};
