// A list's counts by the units directly below the one asked for (districts of an old
// province, communes of a district or of a new province), or by area within a commune.
import { listCounts, unitValidOn } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import { isWithin } from "../policy/authorize.js";
import type { ListRequest } from "./list-request.js";

export interface ChildCount {
  name: string;
  code: string;
  count: number;
}

export async function countsByChild(ctx: GraphQLContext, request: ListRequest): Promise<{ byChild: ChildCount[]; total: number }> {
  const counts = await listCounts(ctx.db, request.query);
  const total = counts.reduce((s, c) => s + c.count, 0);
  const { unit, referenceDate } = request;
  if (unit.level === 3) {
    const areas = await ctx.db.area.findMany({ where: { unitId: unit.id }, orderBy: { code: "asc" } });
    const byArea = new Map<number, number>();
    for (const c of counts) byArea.set(c.areaId, (byArea.get(c.areaId) ?? 0) + c.count);
    // Area names repeat inside a commune formed from several (each had its "Tổ dân phố 1"): the code tells them apart.
    return { byChild: areas.map((a) => ({ name: a.name, code: a.code, count: byArea.get(a.id) ?? 0 })), total };
  }
  const children = await ctx.db.adminUnit.findMany({ where: { parentId: unit.id, ...unitValidOn(referenceDate) }, orderBy: { code: "asc" } });
  const pathOf = new Map(request.communes.map((c) => [c.id, c.path]));
  const byChild = children.map((child) => ({
    name: child.name,
    code: child.code,
    count: counts.filter((c) => isWithin(pathOf.get(c.communeId) ?? "", child.path)).reduce((s, c) => s + c.count, 0),
  }));
  return { byChild, total };
}
