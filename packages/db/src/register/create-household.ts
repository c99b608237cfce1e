// A household sheet opened with its members (initial records, § 3 of the domain guide):
// the members are present from the date the sheet is opened (INITIAL spells), except
// temporary residents, who are listed but not counted. People who arrive are MOVE_IN lines
// and newborns BIRTH lines instead; this is for households found living there. A sheet
// dated before its commune existed (a household found today that dates from before the
// 1 July 2025 reorganisation) counts its members from the commune's first day: which old
// commune they lived in is not known, so the old tree's history does not get them.
import { dateToIso, eventIssue, maxDate, validateNewHousehold, type ValidationIssue } from "@danso/domain";
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
  const unit = await tx.adminUnit.findUniqueOrThrow({ where: { id: row.unitId }, select: { validFrom: true } });
  const counted = maxDate(establishedOn, dateToIso(unit.validFrom));
  const persons: Person[] = [];
  for (const m of members) {
    const person = await tx.person.create({ data: personRow(m, row.id, actorId) });
    // Temporary residents are listed on the sheet but not counted (§ 3.4).
    if (m.residenceStatus !== "TEMPORARY_RESIDENT") {
      await openSpell(tx, { personId: person.id, householdId: row.id, unitId: row.unitId, from: maxDate(counted, m.birthDate), startReason: "INITIAL" });
    }
    persons.push(person);
  }
  return { household: await tx.household.findUniqueOrThrow({ where: { id: row.id } }), persons, warnings };
}
