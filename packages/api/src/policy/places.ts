// Where a record lives, for the authorization policy: the path of its commune (or unit)
// and its area. The one place that decides which unit a household, person or event
// belongs to.
import type { ChangeEvent, Household, Person } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { Place } from "./authorize.js";

export async function unitPath(ctx: GraphQLContext, unitId: number): Promise<string> {
  return (await ctx.loaders.unit.load(unitId))?.path ?? "";
}

export async function householdPlace(ctx: GraphQLContext, h: Pick<Household, "unitId" | "areaId">): Promise<Place> {
  return { unitPath: await unitPath(ctx, h.unitId), areaId: h.areaId };
}

/** A person lives where their current household is (the last one after death or leaving). */
export async function personPlace(ctx: GraphQLContext, p: Pick<Person, "householdId">): Promise<Place> {
  const household = await ctx.loaders.household.load(p.householdId);
  return household ? householdPlace(ctx, household) : { unitPath: "" };
}

/** An event belongs to the commune where it is recorded, and to its household's area. */
export async function eventPlace(ctx: GraphQLContext, e: Pick<ChangeEvent, "unitId" | "householdId">): Promise<Place> {
  const household = e.householdId === null ? null : await ctx.loaders.household.load(e.householdId);
  return { unitPath: await unitPath(ctx, e.unitId), areaId: household?.areaId ?? null };
}
