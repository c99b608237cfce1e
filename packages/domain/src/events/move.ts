// Moves between communes (slip sections "moving out" and "moving in"). A move is one fact
// with an origin and a destination, but each commune records its own side; how the two
// sides meet is designed in packages/db/src/register/events/move.ts. The rules here say
// which sides can be recorded and how an arrival relates to the register.
import type { z } from "zod";
import { RELATION_TO_HEAD } from "../codes/person.js";
import type { IsoDate } from "../time/dates.js";
import { validateHouseholdInput, type HouseholdInput } from "../validation/household.js";
import { PERSON_MESSAGES, validatePersonInput, type PersonInput } from "../validation/person.js";
import type { ValidationIssue } from "../validation/result.js";
import { checkHousehold, checkSubject, eventIssue, onDate, type HouseholdFacts, type PersonFacts } from "./facts.js";
import { flag, nested, optionalCode, optionalEventId, optionalId, shortText, unitCode } from "./fields.js";

export function moveOutPayloadShape() {
  return {
    /** The destination commune by GSO code (looked up on the move date) or by id. */
    destinationUnitCode: unitCode(),
    destinationUnitId: optionalId(),
    /** Left the country; otherwise a missing destination means "not known". */
    abroad: flag(),
    destinationAddress: shortText(),
    note: shortText(),
  };
}
export type MoveOutPayload = z.output<z.ZodObject<ReturnType<typeof moveOutPayloadShape>>>;

export function moveInPayloadShape() {
  return {
    originUnitCode: unitCode(),
    originUnitId: optionalId(),
    abroad: flag(),
    /** A newcomer not in the register (from abroad, or never registered): their details. */
    person: nested(),
    /** Relation to the head of the household moved into (derived from family links when absent). */
    relationToHead: optionalCode(RELATION_TO_HEAD, PERSON_MESSAGES.RELATION_INVALID),
    /** The person sets up a new household here: its header (address, type, area code). */
    newHousehold: nested(),
    /** The person joins the new household set up by another move-in (a family arriving together). */
    withEventId: optionalEventId(),
    note: shortText(),
  };
}
type RawMoveIn = z.output<z.ZodObject<ReturnType<typeof moveInPayloadShape>>>;
export type MoveInPayload = Omit<RawMoveIn, "person" | "newHousehold"> & { person: PersonInput | null; newHousehold: HouseholdInput | null };

const prefixed = (issues: ValidationIssue[], prefix: string) => issues.map((i) => ({ ...i, field: i.field ? `${prefix}.${i.field}` : prefix }));

/** Cross-field rules of a move out that need no register. */
export function refineMoveOut(payload: MoveOutPayload): ValidationIssue[] {
  if (payload.abroad && (payload.destinationUnitCode || payload.destinationUnitId)) return [eventIssue("DESTINATION_AND_ABROAD", "error", "payload.abroad")];
  return [];
}

/** Validates the nested newcomer and household and the choice of person and target. */
export function refineMoveIn(
  raw: RawMoveIn,
  envelope: { personId: number | null; householdId: number | null },
  ctx: { today: IsoDate },
): { payload: MoveInPayload; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  let person: PersonInput | null = null;
  let newHousehold: HouseholdInput | null = null;
  if (raw.abroad && (raw.originUnitCode || raw.originUnitId)) issues.push(eventIssue("ORIGIN_AND_ABROAD", "error", "payload.abroad"));
  if (envelope.personId !== null && raw.person !== null) issues.push(eventIssue("MOVE_IN_PERSON_AMBIGUOUS", "error", "payload.person"));
  else if (envelope.personId === null && raw.person === null) issues.push(eventIssue("MOVE_IN_PERSON_REQUIRED", "error", "personId"));
  else if (raw.person !== null) {
    const r = validatePersonInput(raw.person, ctx);
    issues.push(...prefixed(r.warnings, "payload.person"));
    if (r.ok) {
      person = r.value;
      if (person.residenceStatus === "TEMPORARY_RESIDENT") issues.push(eventIssue("NEWCOMER_TEMPORARY", "error", "payload.person.residenceStatus"));
    } else issues.push(...prefixed(r.errors, "payload.person"));
  }
  const targets = [envelope.householdId, raw.newHousehold, raw.withEventId].filter((t) => t !== null).length;
  if (targets === 0) issues.push(eventIssue("MOVE_IN_TARGET_REQUIRED", "error", "householdId"));
  if (targets > 1) issues.push(eventIssue("MOVE_IN_TARGET_AMBIGUOUS", "error", "householdId"));
  if (raw.newHousehold !== null) {
    const r = validateHouseholdInput(raw.newHousehold);
    if (r.ok) newHousehold = r.value;
    else issues.push(...prefixed(r.errors, "payload.newHousehold"));
  }
  // A newcomer's relation is in their details; a second one beside it would be ambiguous.
  if (raw.person !== null && raw.relationToHead !== null) issues.push(eventIssue("FIELD_NOT_EXPECTED", "error", "payload.relationToHead"));
  const relation = person?.relationToHead ?? raw.relationToHead;
  if (raw.newHousehold !== null && relation !== null && relation !== "HEAD") issues.push(eventIssue("NEW_HOUSEHOLD_HEAD", "error", person ? "payload.person.relationToHead" : "payload.relationToHead"));
  if (raw.newHousehold === null && relation === "HEAD") issues.push(eventIssue("HEAD_NOT_ALLOWED", "error", person ? "payload.person.relationToHead" : "payload.relationToHead"));
  return { payload: { ...raw, person, newHousehold }, issues };
}

/**
 * How an arrival relates to the register:
 * - TRANSFER: the person is counted in another commune (open spell there) whose side of the
 *   move was never verified: the arrival closes that spell and records the move out there;
 * - LINK: the person's last spell was closed by a move out on the same date: the arrival is
 *   the other side of that move (its destination is set to this commune if it was unknown);
 * - ENTRY: the person comes from outside the register (abroad, unregistered, back after a
 *   stay outside, a temporary resident becoming a resident, or a newcomer).
 */
export type Arrival = { kind: "TRANSFER"; fromUnitId: number } | { kind: "LINK"; fromUnitId: number } | { kind: "ENTRY" };

export function classifyArrival(person: PersonFacts | null, occurredOn: IsoDate): Arrival {
  if (person?.residence) return { kind: "TRANSFER", fromUnitId: person.residence.unitId };
  const last = person?.lastResidence;
  if (last?.endReason === "MOVE_OUT" && last.validTo === occurredOn) return { kind: "LINK", fromUnitId: last.unitId };
  return { kind: "ENTRY" };
}

export interface MoveOutFacts {
  occurredOn: IsoDate;
  person: PersonFacts;
  destinationUnitId: number | null;
}

export function checkMoveOut(f: MoveOutFacts): ValidationIssue[] {
  const issues = checkSubject(f.person, f.occurredOn, "COUNTED");
  if (f.person.residence && f.destinationUnitId === f.person.residence.unitId) issues.push(eventIssue("SAME_COMMUNE_MOVE", "error", "payload.destinationUnitCode"));
  return issues;
}

export interface MoveInFacts {
  occurredOn: IsoDate;
  payload: MoveInPayload;
  /** The person chosen from the register (null for a newcomer or an unknown id). */
  person: PersonFacts | null;
  personId: number | null;
  /** The household moved into, when it exists already. */
  household: HouseholdFacts | null;
  /** The commune moved into. */
  unitId: number;
  /** The origin commune as entered and looked up. */
  originUnitId: number | null;
  /** For a newcomer: their CCCD belongs to someone in the register. */
  cccdTaken: boolean;
  /** For a newcomer: persons in the register with the same name and birth date. */
  namesakes: number;
}

export function checkMoveIn(f: MoveInFacts): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { person, occurredOn } = f;
  if (f.personId !== null && !person) issues.push(eventIssue("PERSON_NOT_FOUND", "error", "personId"));
  if (person) {
    if (person.deathDate) issues.push(eventIssue("PERSON_DEAD", "error", "personId", onDate(person.deathDate)));
    else issues.push(...checkSubject(person, occurredOn, "ANY"));
    const from = person.residence?.unitId ?? person.lastResidence?.unitId ?? null;
    if (person.residence) {
      if (person.residence.unitId === f.unitId) issues.push(eventIssue("MOVE_IN_ALREADY_HERE", "error", "personId"));
      else if (occurredOn < person.residence.validFrom) issues.push(eventIssue("BEFORE_RESIDENCE", "error", "occurredOn", onDate(person.residence.validFrom)));
      if (f.payload.abroad) issues.push(eventIssue("ORIGIN_MISMATCH", "error", "payload.abroad"));
    } else if (person.lastResidence?.endReason === "MOVE_OUT") {
      const last = person.lastResidence;
      // A move announced to a commune of the register is one move: both sides share its date.
      if (last.destinationUnitId !== null ? occurredOn !== last.validTo : occurredOn < last.validTo) {
        issues.push(eventIssue("MOVE_IN_DATE_MISMATCH", "error", "occurredOn", onDate(last.validTo)));
      }
    }
    const arrival = classifyArrival(person, occurredOn);
    if (arrival.kind !== "ENTRY" && f.originUnitId !== null && f.originUnitId !== from) issues.push(eventIssue("ORIGIN_MISMATCH", "error", "payload.originUnitCode"));
  }
  const newcomer = f.payload.person;
  if (newcomer) {
    if (newcomer.birthDate > occurredOn) issues.push(eventIssue("BEFORE_BIRTH", "error", "payload.person.birthDate"));
    if (f.cccdTaken) issues.push(eventIssue("NEWCOMER_CCCD_TAKEN", "error", "payload.person.cccd"));
    if (f.namesakes > 0) issues.push(eventIssue("POSSIBLE_DUPLICATE_PERSON", "warning", "payload.person.fullName"));
  }
  if (f.household) issues.push(...checkHousehold(f.household, occurredOn, "householdId"));
  return issues;
}
