import { addDays, dateToIso, foldVietnamese, levelLabel, unitTypeLabel } from "@danso/domain";
import type { Resolvers } from "../generated/resolvers-types.js";
import { can } from "../policy/authorize.js";
import { paginate, toConnection } from "../pagination.js";
import { findUnit } from "./find-units.js";
import { treeOfUnit, unitValidOn, type Prisma, type Tree, type UnitSuccession } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import { badInput } from "../errors.js";

/** Successions as seen from one end: the unit at the other end, and how it is linked. */
async function links(ctx: GraphQLContext, rows: UnitSuccession[], other: (s: UnitSuccession) => number) {
  return Promise.all(rows.map(async (s) => ({
    unit: (await ctx.loaders.unit.load(other(s)))!, kind: s.kind, effectiveOn: dateToIso(s.effectiveOn), share: s.share, legalBasis: s.legalBasis,
  })));
}

export const treeView = (t: Tree) => ({ id: t.id, name: t.name.vi, nameEn: t.name.en, validFrom: t.validFrom, validTo: t.validTo });

export const unitResolvers: Resolvers = {
  Query: {
    // The administrative tree is public information.
    unit: (_, { code, date }, ctx) => findUnit(ctx.db, code, date ?? ctx.today),
    units: async (_, { parentCode, level, search, date, first, after }, ctx) => {
      const on = date ?? ctx.today;
      const where: Prisma.AdminUnitWhereInput = { AND: [unitValidOn(on)] };
      if (parentCode) {
        const parent = await findUnit(ctx.db, parentCode, on);
        if (!parent) return toConnection([], 1, 0);
        where.parentId = parent.id;
      }
      if (level !== null && level !== undefined) where.level = level;
      if (search) {
        if (search.length > 100) throw badInput("Chuỗi tìm kiếm quá dài (tối đa 100 ký tự).", "Search text too long (100 characters at most).");
        where.searchName = { contains: foldVietnamese(search) };
      }
      return paginate({ first, after, fallback: 100 }, (cursor, take) => ctx.db.adminUnit.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }), () => ctx.db.adminUnit.count({ where }));
    },
  },
  AdminUnit: {
    levelName: (u) => levelLabel(u.level).vi,
    levelNameEn: (u) => levelLabel(u.level).en,
    typeEn: (u) => unitTypeLabel(u.type).en,
    tree: (u) => treeView(treeOfUnit(u)),
    predecessors: async (u, _, ctx) => links(ctx, await ctx.loaders.predecessors.load(u.id), (s) => s.predecessorId),
    successors: async (u, _, ctx) => links(ctx, await ctx.loaders.successors.load(u.id), (s) => s.successorId),
    parent: (u, _, ctx) => (u.parentId === null ? null : ctx.loaders.unit.load(u.parentId)),
    ancestors: async (u, _, ctx) => {
      const chain = [];
      for (let id = u.parentId; id !== null; ) {
        const parent = await ctx.loaders.unit.load(id);
        if (!parent) break;
        chain.unshift(parent);
        id = parent.parentId;
      }
      return chain;
    },
    children: async (u, { first, after }, ctx) => {
      // A former unit's children are those of its last day (the nation's: today's).
      const gone = u.validTo ? dateToIso(u.validTo) : null;
      const where = { parentId: u.id, AND: [unitValidOn(gone && gone <= ctx.today ? addDays(gone, -1) : ctx.today)] };
      return paginate({ first, after, fallback: 100 }, (cursor, take) => ctx.db.adminUnit.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }), () => ctx.db.adminUnit.count({ where }));
    },
    // Areas carry the collaborators' names: officers of the unit see them all, a
    // collaborator their own, anyone else none.
    areas: async (u, _, ctx) => {
      const areas = await ctx.db.area.findMany({ where: { unitId: u.id }, orderBy: { code: "asc" } });
      return areas.filter((a) => can(ctx.viewer, "area.read", { unitPath: u.path, areaId: a.id }));
    },
  },
  Area: {
    unit: async (a, _, ctx) => (await ctx.loaders.unit.load(a.unitId))!,
  },
};
