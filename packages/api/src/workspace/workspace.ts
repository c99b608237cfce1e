// The home of an officer's workspace: a unit's key figures this month and this year so far
// against the same days a year before, the work waiting for the viewer there, and the units
// one level below to drill into. Figures come from the statistics engine through the counts
// cache (one counting path, kept per period), so reopening the page does not recount.
import { communeTimeliness, unitValidOn, type AdminUnit } from "@danso/db";
import { addDays, computeIndicator, getIndicator, minDate, periodContaining, periodSoFar, previousPeriod, sameDaysYearBefore, dateToIso, type Period } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { authorize, can, requireRole } from "../policy/authorize.js";
import { indicatorView } from "../reports/views.js";
import { cachedCounts } from "../stats/counts-cache.js";
import { communeIdsUnder, findUnit, formerUnit, requireUnit, underPath } from "../units/find-units.js";

const KEY_FIGURES = ["POP_END", "HOUSEHOLDS", "BIRTHS", "DEATHS", "MOVES_IN", "MOVES_OUT", "MARRIAGES"];
const COMMUNE_LEVEL = 3;

async function unitOfViewer(ctx: GraphQLContext, unitCode: string | null | undefined): Promise<AdminUnit> {
  if (!unitCode) {
    const viewer = requireRole(ctx.viewer, "stats.read");
    return (await ctx.loaders.unit.load(viewer.unitId))!;
  }
  // A unit of today's tree, else the last unit that bore the code (a former district); an
  // unknown code is refused by requireUnit.
  return (await findUnit(ctx.db, unitCode, ctx.today)) ?? (await formerUnit(ctx, unitCode, ctx.today)) ?? requireUnit(ctx.db, unitCode, ctx.today);
}

async function keyFigures(ctx: GraphQLContext, unit: AdminUnit, period: Period) {
  const before = sameDaysYearBefore(period);
  const [now, then] = await Promise.all([cachedCounts(ctx.db, [unit], period, ctx.today), cachedCounts(ctx.db, [unit], before, ctx.today)]);
  return {
    kind: period.kind, from: period.start, to: period.end, previousFrom: before.start, previousTo: before.end,
    figures: KEY_FIGURES.map((code) => ({
      indicator: indicatorView(getIndicator(code)),
      value: computeIndicator(code, now.counts[0]!, period),
      previous: computeIndicator(code, then.counts[0]!, before),
    })),
  };
}

async function subunits(ctx: GraphQLContext, unit: AdminUnit, year: Period) {
  const children = await ctx.db.adminUnit.findMany({ where: { parentId: unit.id, AND: [unitValidOn(year.end)] }, orderBy: { code: "asc" } });
  if (children.length === 0) return [];
  const { counts } = await cachedCounts(ctx.db, children, year, ctx.today);
  return children.map((child, i) => ({ unit: child, population: computeIndicator("POP_END", counts[i]!, year), births: computeIndicator("BIRTHS", counts[i]!, year) }));
}

async function workWaiting(ctx: GraphQLContext, unit: AdminUnit, asOf: string) {
  const place = { unitPath: unit.path };
  const reports = (status: "GENERATED" | "APPROVED") =>
    ctx.db.report.count({ where: { status, unit: underPath(unit.path), ...(status === "APPROVED" ? { signature: { not: null } } : {}) } });
  const lastMonth = previousPeriod(periodContaining(asOf, "MONTH"));
  const [changesToVerify, reportsToApprove, reportsToPublish, late] = await Promise.all([
    can(ctx.viewer, "event.verify", place)
      ? communeIdsUnder(ctx.db, unit, asOf).then((ids) => ctx.db.changeEvent.count({ where: { status: "SUBMITTED", unitId: { in: ids } } }))
      : null,
    can(ctx.viewer, "report.approve", place) ? reports("GENERATED") : null,
    can(ctx.viewer, "report.publish", place) ? reports("APPROVED") : null,
    unit.level < COMMUNE_LEVEL ? communeTimeliness(ctx.db, unit.path, lastMonth, ctx.today) : null,
  ]);
  return {
    changesToVerify, reportsToApprove, reportsToPublish,
    lateMonth: late ? lastMonth.code : null,
    lateCommunes: late ? late.communes.filter((c) => c.status === "LATE").length : null,
  };
}

export async function workspace(ctx: GraphQLContext, unitCode: string | null | undefined) {
  const unit = await unitOfViewer(ctx, unitCode);
  authorize(ctx.viewer, "stats.read", { unitPath: unit.path });
  // A unit a reorganisation abolished is shown as it stood on its last day.
  const asOf = unit.validTo ? minDate(ctx.today, addDays(dateToIso(unit.validTo), -1)) : ctx.today;
  const year = periodSoFar(asOf, "YEAR");
  const [month, yearFigures, work, below] = await Promise.all([
    keyFigures(ctx, unit, periodSoFar(asOf, "MONTH")),
    keyFigures(ctx, unit, year),
    workWaiting(ctx, unit, asOf),
    subunits(ctx, unit, year),
  ]);
  return { unit, asOf, month, year: yearFigures, work, subunits: below };
}
