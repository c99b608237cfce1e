// Corrections of a person's details with optimistic concurrency. What changes the counts
// or the family links in time (marriage, divorce, death, moving, temporary residence)
// goes through change events; this fixes what was entered wrong or has become known.
import {
  checkBirthForMother, eventIssue, foldVietnamese, PERSON_FIELDS, validatePersonChanges, type PersonInput, type ValidationIssue,
} from "@danso/domain";
import type { Person, Prisma } from "../generated/prisma/client.js";
import { fromDbDate, toDbDate, todayOf, type RegisterOptions, type Tx } from "./context.js";
import { assertValid, notFound, validationFailed } from "./errors.js";
import { checkPersonInRegister, personInputOf } from "./person-checks.js";
import { lockPersons } from "./read-facts.js";
import { assertVersion, parseVersion } from "./version-conflict.js";

export interface UpdatePersonInput {
  personId: number | string;
  /** The version the caller read. */
  version: unknown;
  /** The values the caller read, to tell what changed meanwhile when the version is stale. */
  base: Record<string, unknown>;
  changes: Record<string, unknown>;
}

/** Rules that need the person's records: links and dates that events already rely on. */
async function checkRecords(tx: Tx, id: number, next: PersonInput, changed: readonly string[]): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  if (changed.includes("sex")) {
    const links = await tx.marriage.count({ where: { OR: [{ husbandId: id }, { wifeId: id }] } })
      + (await tx.contraceptiveSpell.count({ where: { personId: id } })) + (await tx.pregnancy.count({ where: { personId: id } }))
      + (await tx.person.count({ where: { OR: [{ motherId: id }, { fatherId: id }] } }));
    if (links > 0) issues.push(eventIssue("SEX_LOCKED", "error", "sex"));
  }
  if (changed.includes("birthDate")) {
    const [spell, event] = await Promise.all([
      tx.residence.findFirst({ where: { personId: id }, orderBy: { validFrom: "asc" }, select: { validFrom: true } }),
      tx.changeEvent.findFirst({ where: { personId: id, status: "VERIFIED" }, orderBy: { occurredOn: "asc" }, select: { occurredOn: true } }),
    ]);
    const earliest = [spell?.validFrom, event?.occurredOn].filter((d): d is Date => !!d).map(fromDbDate).sort()[0];
    if (earliest && earliest < next.birthDate) issues.push(eventIssue("BIRTH_DATE_AFTER_RECORDS", "error", "birthDate"));
    for (const child of await tx.person.findMany({ where: { motherId: id }, select: { birthDate: true } })) {
      issues.push(...checkBirthForMother({ motherBirthDate: next.birthDate, childBirthDate: fromDbDate(child.birthDate) }, { field: "birthDate" }));
    }
  }
  if (changed.includes("maritalStatus") && next.maritalStatus !== "MARRIED") {
    if (await tx.marriage.count({ where: { OR: [{ husbandId: id }, { wifeId: id }], endedOn: null } })) issues.push(eventIssue("MARITAL_STATUS_BY_EVENT", "error", "maritalStatus"));
  }
  return issues;
}

export async function updatePerson(tx: Tx, actorId: number, input: UpdatePersonInput, options: RegisterOptions = {}): Promise<{ person: Person; warnings: ValidationIssue[] }> {
  const version = parseVersion(input.version);
  const id = Number(input.personId);
  if (Number.isSafeInteger(id) && id > 0) await lockPersons(tx, [id]);
  const row = Number.isSafeInteger(id) && id > 0 ? await tx.person.findUnique({ where: { id } }) : null;
  if (!row) throw notFound("PERSON", [String(input.personId)]);
  const current = personInputOf(row);
  await assertVersion(tx, { entity: "PERSON", id, label: `Nhân khẩu ${row.fullName}`, version: row.version, updatedAt: row.updatedAt, updatedById: row.updatedById, current }, version, input.base ?? {}, PERSON_FIELDS);

  const parsed = validatePersonChanges(current, input.changes, { today: todayOf(options) });
  if (!parsed.ok) throw validationFailed(parsed.errors, parsed.warnings);
  const { person: next, changed } = parsed.value;
  const warnings = assertValid([
    ...parsed.warnings,
    ...(await checkPersonInRegister(tx, next, { selfId: id, fields: changed })),
    ...(await checkRecords(tx, id, next, changed)),
  ]);
  if (changed.length === 0) return { person: row, warnings };

  const data: Prisma.PersonUncheckedUpdateInput = Object.fromEntries(changed.map((f) => [f, f === "birthDate" ? toDbDate(next.birthDate) : next[f]]));
  if (changed.includes("fullName")) data.searchName = foldVietnamese(next.fullName);
  const person = await tx.person.update({ where: { id }, data: { ...data, version: { increment: 1 }, updatedById: actorId } });
  // Spells carry a copy of sex and birth date (stock by age and sex is one scan).
  if (changed.includes("sex") || changed.includes("birthDate")) {
    await tx.residence.updateMany({ where: { personId: id }, data: { sex: next.sex, birthDate: toDbDate(next.birthDate) } });
  }
  return { person, warnings };
}
