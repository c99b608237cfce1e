// Pregnancies and the check-ups of the slip (prenatal and newborn screening, elderly
// health checks). A live birth ends a pregnancy through the BIRTH line; a pregnancy that
// ends otherwise is a PREGNANCY line with its outcome.
import type { z } from "zod";
import { addDays, ageOn, dayNumber, type IsoDate } from "../time/dates.js";
import type { ValidationIssue } from "../validation/result.js";
import { checkReproductiveAge } from "./contraception.js";
import { PREGNANCY_END } from "./event-types.js";
import { checkSubject, eventIssue, onDate, type PersonFacts } from "./facts.js";
import { optionalCode, optionalDate, shortText } from "./fields.js";
import { EVENT_MESSAGES as M } from "./messages.js";

/** Citizens full 60 or over are elderly (Law on the Elderly 2009, Art. 2). */
export const ELDERLY_AGE = 60;
/** About ten months: the latest expected delivery after a pregnancy is recorded. */
const MAX_GESTATION_DAYS = 305;

export function pregnancyPayloadShape() {
  return {
    expectedDelivery: optionalDate(),
    /** Set when the line records the end of the current pregnancy (not a live birth). */
    outcome: optionalCode(PREGNANCY_END, M.PREGNANCY_END_INVALID),
    note: shortText(),
  };
}
export type PregnancyPayload = z.output<z.ZodObject<ReturnType<typeof pregnancyPayloadShape>>>;

export function checkupPayloadShape() {
  return { result: shortText(), note: shortText() };
}
export type CheckupPayload = z.output<z.ZodObject<ReturnType<typeof checkupPayloadShape>>>;

export function checkPregnancy(f: { occurredOn: IsoDate; person: PersonFacts; payload: PregnancyPayload }): ValidationIssue[] {
  const { person, occurredOn, payload } = f;
  const issues = checkSubject(person, occurredOn, "IN_REGISTER");
  if (person.sex !== "FEMALE") return [...issues, eventIssue("NOT_FEMALE", "error", "personId")];
  if (payload.outcome) {
    if (!person.pregnancy) issues.push(eventIssue("NOT_PREGNANT", "error", "personId"));
    else if (occurredOn < person.pregnancy.recordedOn) issues.push(eventIssue("BEFORE_PREGNANCY", "error", "occurredOn", onDate(person.pregnancy.recordedOn)));
    return issues;
  }
  issues.push(...checkReproductiveAge(person.birthDate, occurredOn));
  if (person.pregnancy) issues.push(eventIssue("ALREADY_PREGNANT", "error", "personId", onDate(person.pregnancy.recordedOn)));
  const due = payload.expectedDelivery;
  if (due && (due <= occurredOn || due > addDays(occurredOn, MAX_GESTATION_DAYS))) issues.push(eventIssue("EXPECTED_DELIVERY_RANGE", "error", "payload.expectedDelivery"));
  return issues;
}

export function checkCheckup(f: {
  type: "PRENATAL_SCREENING" | "NEWBORN_SCREENING" | "ELDERLY_CHECKUP";
  occurredOn: IsoDate;
  person: PersonFacts;
}): ValidationIssue[] {
  const { person, occurredOn } = f;
  const issues = checkSubject(person, occurredOn, "IN_REGISTER");
  if (f.type === "PRENATAL_SCREENING") {
    if (!person.pregnancy) issues.push(eventIssue("NOT_PREGNANT", "error", "personId"));
    else if (occurredOn < person.pregnancy.recordedOn) issues.push(eventIssue("BEFORE_PREGNANCY", "error", "occurredOn", onDate(person.pregnancy.recordedOn)));
  }
  if (f.type === "NEWBORN_SCREENING" && dayNumber(occurredOn) - dayNumber(person.birthDate) > 365) issues.push(eventIssue("NEWBORN_TOO_OLD", "error", "personId"));
  if (f.type === "ELDERLY_CHECKUP" && ageOn(person.birthDate, occurredOn) < ELDERLY_AGE) issues.push(eventIssue("NOT_ELDERLY", "error", "personId"));
  return issues;
}
