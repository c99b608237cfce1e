// The home of an officer's workspace: a unit's key figures this month and this year so far
// against the same days a year before, the work waiting for the viewer there, and the units
// one level below to drill into. Figures come from the statistics engine (one counting
// path) asked for the key figures' base counts only, kept in the database
// (stats/kept-counts.ts in packages/db) until a change makes them stale. A year so far is
// its closed months, each counted once, joined to the month so far; the same days a year
// before are closed, so kept for the day. A first opening of the day thus counts the month
// so far (today's stocks) and the same days a year before (that day's stocks).
import { communeTimeliness, unitValidOn, type AdminUnit } from "@danso/db";
import {
  NOT_JOINABLE, addDays, computeIndicator, dateToIso, getIndicator, isEndStock, joinPeriods, minDate, periodContaining, periodSoFar,
  previousPeriod, sameDaysYearBefore, type BaseCounts, type Period,
} from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { authorize, can, requireRole } from "../policy/authorize.js";
import { indicatorView } from "../reports/views.js";
import { cachedCounts } from "../stats/counts-cache.js";
import { communeIdsUnder, findUnit, formerUnit, requireUnit, underPath } from "../units/find-units.js";

const KEY_FIGURES = ["POP_END", "HOUSEHOLDS", "BIRTHS", "DEATHS", "MOVES_IN", "MOVES_OUT", "MARRIAGES"];
const NEEDS = [...new Set(KEY_FIGURES.flatMap((code) => getIndicator(code).needs))];
/** The closed months add their flows only: the stocks are the month so far's. */
const FLOW_NEEDS = NEEDS.filter((code) => !isEndStock(code));
// A key figure that needs the mid-period stock or the couples cannot be joined from months.
if (NEEDS.some((code) => NOT_JOINABLE.includes(code))) throw new Error("A key figure needs a base count that months cannot be joined for");
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

/** Base counts of each unit over a month so far and over its year so far: the year's
 * closed months, each kept on its own (a new month adds one), joined to the month so far. */
async function monthAndYear(ctx: CountingContext, units: readonly AdminUnit[], month: Period, year: Period): Promise<{ month: BaseCounts[]; year: BaseCounts[] }> {
  const closedMonths: Period[] = [];
  for (let m = periodContaining(year.start, "MONTH"); m.start < month.start; m = periodContaining(addDays(m.end, 1), "MONTH")) closedMonths.push(m);
  const [now, ...closed] = await Promise.all([
    cachedCounts(ctx.db, units, month, ctx.today, { needs: NEEDS, keep: true }),
    ...closedMonths.map((m) => cachedCounts(ctx.db, units, m, ctx.today, { needs: FLOW_NEEDS, keep: true })),
  ]);
  const yearCounts = now!.counts.map((counts, i) => [...closed.map((c) => c.counts[i]!), counts].reduce(joinPeriods));
  return { month: now!.counts, year: yearCounts };
}

function figures(period: Period, before: Period, now: BaseCounts, then: BaseCounts) {
  return {
    kind: period.kind, from: period.start, to: period.end, previousFrom: before.start, previousTo: before.end,
    figures: KEY_FIGURES.map((code) => ({
      indicator: indicatorView(getIndicator(code)),
      value: computeIndicator(code, now, period),
      previous: computeIndicator(code, then, before),
    })),
  };
}

/** What counting a home needs: the database and the day (a request's context, or the warm-up's). */
export type CountingContext = Pick<GraphQLContext, "db" | "today">;

/** The key figures and the units below of a unit's home, as of a day. */
export async function keyFiguresAndSubunits(ctx: CountingContext, unit: AdminUnit, asOf: string) {
  const month = periodSoFar(asOf, "MONTH"), year = periodSoFar(asOf, "YEAR");
  const monthBefore = sameDaysYearBefore(month), yearBefore = sameDaysYearBefore(year);
  const children = await ctx.db.adminUnit.findMany({ where: { parentId: unit.id, AND: [unitValidOn(year.end)] }, orderBy: { code: "asc" } });
  // One computation for the unit and its children (the engine counts overlapping columns at once).
  const [now, then] = await Promise.all([monthAndYear(ctx, [unit, ...children], month, year), monthAndYear(ctx, [unit], monthBefore, yearBefore)]);
  return {
    month: figures(month, monthBefore, now.month[0]!, then.month[0]!),
    year: figures(year, yearBefore, now.year[0]!, then.year[0]!),
    subunits: children.map((child, i) => ({
      unit: child, population: computeIndicator("POP_END", now.year[i + 1]!, year), births: computeIndicator("BIRTHS", now.year[i + 1]!, year),
    })),
  };
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
  const [counted, work] = await Promise.all([keyFiguresAndSubunits(ctx, unit, asOf), workWaiting(ctx, unit, asOf)]);
  return { unit, asOf, month: counted.month, year: counted.year, work, subunits: counted.subunits };
}
