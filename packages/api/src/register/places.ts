// Where a household or person lives, for the authorization policy.
import type { Household, Person } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { Place } from "../policy/authorize.js";

export async function householdPlace(ctx: GraphQLContext, household: Household): Promise<Place> {
  const unit = await ctx.loaders.unit.load(household.unitId);
  return { unitPath: unit?.path ?? "", areaId: household.areaId };
}

/** A person belongs to their current household (the last one after death or leaving). */
export async function personPlace(ctx: GraphQLContext, person: Person): Promise<Place> {
  const household = await ctx.loaders.household.load(person.householdId);
  return household ? householdPlace(ctx, household) : { unitPath: "" };
}
