// The map's API: layers of live figures, and the boundary sets administrators imported.
import type { Resolvers } from "../generated/resolvers-types.js";
import { requireRole } from "../policy/authorize.js";
import { indicatorView } from "../reports/views.js";
import { treeView } from "../units/resolvers.js";
import { mapLayer } from "./map-layer.js";
import { publishedMapLayer, publishedMaps } from "./published-layer.js";

export const mapResolvers: Resolvers = {
  Query: {
    mapLayer: (_, args, ctx) => mapLayer(ctx, args),
    publishedMaps: (_, __, ctx) => publishedMaps(ctx),
    publishedMapLayer: (_, args, ctx) => publishedMapLayer(ctx, args),
    boundarySets: async (_, __, ctx) => {
      requireRole(ctx.viewer, "stats.read");
      const sets = await ctx.db.boundarySet.findMany({ select: { tree: true, level: true, unitCount: true, sourceName: true, importedAt: true, importedByName: true }, orderBy: [{ tree: "asc" }, { level: "asc" }] });
      return sets.map((s) => ({ ...s, importedBy: s.importedByName }));
    },
  },
  PublishedMapLayer: {
    indicator: (l) => indicatorView(l.indicator),
    tree: (l) => treeView(l.tree),
  },
  MapLayer: {
    indicator: (l) => indicatorView(l.indicator),
    bubble: (l) => (l.bubble ? indicatorView(l.bubble) : null),
    tree: (l) => treeView(l.tree),
  },
};
