// A change of the highest level of education completed (slip section "other changes").
import type { z } from "zod";
import { EDUCATION_LEVEL, type EducationLevel } from "../codes/person.js";
import { keysOf } from "../codes/labels.js";
import type { IsoDate } from "../time/dates.js";
import { PERSON_MESSAGES } from "../validation/person.js";
import type { ValidationIssue } from "../validation/result.js";
import { codeOf } from "../validation/text.js";
import { checkSubject, eventIssue, type PersonFacts } from "./facts.js";
import { optionalCode, shortText } from "./fields.js";

const RANK = new Map(keysOf(EDUCATION_LEVEL).map((k, i) => [k, i]));

export function educationPayloadShape() {
  return {
    to: codeOf(EDUCATION_LEVEL, PERSON_MESSAGES.EDUCATION_REQUIRED, PERSON_MESSAGES.EDUCATION_INVALID),
    /** The previous level; taken from the register when absent, checked against it when given. */
    from: optionalCode(EDUCATION_LEVEL, PERSON_MESSAGES.EDUCATION_INVALID),
    note: shortText(),
  };
}
export type EducationPayload = z.output<z.ZodObject<ReturnType<typeof educationPayloadShape>>>;

export function isLowerEducation(next: EducationLevel, current: EducationLevel): boolean {
  return RANK.get(next)! < RANK.get(current)!;
}

export function checkEducation(f: { occurredOn: IsoDate; person: PersonFacts; payload: EducationPayload }): ValidationIssue[] {
  const { person, payload } = f;
  const issues = checkSubject(person, f.occurredOn, "IN_REGISTER");
  if (payload.from && payload.from !== person.education) issues.push(eventIssue("EDUCATION_FROM_MISMATCH", "error", "payload.from"));
  if (payload.to === person.education) issues.push(eventIssue("EDUCATION_SAME", "error", "payload.to"));
  else if (isLowerEducation(payload.to, person.education)) issues.push(eventIssue("EDUCATION_LOWER", "warning", "payload.to"));
  return issues;
}
