// The public map: published figures only, read from the snapshot of a unit's current
// published report (the figures as approved and signed, never the live register). A commune's
// small counts are withheld (below SMALL_COUNT) and so are its rates, whose numerators the
// snapshot does not hold; provinces and districts are shown as published.
import { asSnapshot, treeOn, type AdminUnit } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import { periodArg } from "../period-arg.js";
import { unitOfPeriod } from "../units/find-units.js";
import { indicatorArg, layerOutlines } from "./map-layer.js";

export const SMALL_COUNT = 5;
const COMMUNE = 3;

/** Current published versions (a corrected one is SUPERSEDED once its correction is approved). */
const published = { status: "PUBLISHED" as const };

export async function publishedMaps(ctx: GraphQLContext) {
  const reports = await ctx.db.report.findMany({ where: published, select: { period: true, unit: true }, orderBy: [{ period: "desc" }] });
  const byUnit = new Map<number, { unit: AdminUnit; periods: Set<string> }>();
  for (const r of reports) {
    const entry = byUnit.get(r.unit.id) ?? { unit: r.unit, periods: new Set<string>() };
    entry.periods.add(r.period);
    byUnit.set(r.unit.id, entry);
  }
  return [...byUnit.values()].sort((a, b) => a.unit.path.localeCompare(b.unit.path)).map((e) => ({ unit: e.unit, periods: [...e.periods] }));
}

export async function publishedMapLayer(ctx: GraphQLContext, args: { indicator: string; period: string; within: string }) {
  const indicator = indicatorArg(args.indicator, "indicator");
  const period = periodArg(args.period);
  const within = await unitOfPeriod(ctx, args.within, period);
  const reports = await ctx.db.report.findMany({ where: { ...published, unitId: within.id, period: period.code }, orderBy: { publishedAt: "desc" } });
  for (const report of reports) {
    const table = asSnapshot(report.snapshot).table;
    const line = table.lines.find((l) => l.kind === "indicator" && l.indicator === indicator.code);
    if (!line || line.kind !== "indicator" || table.columns.length < 2) continue;
    const columns = table.columns.slice(1);
    const level = columns[0]!.level;
    const tree = treeOn(period.end);
    return {
      indicator, period: period.code, tree, within, level, reportId: report.id, formCode: report.formCode, version: report.version,
      ...(await layerOutlines(ctx, tree, within, level)),
      units: columns.map((c, i) => {
        const value = line.values[i + 1] ?? null;
        const suppressed = c.level === COMMUNE && (indicator.kind === "rate" || (value !== null && value > 0 && value < SMALL_COUNT));
        return {
          code: c.code, name: c.name, value: suppressed ? null : value, numerator: null, denominator: null, bubble: null,
          estimated: c.estimated === true, inScope: true, suppressed,
        };
      }),
    };
  }
  return null;
}

export type PublishedMapLayerModel = NonNullable<Awaited<ReturnType<typeof publishedMapLayer>>>;
