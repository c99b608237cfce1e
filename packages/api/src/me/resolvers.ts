import { ROLE_LABELS } from "@danso/domain";
import type { Resolvers } from "../generated/resolvers-types.js";
import { actionsOf } from "../policy/permissions.js";

export const meResolvers: Resolvers = {
  Query: {
    apiVersion: () => "1",
    me: (_, __, ctx) => ctx.viewer,
  },
  Viewer: {
    roleLabel: (v) => ROLE_LABELS[v.role].vi,
    roleLabelEn: (v) => ROLE_LABELS[v.role].en,
    unit: async (v, _, ctx) => (await ctx.loaders.unit.load(v.unitId))!,
    area: (v, _, ctx) => (v.areaId === null ? null : ctx.loaders.area.load(v.areaId)),
    permissions: (v) => actionsOf(v.role),
  },
  UserRef: {},
};
