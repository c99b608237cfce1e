// A person found living in a household who is not on its sheet yet (initial records):
// counted from the date they have lived there (an INITIAL spell), unless a temporary
// resident. Arrivals and newborns are MOVE_IN and BIRTH lines instead.
import { eventIssue, validateNewPerson, type ValidationIssue } from "@danso/domain";
import type { Person } from "../generated/prisma/client.js";
import { todayOf, type RegisterOptions, type Tx } from "./context.js";
import { assertValid, notFound, validationFailed } from "./errors.js";
import { checkPersonInRegister, personRow } from "./person-checks.js";
import { readHousehold } from "./read-facts.js";
import { openSpellSince } from "./spells.js";

export async function createPerson(
  tx: Tx,
  actorId: number,
  input: { householdId: number | string; person: unknown; since?: unknown },
  options: RegisterOptions = {},
): Promise<{ person: Person; warnings: ValidationIssue[] }> {
  const parsed = validateNewPerson(input, { today: todayOf(options) });
  if (!parsed.ok) throw validationFailed(parsed.errors, parsed.warnings);
  const { person, since } = parsed.value;
  const householdId = Number(input.householdId);
  const household = Number.isSafeInteger(householdId) ? await readHousehold(tx, householdId, true) : null;
  if (!household) throw notFound("HOUSEHOLD", [String(input.householdId)]);
  const issues: ValidationIssue[] = [...parsed.warnings, ...(await checkPersonInRegister(tx, person, { prefix: "person" }))];
  if (household.status !== "ACTIVE") issues.push(eventIssue("HOUSEHOLD_DISSOLVED", "error", "householdId"));
  if (since < household.establishedOn) issues.push(eventIssue("BEFORE_HOUSEHOLD", "error", "since"));
  const warnings = assertValid(issues);

  const row = await tx.person.create({ data: personRow(person, household.id, actorId) });
  if (person.residenceStatus !== "TEMPORARY_RESIDENT") {
    await openSpellSince(tx, { personId: row.id, householdId: household.id, unitId: household.unitId, from: since, startReason: "INITIAL" });
  }
  return { person: row, warnings };
}
