// Checks of a person's details against the register, shared by the edits: a CCCD is
// unique, parents exist and are plausible for the birth date, and a namesake born the
// same day is pointed out (a warning: the same person must not be registered twice).
import { ageOn, checkBirthForMother, eventIssue, foldVietnamese, makeIssue, MIN_FATHER_AGE, PERSON_MESSAGES, type PersonInput, type ValidationIssue } from "@danso/domain";
import { fromDbDate, toDbDate, type Tx } from "./context.js";

export async function checkPersonInRegister(
  tx: Tx,
  p: PersonInput,
  options: { selfId?: number; prefix?: string; fields?: readonly string[] } = {},
): Promise<ValidationIssue[]> {
  const at = (f: string) => (options.prefix ? `${options.prefix}.${f}` : f);
  const wants = (f: string) => !options.fields || options.fields.includes(f);
  const issues: ValidationIssue[] = [];
  const notSelf = options.selfId !== undefined ? { not: options.selfId } : undefined;
  if (p.cccd && wants("cccd") && (await tx.person.count({ where: { cccd: p.cccd, id: notSelf } }))) issues.push(eventIssue("CCCD_TAKEN", "error", at("cccd")));
  for (const field of ["motherId", "fatherId"] as const) {
    const id = p[field];
    if (id === null || !(wants(field) || wants("birthDate"))) continue;
    if (id === options.selfId) {
      issues.push(makeIssue("PARENT_ID_INVALID", "error", PERSON_MESSAGES.PARENT_ID_INVALID, at(field)));
      continue;
    }
    const parent = await tx.person.findUnique({ where: { id }, select: { sex: true, birthDate: true } });
    if (!parent) issues.push(eventIssue("PERSON_NOT_FOUND", "error", at(field)));
    else if (field === "motherId") {
      issues.push(...checkBirthForMother({ motherBirthDate: fromDbDate(parent.birthDate), childBirthDate: p.birthDate, motherSex: parent.sex }, { field: at(field) }));
    } else if (parent.sex !== "MALE") issues.push(eventIssue("FATHER_NOT_MALE", "error", at(field)));
    else if (ageOn(fromDbDate(parent.birthDate), p.birthDate) < MIN_FATHER_AGE) issues.push(eventIssue("FATHER_TOO_YOUNG", "error", at(field)));
  }
  if (wants("fullName") || wants("birthDate")) {
    const namesakes = await tx.person.count({ where: { searchName: foldVietnamese(p.fullName), birthDate: toDbDate(p.birthDate), deathDate: null, id: notSelf } });
    if (namesakes > 0) issues.push(eventIssue("POSSIBLE_DUPLICATE_PERSON", "warning", at("fullName")));
  }
  return issues;
}

/** The register's columns of a person as the person form holds them. */
export function personInputOf(row: {
  fullName: string; sex: PersonInput["sex"]; birthDate: Date; ethnicity: string; education: PersonInput["education"];
  maritalStatus: PersonInput["maritalStatus"]; relationToHead: PersonInput["relationToHead"]; residenceStatus: PersonInput["residenceStatus"];
  cccd: string | null; insuranceNumber: string | null; motherId: number | null; fatherId: number | null;
}): PersonInput {
  return {
    fullName: row.fullName, sex: row.sex, birthDate: fromDbDate(row.birthDate), ethnicity: row.ethnicity, education: row.education,
    maritalStatus: row.maritalStatus, relationToHead: row.relationToHead, residenceStatus: row.residenceStatus, cccd: row.cccd,
    insuranceNumber: row.insuranceNumber, motherId: row.motherId, fatherId: row.fatherId,
  };
}

/** The data of a new person row. */
export function personRow(p: PersonInput, householdId: number, actorId: number) {
  return {
    householdId, fullName: p.fullName, searchName: foldVietnamese(p.fullName), sex: p.sex, birthDate: toDbDate(p.birthDate), ethnicity: p.ethnicity,
    education: p.education, maritalStatus: p.maritalStatus, relationToHead: p.relationToHead, residenceStatus: p.residenceStatus, cccd: p.cccd,
    insuranceNumber: p.insuranceNumber, motherId: p.motherId, fatherId: p.fatherId, updatedById: actorId,
  };
}
