// What the rules need to know about the register, read by the data layer and handed in as
// plain values, so that every plausibility rule stays a pure function with unit tests.
import type { ContraceptiveMethod } from "../codes/contraception.js";
import type { EducationLevel, MaritalStatus, RelationToHead, ResidenceStatus, Sex } from "../codes/person.js";
import { formatDateVi, type IsoDate } from "../time/dates.js";
import { makeIssue, type ValidationIssue } from "../validation/result.js";
import { EVENT_MESSAGES, type EventIssueCode } from "./messages.js";

export interface PersonFacts {
  id: number;
  fullName: string;
  sex: Sex;
  birthDate: IsoDate;
  deathDate: IsoDate | null;
  maritalStatus: MaritalStatus;
  education: EducationLevel;
  residenceStatus: ResidenceStatus;
  relationToHead: RelationToHead;
  motherId: number | null;
  fatherId: number | null;
  /** Current household (the last one for a person who died or left). */
  householdId: number;
  /** The open residence spell: where the person is counted. */
  residence: { householdId: number; unitId: number; validFrom: IsoDate } | null;
  /** The latest closed spell, when there is no open one (someone who moved away). */
  lastResidence: { unitId: number; validTo: IsoDate; endReason: "DEATH" | "MOVE_OUT" | "HOUSEHOLD_CHANGE"; destinationUnitId: number | null } | null;
  marriage: { id: number; spouseId: number | null; marriedOn: IsoDate } | null;
  contraception: { method: ContraceptiveMethod; validFrom: IsoDate } | null;
  pregnancy: { id: number; recordedOn: IsoDate } | null;
  /** Date of the person's latest verified event. */
  lastEventOn: IsoDate | null;
}

export interface HouseholdFacts {
  id: number;
  unitId: number;
  areaId: number;
  status: "ACTIVE" | "DISSOLVED";
  establishedOn: IsoDate;
}

export function eventIssue(code: EventIssueCode, severity: "error" | "warning", field: string, suffix?: { vi: string; en: string }): ValidationIssue {
  const label = EVENT_MESSAGES[code];
  return makeIssue(code, severity, suffix ? { vi: `${label.vi} ${suffix.vi}`, en: `${label.en} ${suffix.en}` } : label, field);
}

/** "(ngày 05/03/2026)" / "(on 2026-03-05)", appended to texts that refer to a date. */
export function onDate(date: IsoDate): { vi: string; en: string } {
  return { vi: `(ngày ${formatDateVi(date)})`, en: `(on ${date})` };
}

/**
 * Where the subject of an event must live:
 * - COUNTED: has an open spell (births, deaths, moves and household changes change the
 *   counts, so they need someone who is counted);
 * - IN_REGISTER: counted, or a temporary resident of a household (never had a spell);
 * - ANY: only alive and born.
 */
export type ResidenceRequirement = "COUNTED" | "IN_REGISTER" | "ANY";

/** Checks every event's subject: born, alive on the date, living where the event needs. */
export function checkSubject(person: PersonFacts, occurredOn: IsoDate, need: ResidenceRequirement, field = "personId"): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (person.deathDate && occurredOn > person.deathDate) issues.push(eventIssue("PERSON_DEAD", "error", field, onDate(person.deathDate)));
  if (occurredOn < person.birthDate) issues.push(eventIssue("BEFORE_BIRTH", "error", field, onDate(person.birthDate)));
  if (need === "ANY") return issues;
  if (!person.residence) {
    if (person.lastResidence) issues.push(eventIssue("PERSON_NOT_RESIDENT", "error", field, onDate(person.lastResidence.validTo)));
    else if (need === "COUNTED") issues.push(eventIssue("PERSON_NOT_COUNTED", "error", field));
  } else if (need === "COUNTED" && occurredOn < person.residence.validFrom) {
    issues.push(eventIssue("BEFORE_RESIDENCE", "error", "occurredOn", onDate(person.residence.validFrom)));
  }
  return issues;
}

export function checkHousehold(household: HouseholdFacts, occurredOn: IsoDate, field: string): ValidationIssue[] {
  if (household.status !== "ACTIVE") return [eventIssue("HOUSEHOLD_DISSOLVED", "error", field)];
  if (occurredOn < household.establishedOn) return [eventIssue("BEFORE_HOUSEHOLD", "error", "occurredOn", onDate(household.establishedOn))];
  return [];
}
