// A birth (slip section "newborn"): the child joins the register in the household where
// the mother lives, with a birth order for the mother.
import { z } from "../validation/zod.js";
import { foldVietnamese } from "../text/fold.js";
import { ageOn, dayNumber, type IsoDate } from "../time/dates.js";
import { checkBirthForMother } from "../validation/birth.js";
import { checkCccd } from "../validation/cccd.js";
import { PERSON_MESSAGES, personInputSchema } from "../validation/person.js";
import { makeIssue, type ValidationIssue } from "../validation/result.js";
import { optional } from "../validation/text.js";
import { PLACE_OF_DELIVERY } from "./event-types.js";
import { checkHousehold, eventIssue, onDate, type HouseholdFacts, type PersonFacts } from "./facts.js";
import { optionalCode, optionalId, recordId, shortText } from "./fields.js";
import { EVENT_MESSAGES as M } from "./messages.js";

/** A father younger than this at the birth is an entry mistake. */
export const MIN_FATHER_AGE = 12;
/** Two births of one mother closer than this (and not twins) are worth a second look. */
export const MIN_BIRTH_INTERVAL_DAYS = 183;

export function birthPayloadShape(ctx: { today: IsoDate }) {
  const person = personInputSchema(ctx).shape;
  return {
    motherId: recordId(M.MOTHER_REQUIRED),
    fatherId: optionalId(),
    fullName: person.fullName,
    sex: person.sex,
    /** Defaults to the mother's. */
    ethnicity: optional(person.ethnicity),
    /** As the mother tells it; computed from the register when absent. */
    birthOrder: optional(
      z.preprocess((v) => (typeof v === "string" && /^\d{1,2}$/.test(v) ? Number(v) : v), z.number({ error: M.BIRTH_ORDER_INVALID.vi }).int({ error: M.BIRTH_ORDER_INVALID.vi }).min(1, { error: M.BIRTH_ORDER_INVALID.vi }).max(20, { error: M.BIRTH_ORDER_INVALID.vi })),
    ),
    placeOfDelivery: optionalCode(PLACE_OF_DELIVERY, M.PLACE_OF_DELIVERY_INVALID),
    cccd: person.cccd,
    insuranceNumber: person.insuranceNumber,
    note: shortText(),
  };
}
export type BirthPayload = z.output<z.ZodObject<ReturnType<typeof birthPayloadShape>>>;

export interface BirthFacts {
  occurredOn: IsoDate;
  payload: BirthPayload;
  /** null when the id is not in the register. */
  mother: PersonFacts | null;
  father: PersonFacts | null;
  household: HouseholdFacts | null;
  /** The mother's children already in the register. */
  motherChildren: { fullName: string; birthDate: IsoDate }[];
  /** The household was chosen on the line (else it is the mother's). */
  householdChosen?: boolean;
}

export function checkBirth(f: BirthFacts): ValidationIssue[] {
  const { payload: p, occurredOn } = f;
  const issues: ValidationIssue[] = [];
  if (!f.mother) issues.push(eventIssue("PERSON_NOT_FOUND", "error", "payload.motherId"));
  else {
    issues.push(...checkBirthForMother({ motherBirthDate: f.mother.birthDate, childBirthDate: occurredOn, motherSex: f.mother.sex }, { field: "payload.motherId" }));
    if (f.mother.deathDate && f.mother.deathDate < occurredOn) issues.push(eventIssue("PERSON_DEAD", "error", "payload.motherId", onDate(f.mother.deathDate)));
    if (!f.mother.residence && f.mother.lastResidence) issues.push(eventIssue("PERSON_NOT_RESIDENT", "error", "payload.motherId", onDate(f.mother.lastResidence.validTo)));
    // A temporary resident's newborn is not counted either, unless placed in a household of the commune.
    else if (!f.mother.residence && !f.householdChosen) issues.push(eventIssue("PERSON_NOT_COUNTED", "error", "payload.motherId"));
  }
  if (p.fatherId !== null) {
    if (p.fatherId === p.motherId) issues.push(makeIssue("PARENTS_SAME", "error", PERSON_MESSAGES.PARENTS_SAME, "payload.fatherId"));
    else if (!f.father) issues.push(eventIssue("PERSON_NOT_FOUND", "error", "payload.fatherId"));
    else if (f.father.sex !== "MALE") issues.push(eventIssue("FATHER_NOT_MALE", "error", "payload.fatherId"));
    else if (ageOn(f.father.birthDate, occurredOn) < MIN_FATHER_AGE) issues.push(eventIssue("FATHER_TOO_YOUNG", "error", "payload.fatherId"));
  }
  if (f.household) issues.push(...checkHousehold(f.household, occurredOn, "householdId"));
  else if (f.householdChosen) issues.push(eventIssue("HOUSEHOLD_NOT_FOUND", "error", "householdId"));
  if (p.cccd) {
    for (const i of checkCccd(p.cccd, { sex: p.sex, birthDate: occurredOn })) if (i.severity === "warning") issues.push({ ...i, field: "payload.cccd" });
  }
  const name = foldVietnamese(p.fullName);
  if (f.motherChildren.some((c) => c.birthDate === occurredOn && foldVietnamese(c.fullName) === name)) {
    issues.push(eventIssue("BIRTH_DUPLICATE", "error", "payload.fullName"));
  }
  const close = f.motherChildren.find((c) => c.birthDate !== occurredOn && Math.abs(dayNumber(c.birthDate) - dayNumber(occurredOn)) < MIN_BIRTH_INTERVAL_DAYS);
  if (close) issues.push(eventIssue("BIRTH_INTERVAL_SHORT", "warning", "occurredOn", onDate(close.birthDate)));
  if (p.birthOrder !== null && p.birthOrder <= f.motherChildren.length) issues.push(eventIssue("BIRTH_ORDER_LOW", "warning", "payload.birthOrder"));
  return issues;
}

/** Birth order for the mother: as entered, else one more than her children in the register. */
export function birthOrderOf(payload: BirthPayload, childrenInRegister: number): number {
  return payload.birthOrder ?? childrenInRegister + 1;
}
