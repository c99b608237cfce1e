// Scope before validation. A slip line names records by id: its household and person, and
// in its payload a father, a spouse, a household merged from, another arrival. Each must be
// within the recorder's reach BEFORE the line is checked, and an id that is unknown and one
// that lives elsewhere get the same answer: otherwise the validation messages ("already
// married", "not resident", "CCCD differs") would tell facts about people elsewhere.
// The one exception is an arrival: see arrivals.ts.
import type { Household, Person } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { Viewer } from "../viewer.js";
import { notFound } from "../errors.js";
import { can } from "../policy/authorize.js";
import type { Action } from "../policy/permissions.js";
import { eventPlace, householdPlace, personPlace } from "../policy/places.js";
import { announcedTo, matchesIdentity, type ArrivalIdentity } from "./arrivals.js";

interface LineRefs {
  type: string;
  householdId?: string | null;
  personId?: string | null;
  payload?: unknown;
  arrivalIdentity?: ArrivalIdentity | null;
}

const PERSON_REFS = ["fatherId", "motherId", "spouseId"] as const;
const HOUSEHOLD_REFS = ["fromHouseholdId"] as const;

const asId = (v: unknown): number | null => (typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : null);

const unknownPerson = (field: string, id: unknown) =>
  notFound(`nhân khẩu số ${String(id).slice(0, 20)} (${field}) trong phạm vi của bạn`, `Person ${String(id).slice(0, 20)} (${field}) within your scope`);
const unknownHousehold = (field: string, id: unknown) =>
  notFound(`hộ số ${String(id).slice(0, 20)} (${field}) trong phạm vi của bạn`, `Household ${String(id).slice(0, 20)} (${field}) within your scope`);

async function reachablePerson(ctx: GraphQLContext, viewer: Viewer, id: unknown, action: Action = "event.record"): Promise<Person | null> {
  const n = asId(id);
  const person = n === null ? null : await ctx.loaders.person.load(n);
  return person && can(viewer, action, await personPlace(ctx, person)) ? person : null;
}

async function reachableHousehold(ctx: GraphQLContext, viewer: Viewer, id: unknown, action: Action = "event.record"): Promise<Household | null> {
  const n = asId(id);
  const household = n === null ? null : await ctx.loaders.household.load(n);
  return household && can(viewer, action, await householdPlace(ctx, household)) ? household : null;
}

/** For the register's own forms: the record edited, and any parent named, within reach. */
export async function requireHousehold(ctx: GraphQLContext, viewer: Viewer, id: unknown): Promise<Household> {
  const household = await reachableHousehold(ctx, viewer, id, "register.write");
  if (!household) throw unknownHousehold("id", id);
  return household;
}

export async function requirePerson(ctx: GraphQLContext, viewer: Viewer, id: unknown): Promise<Person> {
  const person = await reachablePerson(ctx, viewer, id, "register.write");
  if (!person) throw unknownPerson("id", id);
  return person;
}

/** Mother and father named on a person's sheet must be people the viewer may read. */
export async function checkParents(ctx: GraphQLContext, viewer: Viewer, people: { motherId?: string | null; fatherId?: string | null }[]): Promise<void> {
  for (const [i, p] of people.entries()) {
    for (const key of ["motherId", "fatherId"] as const) {
      if (p[key] != null && !(await reachablePerson(ctx, viewer, p[key], "register.read"))) throw unknownPerson(people.length > 1 ? `members.${i}.${key}` : key, p[key]);
    }
  }
}

export async function checkSubjects(ctx: GraphQLContext, viewer: Viewer, line: LineRefs): Promise<void> {
  if (line.householdId != null && !(await reachableHousehold(ctx, viewer, line.householdId))) throw unknownHousehold("householdId", line.householdId);
  if (line.personId != null && !(await reachablePerson(ctx, viewer, line.personId))) {
    const n = asId(line.personId);
    const person = n === null ? null : await ctx.loaders.person.load(n);
    const arriving = line.type === "MOVE_IN" && person !== null && (matchesIdentity(person, line.arrivalIdentity) || (await announcedTo(ctx, viewer, person.id)));
    if (!arriving) throw unknownPerson("personId", line.personId);
  }
  const payload = (line.payload && typeof line.payload === "object" ? line.payload : {}) as Record<string, unknown>;
  for (const key of PERSON_REFS) if (payload[key] != null && !(await reachablePerson(ctx, viewer, payload[key]))) throw unknownPerson(`payload.${key}`, payload[key]);
  for (const key of HOUSEHOLD_REFS) if (payload[key] != null && !(await reachableHousehold(ctx, viewer, payload[key]))) throw unknownHousehold(`payload.${key}`, payload[key]);
  if (payload.withEventId != null) {
    const id = String(payload.withEventId);
    const other = /^\d{1,18}$/.test(id) ? await ctx.db.changeEvent.findUnique({ where: { id: BigInt(id) } }) : null;
    if (!other || !can(viewer, "event.read", await eventPlace(ctx, other))) throw notFound(`biến động số ${id.slice(0, 20)} trong phạm vi của bạn`, `Event ${id.slice(0, 20)} within your scope`);
  }
}
