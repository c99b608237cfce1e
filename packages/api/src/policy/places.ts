// Where a record lives, for the authorization policy: the path of its commune (or unit),
// its area, and its history across reorganisations. The one place that decides which unit
// a household, person or event belongs to.
//
// Across a reorganisation a record is where it is now, and it keeps, for reading only, the
// units it was in or was attributed to (authorize.ts):
// - a household: the old commune it was re-addressed from (read by an account kept on the
//   old unit) or, when it ended before, the successor its history was attributed to (read
//   by that successor of a divided commune);
// - a person: their current household, with the old units of their own spells in it (a
//   child born after the day is not the old unit's history), and that household's
//   attribution when it ended before the day;
// - an event: the unit that recorded it, and its household as it is now (the successor of a
//   divided commune reads the earlier events of the households that went to it).
import type { ChangeEvent, Household, Person } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { Place } from "./authorize.js";

export async function unitPath(ctx: GraphQLContext, unitId: number): Promise<string> {
  return (await ctx.loaders.unit.load(unitId))?.path ?? "";
}

const paths = (ctx: GraphQLContext, unitIds: Iterable<number>) => Promise.all([...new Set(unitIds)].map((id) => unitPath(ctx, id)));

/** The old units a household came from, or (ended before) the successor it is attributed to. */
async function householdHistory(ctx: GraphQLContext, h: Pick<Household, "id" | "unitId">): Promise<number[]> {
  const moves = await ctx.loaders.readdresses.load(h.id);
  return moves.flatMap((r) => (r.livedThrough ? [r.fromUnitId] : [r.toUnitId])).filter((u) => u !== h.unitId);
}

export async function householdPlace(ctx: GraphQLContext, h: Pick<Household, "id" | "unitId" | "areaId">): Promise<Place> {
  const [path, history] = await Promise.all([unitPath(ctx, h.unitId), householdHistory(ctx, h).then((ids) => paths(ctx, ids))]);
  return { unitPath: path, areaId: h.areaId, history };
}

/** A person lives where their current household is (the last one after death or leaving). */
export async function personPlace(ctx: GraphQLContext, p: Pick<Person, "id" | "householdId">): Promise<Place> {
  const household = await ctx.loaders.household.load(p.householdId);
  if (!household) return { unitPath: "" };
  const [path, spells, moves] = await Promise.all([
    unitPath(ctx, household.unitId), ctx.loaders.spellUnits.load(p.id), ctx.loaders.readdresses.load(household.id),
  ]);
  const own = spells.filter((s) => s.householdId === household.id && s.unitId !== household.unitId).map((s) => s.unitId);
  const attributed = moves.filter((r) => !r.livedThrough).map((r) => r.toUnitId);
  return { unitPath: path, areaId: household.areaId, history: await paths(ctx, [...own, ...attributed]) };
}

/** An event belongs to the commune where it is recorded, and to its household's area. */
export async function eventPlace(ctx: GraphQLContext, e: Pick<ChangeEvent, "unitId" | "householdId">): Promise<Place> {
  const household = e.householdId === null ? null : await ctx.loaders.household.load(e.householdId);
  const [path, now] = await Promise.all([unitPath(ctx, e.unitId), household ? householdPlace(ctx, household) : null]);
  const history = now && now.unitPath !== path ? [now.unitPath] : [];
  return { unitPath: path, areaId: household?.areaId ?? null, history };
}

/**
 * Where an account is managed: its unit and, once a reorganisation has abolished that unit,
 * the units it went into, so that their administrators can reassign it
 * (accountsOnFormerUnits).
 */
export async function accountPlaces(ctx: GraphQLContext, unitId: number): Promise<Place[]> {
  const unit = await ctx.loaders.unit.load(unitId);
  if (!unit) return [{ unitPath: "" }];
  const gone = unit.validTo !== null && unit.validTo.toISOString().slice(0, 10) <= ctx.today;
  const successors = gone ? await ctx.loaders.successors.load(unitId) : [];
  return [{ unitPath: unit.path }, ...(await Promise.all(successors.map(async (s) => ({ unitPath: await unitPath(ctx, s.successorId) }))))];
}
