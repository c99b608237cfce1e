// Contraceptive use is followed per woman on the A0 sheet (§ 3.3 II); a husband's
// sterilisation is kept on his wife's record, so every line here belongs to a woman.
import type { z } from "zod";
import { CONTRACEPTIVE_METHOD, type ContraceptiveMethod } from "../codes/contraception.js";
import { ageOn, type IsoDate } from "../time/dates.js";
import { MOTHER_AGE_LIMITS, REPRODUCTIVE_AGE } from "../validation/birth.js";
import type { ValidationIssue } from "../validation/result.js";
import { codeOf } from "../validation/text.js";
import { checkSubject, eventIssue, onDate, type PersonFacts } from "./facts.js";
import { optionalCode, shortText } from "./fields.js";
import { EVENT_MESSAGES as M } from "./messages.js";

const STERILISATION: ReadonlySet<ContraceptiveMethod> = new Set(["FEMALE_STERILISATION", "MALE_STERILISATION"]);

export function contraceptionStartPayloadShape() {
  return { method: codeOf(CONTRACEPTIVE_METHOD, M.METHOD_REQUIRED, M.METHOD_INVALID), note: shortText() };
}
export function contraceptionChangePayloadShape() {
  return {
    method: codeOf(CONTRACEPTIVE_METHOD, M.METHOD_REQUIRED, M.METHOD_INVALID),
    /** The method given up; taken from the register when absent, checked against it when given. */
    fromMethod: optionalCode(CONTRACEPTIVE_METHOD, M.METHOD_INVALID),
    note: shortText(),
  };
}
export function contraceptionStopPayloadShape() {
  return { method: optionalCode(CONTRACEPTIVE_METHOD, M.METHOD_INVALID), note: shortText() };
}
export type ContraceptionStartPayload = z.output<z.ZodObject<ReturnType<typeof contraceptionStartPayloadShape>>>;
export type ContraceptionChangePayload = z.output<z.ZodObject<ReturnType<typeof contraceptionChangePayloadShape>>>;
export type ContraceptionStopPayload = z.output<z.ZodObject<ReturnType<typeof contraceptionStopPayloadShape>>>;

/** A woman's age for contraception and pregnancy: 15–49 silently, 10–55 with a warning. */
export function checkReproductiveAge(birthDate: IsoDate, on: IsoDate, field = "personId"): ValidationIssue[] {
  const age = ageOn(birthDate, on);
  const suffix = { vi: `(${age} tuổi)`, en: `(aged ${age})` };
  if (age < MOTHER_AGE_LIMITS.min || age > MOTHER_AGE_LIMITS.max) return [eventIssue("REPRODUCTIVE_AGE_IMPLAUSIBLE", "error", field, suffix)];
  if (age < REPRODUCTIVE_AGE.min || age > REPRODUCTIVE_AGE.max) return [eventIssue("REPRODUCTIVE_AGE_UNUSUAL", "warning", field, suffix)];
  return [];
}

function checkWoman(person: PersonFacts, occurredOn: IsoDate): ValidationIssue[] {
  const issues = checkSubject(person, occurredOn, "IN_REGISTER");
  if (person.sex !== "FEMALE") return [...issues, eventIssue("NOT_FEMALE", "error", "personId")];
  return [...issues, ...checkReproductiveAge(person.birthDate, occurredOn)];
}

function checkNewMethod(person: PersonFacts, method: ContraceptiveMethod): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (method === "MALE_STERILISATION" && !person.marriage) issues.push(eventIssue("MALE_STERILISATION_UNMARRIED", "error", "payload.method"));
  if (person.pregnancy) issues.push(eventIssue("PREGNANT_NOW", "warning", "payload.method"));
  return issues;
}

export type ContraceptionFacts =
  | { type: "CONTRACEPTION_START"; occurredOn: IsoDate; person: PersonFacts; payload: ContraceptionStartPayload }
  | { type: "CONTRACEPTION_CHANGE"; occurredOn: IsoDate; person: PersonFacts; payload: ContraceptionChangePayload }
  | { type: "CONTRACEPTION_STOP"; occurredOn: IsoDate; person: PersonFacts; payload: ContraceptionStopPayload };

export function checkContraception(f: ContraceptionFacts): ValidationIssue[] {
  const { person, occurredOn } = f;
  const issues = checkWoman(person, occurredOn);
  const current = person.contraception;
  if (f.type === "CONTRACEPTION_START") {
    if (current) issues.push(eventIssue("ALREADY_USING", "error", "payload.method", onDate(current.validFrom)));
    return [...issues, ...checkNewMethod(person, f.payload.method)];
  }
  if (!current) return [...issues, eventIssue("NOT_USING", "error", "personId")];
  if (occurredOn < current.validFrom) issues.push(eventIssue("BEFORE_METHOD", "error", "occurredOn", onDate(current.validFrom)));
  if (f.type === "CONTRACEPTION_STOP") {
    if (f.payload.method && f.payload.method !== current.method) issues.push(eventIssue("METHOD_MISMATCH", "error", "payload.method"));
    if (STERILISATION.has(current.method)) issues.push(eventIssue("STERILISATION_STOP", "warning", "payload.method"));
    return issues;
  }
  if (f.payload.fromMethod && f.payload.fromMethod !== current.method) issues.push(eventIssue("METHOD_MISMATCH", "error", "payload.fromMethod"));
  if (f.payload.method === current.method) issues.push(eventIssue("SAME_METHOD", "error", "payload.method"));
  if (STERILISATION.has(current.method)) issues.push(eventIssue("STERILISATION_STOP", "warning", "payload.fromMethod"));
  return [...issues, ...checkNewMethod(person, f.payload.method)];
}
