// A household sheet opened with its members (initial records, § 3 of the domain guide):
// the members are present from the date the sheet is opened (INITIAL spells), except
// temporary residents, who are listed but not counted. People who arrive are MOVE_IN lines
// and newborns BIRTH lines instead; this is for households found living there.
import { eventIssue, maxDate, validateNewHousehold, type ValidationIssue } from "@danso/domain";
import type { Household, Person } from "../generated/prisma/client.js";
import { todayOf, type RegisterOptions, type Tx } from "./context.js";
import { assertValid, validationFailed } from "./errors.js";
import { createHouseholdRow } from "./households.js";
import { checkPersonInRegister, personRow } from "./person-checks.js";
import { openSpell } from "./spells.js";
import { findArea } from "./units.js";

export interface CreateHouseholdResult {
  household: Household;
  persons: Person[];
  warnings: ValidationIssue[];
}

export async function createHousehold(
  tx: Tx,
  actorId: number,
  input: { household: unknown; establishedOn?: unknown; members: unknown },
  options: RegisterOptions = {},
): Promise<CreateHouseholdResult> {
  const parsed = validateNewHousehold(input, { today: todayOf(options) });
  if (!parsed.ok) throw validationFailed(parsed.errors, parsed.warnings);
  const { household, establishedOn, members } = parsed.value;
  const area = await findArea(tx, household.areaCode);
  const issues: ValidationIssue[] = [...parsed.warnings];
  if (!area) issues.push(eventIssue("AREA_NOT_FOUND", "error", "household.areaCode"));
  for (const [i, m] of members.entries()) issues.push(...(await checkPersonInRegister(tx, m, { prefix: `members.${i}` })));
  const warnings = assertValid(issues);

  const row = await createHouseholdRow(tx, { area: area!, address: household.address, type: household.type, establishedOn, actorId });
  const persons: Person[] = [];
  for (const m of members) {
    const person = await tx.person.create({ data: personRow(m, row.id, actorId) });
    // Temporary residents are listed on the sheet but not counted (§ 3.4).
    if (m.residenceStatus !== "TEMPORARY_RESIDENT") {
      await openSpell(tx, { personId: person.id, householdId: row.id, unitId: row.unitId, from: maxDate(establishedOn, m.birthDate), startReason: "INITIAL" });
    }
    persons.push(person);
  }
  return { household: await tx.household.findUniqueOrThrow({ where: { id: row.id } }), persons, warnings };
}
