// Household splits (some members set up a new household in the same commune) and merges
// (members of one household join another in the same commune). Neither is a migration:
// the spells change household with reason HOUSEHOLD_CHANGE and the commune's count stays.
import type { z } from "zod";
import { HOUSEHOLD_TYPE } from "../codes/person.js";
import type { IsoDate } from "../time/dates.js";
import { HOUSEHOLD_MESSAGES, householdInputSchema } from "../validation/household.js";
import type { ValidationIssue } from "../validation/result.js";
import { optional } from "../validation/text.js";
import { checkHousehold, checkSubject, eventIssue, onDate, type HouseholdFacts, type PersonFacts } from "./facts.js";
import { memberIds, optionalCode, optionalId, recordId, shortText } from "./fields.js";
import { EVENT_MESSAGES as M } from "./messages.js";

export function householdSplitPayloadShape() {
  const h = householdInputSchema.shape;
  return {
    /** Others who go with the event's person (the new head). */
    memberIds: memberIds(),
    address: h.address,
    type: optionalCode(HOUSEHOLD_TYPE, HOUSEHOLD_MESSAGES.HOUSEHOLD_TYPE_INVALID),
    /** The new household's area; the old household's area when absent. */
    areaCode: optional(h.areaCode),
    fromHouseholdId: optionalId(),
    note: shortText(),
  };
}
export type HouseholdSplitPayload = z.output<z.ZodObject<ReturnType<typeof householdSplitPayloadShape>>>;

export function householdMergePayloadShape() {
  return {
    fromHouseholdId: recordId(M.HOUSEHOLD_REQUIRED),
    /** Who joins the event's household; everybody living in the other household when empty. */
    memberIds: memberIds(),
    note: shortText(),
  };
}
export type HouseholdMergePayload = z.output<z.ZodObject<ReturnType<typeof householdMergePayloadShape>>>;

/** Every mover must live in `householdId` and have lived there since before the date. */
function checkMovers(movers: (PersonFacts | null)[], householdId: number, occurredOn: IsoDate, field: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const m of movers) {
    if (!m?.residence || m.residence.householdId !== householdId) issues.push(eventIssue("MEMBER_NOT_IN_HOUSEHOLD", "error", field));
    else if (occurredOn < m.residence.validFrom) issues.push(eventIssue("BEFORE_RESIDENCE", "error", "occurredOn", onDate(m.residence.validFrom)));
  }
  // One message per problem is enough for the form.
  return issues.filter((i, n) => issues.findIndex((j) => j.code === i.code) === n);
}

export function checkHouseholdSplit(f: {
  occurredOn: IsoDate;
  payload: HouseholdSplitPayload;
  person: PersonFacts;
  members: (PersonFacts | null)[];
  /** Persons counted in the person's household now. */
  residents: number;
  /** The new household's area is in the old household's commune (null: area code unknown). */
  areaInCommune: boolean | null;
}): ValidationIssue[] {
  const { person, payload, occurredOn } = f;
  const issues = checkSubject(person, occurredOn, "COUNTED");
  const from = person.residence?.householdId;
  if (from === undefined) return issues;
  if (payload.fromHouseholdId !== null && payload.fromHouseholdId !== from) issues.push(eventIssue("FROM_HOUSEHOLD_MISMATCH", "error", "payload.fromHouseholdId"));
  if (payload.memberIds.includes(person.id)) issues.push(eventIssue("MEMBERS_INVALID", "error", "payload.memberIds"));
  issues.push(...checkMovers(f.members, from, occurredOn, "payload.memberIds"));
  if (f.residents - 1 - payload.memberIds.length < 1) issues.push(eventIssue("SPLIT_LEAVES_NOBODY", "error", "payload.memberIds"));
  if (f.areaInCommune === null) issues.push(eventIssue("AREA_NOT_FOUND", "error", "payload.areaCode"));
  else if (!f.areaInCommune) issues.push(eventIssue("AREA_OTHER_COMMUNE", "error", "payload.areaCode"));
  return issues;
}

export function checkHouseholdMerge(f: {
  occurredOn: IsoDate;
  payload: HouseholdMergePayload;
  household: HouseholdFacts;
  from: HouseholdFacts | null;
  /** The persons who move: the listed members, or everybody counted in `from`. */
  movers: (PersonFacts | null)[];
}): ValidationIssue[] {
  const { household, from, occurredOn } = f;
  const issues = checkHousehold(household, occurredOn, "householdId");
  if (!from) return [...issues, eventIssue("HOUSEHOLD_NOT_FOUND", "error", "payload.fromHouseholdId")];
  if (from.id === household.id) return [...issues, eventIssue("MERGE_SAME_HOUSEHOLD", "error", "payload.fromHouseholdId")];
  issues.push(...checkHousehold(from, occurredOn, "payload.fromHouseholdId"));
  if (from.unitId !== household.unitId) issues.push(eventIssue("OTHER_COMMUNE", "error", "payload.fromHouseholdId"));
  if (f.movers.length === 0) issues.push(eventIssue("MERGE_NOBODY", "error", "payload.fromHouseholdId"));
  issues.push(...checkMovers(f.movers, from.id, occurredOn, "payload.memberIds"));
  return issues;
}
