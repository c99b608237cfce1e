// A map layer: one indicator for one period over the units of one level under a unit, with
// the URL of the outlines to draw. Units outside the viewer's statistics scope are listed
// (unit names and codes are public) but never counted, so a province officer looking at the
// nation sees their own province valued and the others drawn as outside their scope.
import { boundaryVersion, treeOn, unitValidOn, type AdminUnit, type Tree } from "@danso/db";
import { computeIndicator, computeTerms, getIndicator, isIndicatorCode, type IndicatorDefinition } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { badInput, forbidden } from "../errors.js";
import { periodArg } from "../period-arg.js";
import { can, requireRole } from "../policy/authorize.js";
import { underPath, unitOfPeriod } from "../units/find-units.js";
import { cachedCounts } from "../stats/counts-cache.js";

export interface MapLayerArgs {
  indicator: string;
  period: string;
  within: string;
  /** Absent: the first level below `within`. */
  level?: number | null;
  bubble?: string | null;
}

const MAX_UNITS = 1000;

export function indicatorArg(code: string, field: string, counts = false): IndicatorDefinition {
  if (!isIndicatorCode(code)) throw badInput(`Không có chỉ tiêu "${code.slice(0, 30)}".`, "Unknown indicator.", { [field]: ["Chỉ tiêu không có trong danh mục"] });
  const def = getIndicator(code);
  if (counts && def.kind === "rate") throw badInput(`Vòng tròn chỉ biểu diễn số lượng; "${def.name.vi}" là một tỷ suất.`, "Bubbles show counts, not rates.", { [field]: ["Chọn một chỉ tiêu số lượng"] });
  return def;
}

export const boundariesUrl = (tree: Tree, level: number, version: string) => `/api/map/boundaries/${tree.id}/${level}?v=${version.slice(0, 16)}`;

/** The boundaries of a level, or when it has none the outline of the unit above. */
export async function layerOutlines(ctx: GraphQLContext, tree: Tree, within: AdminUnit, level: number) {
  const [version, outlineVersion] = await Promise.all([
    boundaryVersion(ctx.db, tree, level),
    within.level > 0 ? boundaryVersion(ctx.db, tree, within.level) : Promise.resolve(null),
  ]);
  return {
    boundaries: version && boundariesUrl(tree, level, version),
    outline: !version && outlineVersion ? boundariesUrl(tree, within.level, outlineVersion) : null,
  };
}

export async function mapLayer(ctx: GraphQLContext, args: MapLayerArgs) {
  const viewer = requireRole(ctx.viewer, "stats.read");
  const indicator = indicatorArg(args.indicator, "indicator");
  const bubble = args.bubble ? indicatorArg(args.bubble, "bubble", true) : null;
  const period = periodArg(args.period);
  const within = await unitOfPeriod(ctx, args.within, period);
  // The tree of the period's last day (the nation belongs to every tree).
  const tree = treeOn(period.end);
  const levelsBelow = Object.values(tree.levels).filter((l) => l > within.level).sort((a, b) => a - b);
  const level = args.level ?? levelsBelow[0];
  if (level === undefined || !levelsBelow.includes(level)) {
    const asked = level === undefined ? "nào" : String(level);
    throw badInput(`${within.name} không có cấp ${asked} bên dưới trong danh mục ${tree.id}.`, `No level ${level ?? ""} under ${within.name} in tree ${tree.id}.`, { level: ["Cấp không có bên dưới đơn vị này"] });
  }
  const units: AdminUnit[] = await ctx.db.adminUnit.findMany({ where: { level, AND: [underPath(within.path), unitValidOn(period.end)] }, orderBy: { code: "asc" } });
  if (units.length > MAX_UNITS) throw badInput("Quá nhiều đơn vị: hãy chọn phạm vi nhỏ hơn.", "Too many units: narrow the scope.", { level: ["Chọn cấp trên hoặc đơn vị nhỏ hơn"] });
  const inScope = units.map((u) => can(viewer, "stats.read", { unitPath: u.path }));
  if (!inScope.some(Boolean) && !can(viewer, "stats.read", { unitPath: within.path })) throw forbidden();

  const readable = units.filter((_, i) => inScope[i]);
  const { counts, estimated } = await cachedCounts(ctx.db, readable, period, ctx.today);
  const outlines = await layerOutlines(ctx, tree, within, level);
  let k = 0;
  return {
    indicator, bubble, period: period.code, tree, within, level, levelsBelow, ...outlines,
    units: units.map((u, i) => {
      if (!inScope[i]) return { code: u.code, name: u.name, value: null, numerator: null, denominator: null, bubble: null, estimated: false, inScope: false, suppressed: false };
      const c = counts[k]!, est = estimated[k]!;
      k++;
      const terms = computeTerms(indicator.code, c, period);
      return {
        code: u.code, name: u.name, inScope: true, estimated: est, suppressed: false,
        value: computeIndicator(indicator.code, c, period),
        numerator: terms?.[0] ?? null, denominator: terms?.[1] ?? null,
        bubble: bubble ? computeIndicator(bubble.code, c, period) : null,
      };
    }),
  };
}

export type MapLayerModel = Awaited<ReturnType<typeof mapLayer>>;
