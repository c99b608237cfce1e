// Where a person's lines are recorded: the commune and household they are counted in, or,
// for a temporary resident (no spell), the household they stay in.
import type { PersonFacts } from "@danso/domain";
import type { Tx } from "../context.js";

export async function homeOf(tx: Tx, person: PersonFacts): Promise<{ unitId: number; householdId: number }> {
  if (person.residence) return { unitId: person.residence.unitId, householdId: person.residence.householdId };
  const h = await tx.household.findUniqueOrThrow({ where: { id: person.householdId }, select: { unitId: true } });
  return { unitId: h.unitId, householdId: person.householdId };
}
