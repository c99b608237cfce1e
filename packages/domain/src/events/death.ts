// A death: the person's spell closes on the day of death, a marriage ends, the spouse is
// widowed, and the household gets a new head or is dissolved (data layer).
import type { z } from "zod";
import { ageOn, type IsoDate } from "../time/dates.js";
import type { ValidationIssue } from "../validation/result.js";
import { checkSubject, eventIssue, onDate, type PersonFacts } from "./facts.js";
import { shortText } from "./fields.js";

export function deathPayloadShape() {
  return { cause: shortText(), note: shortText() };
}
export type DeathPayload = z.output<z.ZodObject<ReturnType<typeof deathPayloadShape>>>;

export function checkDeath(f: { occurredOn: IsoDate; person: PersonFacts }): ValidationIssue[] {
  const issues = checkSubject(f.person, f.occurredOn, "COUNTED");
  if (f.person.deathDate) return [eventIssue("PERSON_DEAD", "error", "personId", onDate(f.person.deathDate))];
  // Nothing verified may happen to someone after they died.
  if (f.person.lastEventOn && f.occurredOn < f.person.lastEventOn) issues.push(eventIssue("BEFORE_LAST_EVENT", "error", "occurredOn", onDate(f.person.lastEventOn)));
  return issues;
}

/** ageAtDeath, as the generator stores it: completed years on the day of death. */
export function ageAtDeath(birthDate: IsoDate, deathDate: IsoDate): number {
  return ageOn(birthDate, deathDate);
}
