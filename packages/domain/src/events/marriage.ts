// Marriage and divorce. The legal age is men full 20, women full 18 (Law on Marriage and
// Family 2014, Art. 8): below it the marriage is a child marriage (tảo hôn), which the
// reports count, so it is recorded with a warning; under 15 it is taken for a typing
// mistake. Marriages between parents and children or between siblings are prohibited.
import type { z } from "zod";
import { ageOn, type IsoDate } from "../time/dates.js";
import { LEGAL_MARRIAGE_AGE, MIN_SPOUSE_AGE } from "../validation/person.js";
import type { ValidationIssue } from "../validation/result.js";
import { MARRIAGE_HOUSEHOLD_CHANGE } from "./event-types.js";
import { checkSubject, eventIssue, onDate, type PersonFacts } from "./facts.js";
import { flag, optionalCode, optionalId, shortText } from "./fields.js";
import { EVENT_MESSAGES as M } from "./messages.js";

export function marriagePayloadShape() {
  return {
    /** The spouse in the register; null when they live outside it (then spouseName). */
    spouseId: optionalId(),
    spouseName: shortText(),
    /** Related by blood within three generations (cận huyết thống). */
    consanguineous: flag(),
    /** Counselled and health-checked before marrying. */
    counselled: flag(),
    householdChange: optionalCode(MARRIAGE_HOUSEHOLD_CHANGE, M.HOUSEHOLD_CHANGE_INVALID),
    note: shortText(),
  };
}
export type MarriagePayload = z.output<z.ZodObject<ReturnType<typeof marriagePayloadShape>>>;

export function divorcePayloadShape() {
  return { spouseId: optionalId(), note: shortText() };
}
export type DivorcePayload = z.output<z.ZodObject<ReturnType<typeof divorcePayloadShape>>>;

export function refineMarriage(p: MarriagePayload, personId: number | null): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (p.spouseId === null && p.spouseName === null) issues.push(eventIssue("SPOUSE_REQUIRED", "error", "payload.spouseId"));
  if (p.spouseId !== null && p.spouseId === personId) issues.push(eventIssue("SPOUSE_SELF", "error", "payload.spouseId"));
  if (p.spouseId === null && p.householdChange && p.householdChange !== "NONE") issues.push(eventIssue("HOUSEHOLD_CHANGE_NEEDS_SPOUSE", "error", "payload.householdChange"));
  return issues;
}

function checkAge(person: PersonFacts, on: IsoDate, field: string): ValidationIssue[] {
  const age = ageOn(person.birthDate, on);
  if (age < MIN_SPOUSE_AGE) return [eventIssue("MARRIAGE_TOO_YOUNG", "error", field)];
  if (age < LEGAL_MARRIAGE_AGE[person.sex]) return [eventIssue("CHILD_MARRIAGE", "warning", field, { vi: `(${age} tuổi)`, en: `(aged ${age})` })];
  return [];
}

/** Parent and child, or two children of one parent. */
export function areBloodRelatives(a: PersonFacts, b: PersonFacts): boolean {
  if (a.motherId === b.id || a.fatherId === b.id || b.motherId === a.id || b.fatherId === a.id) return true;
  return (a.motherId !== null && a.motherId === b.motherId) || (a.fatherId !== null && a.fatherId === b.fatherId);
}

const isMarried = (p: PersonFacts) => p.marriage !== null || p.maritalStatus === "MARRIED" || p.maritalStatus === "SEPARATED";

export function checkMarriage(f: { occurredOn: IsoDate; payload: MarriagePayload; person: PersonFacts; spouse: PersonFacts | null }): ValidationIssue[] {
  const { person, spouse, occurredOn, payload } = f;
  const issues = checkSubject(person, occurredOn, "IN_REGISTER");
  // The spouse's own event, already applied by the first side, makes this line a duplicate.
  if (spouse && person.marriage && person.marriage.spouseId === spouse.id) {
    return [eventIssue("MARRIAGE_ALREADY_RECORDED", "error", "payload.spouseId", onDate(person.marriage.marriedOn))];
  }
  if (isMarried(person)) issues.push(eventIssue("ALREADY_MARRIED", "error", "personId"));
  issues.push(...checkAge(person, occurredOn, "personId"));
  if (payload.spouseId !== null && !spouse) issues.push(eventIssue("PERSON_NOT_FOUND", "error", "payload.spouseId"));
  if (spouse) {
    issues.push(...checkSubject(spouse, occurredOn, "ANY", "payload.spouseId"));
    if (isMarried(spouse)) issues.push(eventIssue("SPOUSE_ALREADY_MARRIED", "error", "payload.spouseId"));
    if (spouse.sex === person.sex) issues.push(eventIssue("SPOUSE_SAME_SEX", "error", "payload.spouseId"));
    issues.push(...checkAge(spouse, occurredOn, "payload.spouseId"));
    if (areBloodRelatives(person, spouse)) issues.push(eventIssue("BLOOD_RELATIVES", "error", "payload.spouseId"));
    const moving = payload.householdChange ?? "NONE";
    if (moving !== "NONE") {
      if (!person.residence || !spouse.residence) issues.push(eventIssue("HOUSEHOLD_CHANGE_NEEDS_SPOUSE", "error", "payload.householdChange"));
      else {
        const mover = (moving === "WIFE_JOINS_HUSBAND") === (person.sex === "FEMALE") ? person : spouse;
        if (occurredOn < mover.residence!.validFrom) issues.push(eventIssue("BEFORE_RESIDENCE", "error", "occurredOn", onDate(mover.residence!.validFrom)));
      }
    }
  }
  return issues;
}

export function checkDivorce(f: { occurredOn: IsoDate; payload: DivorcePayload; person: PersonFacts }): ValidationIssue[] {
  const { person, occurredOn, payload } = f;
  const issues = checkSubject(person, occurredOn, "IN_REGISTER");
  if (!person.marriage) return [...issues, eventIssue("NOT_MARRIED", "error", "personId")];
  if (payload.spouseId !== null && payload.spouseId !== person.marriage.spouseId) issues.push(eventIssue("SPOUSE_MISMATCH", "error", "payload.spouseId"));
  if (occurredOn < person.marriage.marriedOn) issues.push(eventIssue("BEFORE_MARRIAGE", "error", "occurredOn", onDate(person.marriage.marriedOn)));
  return issues;
}
