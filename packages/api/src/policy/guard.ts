// The second wall: every object of a personal-data type that any field returns is checked
// against the viewer's reach before it leaves the server, whatever field returned it.
//
// Root queries already narrow their lists and check the records they open, but the graph
// behind them (an event's person, that person's household, its members…) is reached by
// field resolvers that a future author may write without thinking of scope. So the check
// is attached to the TYPES, not to the fields: `guardSchema` wraps the resolver of every
// field whose type is (a list of) a guarded type, or a connection edge of one. Out of scope
// means absent: a list never contains the object, a single field is null with a FORBIDDEN
// error on its path. A new field returning Person is covered the day it is written.
//
// Every guarded object served is also noted for the audit trail (see read-audit.ts): one
// row per request and unit of the data read, nested reads included.
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from "graphql";
import type { AuditLog, Area, ChangeEvent, ContraceptiveSpell, Household, ListRow, Marriage, Person, Residence } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { SavedProjectionModel } from "../models.js";
import { forbidden } from "../errors.js";
import { can, type Place } from "./authorize.js";
import { eventPlace, householdPlace, personPlace, unitPath } from "./places.js";
import type { Action } from "./permissions.js";

/** How to find where an object lives, and the action that reading it needs. */
interface TypeGuard<T> {
  action: Action;
  /** The object is visible when the viewer reaches ANY of these places. */
  places(value: T, ctx: GraphQLContext): Promise<Place[]>;
  /** Noted for the read audit (personal data), by entity type. */
  audit?: "Person" | "Household" | "ChangeEvent";
  id?(value: T): string;
}

async function personPlaceById(ctx: GraphQLContext, id: number | null): Promise<Place[]> {
  if (id === null) return [];
  const person = await ctx.loaders.person.load(id);
  return person ? [await personPlace(ctx, person)] : [];
}

// By tag, not instanceof: under Vitest two copies of graphql are loaded (see errors.ts).
const isObjectType = (t: unknown): t is GraphQLObjectType => (t as { [Symbol.toStringTag]?: string })?.[Symbol.toStringTag] === "GraphQLObjectType";
function getNamedType(t: GraphQLOutputType): unknown {
  let inner: unknown = t;
  while (inner && (inner as { ofType?: unknown }).ofType) inner = (inner as { ofType: unknown }).ofType;
  return inner;
}

const GUARDS: Record<string, TypeGuard<never>> = {
  Person: { action: "register.read", places: async (p: Person, ctx) => [await personPlace(ctx, p)], audit: "Person", id: (p: Person) => String(p.id) },
  Household: { action: "register.read", places: async (h: Household, ctx) => [await householdPlace(ctx, h)], audit: "Household", id: (h: Household) => String(h.id) },
  // A spell is the history of its person: visible with the person, or with its household.
  ResidenceSpell: {
    action: "register.read",
    places: async (r: Residence, ctx) => {
      const household = await ctx.loaders.household.load(r.householdId);
      return [...(await personPlaceById(ctx, r.personId)), ...(household ? [await householdPlace(ctx, household)] : [])];
    },
  },
  Marriage: { action: "register.read", places: async (m: Marriage, ctx) => [...(await personPlaceById(ctx, m.husbandId)), ...(await personPlaceById(ctx, m.wifeId))] },
  ContraceptiveSpell: { action: "register.read", places: (c: ContraceptiveSpell, ctx) => personPlaceById(ctx, c.personId) },
  ChangeEvent: { action: "event.read", places: async (e: ChangeEvent, ctx) => [await eventPlace(ctx, e)], audit: "ChangeEvent", id: (e: ChangeEvent) => String(e.id) },
  // An area names its collaborator; a collaborator sees only their own.
  Area: { action: "area.read", places: async (a: Area, ctx) => [{ unitPath: await unitPath(ctx, a.unitId), areaId: a.id }] },
  // A person on a list: seen by the list's holders, in the commune of the reference date.
  ListedPerson: {
    action: "list.export",
    places: async (r: ListRow, ctx) => [{ unitPath: await unitPath(ctx, r.communeId) }],
    audit: "Person",
    id: (r: ListRow) => String(r.personId),
  },
  AuditEntry: { action: "audit.read", places: async (a: AuditLog) => [{ unitPath: a.unitPath ?? "" }] },
  // Aggregated, but a unit's own work: seen within the statistics scope of its unit.
  SavedProjection: { action: "stats.read", places: async (s: SavedProjectionModel) => [{ unitPath: s.unit.path }] },
};

export const GUARDED_TYPES = Object.keys(GUARDS);

/** The guard of a type: its own, or, for a connection edge, its node's. */
function guardOf(type: GraphQLObjectType): TypeGuard<unknown> | undefined {
  if (GUARDS[type.name]) return GUARDS[type.name] as TypeGuard<unknown>;
  const node = type.getFields().node;
  const nodeType = node && getNamedType(node.type);
  if (nodeType && isObjectType(nodeType) && GUARDS[nodeType.name]) {
    const inner = GUARDS[nodeType.name] as TypeGuard<unknown>;
    return { action: inner.action, places: (edge, ctx) => inner.places((edge as { node: never }).node, ctx) };
  }
  return undefined;
}

/** True when the viewer may read the object; a visible personal record is noted for audit. */
async function admit(guard: TypeGuard<unknown>, value: unknown, ctx: GraphQLContext): Promise<boolean> {
  const places = await guard.places(value as never, ctx);
  const place = places.find((p) => can(ctx.viewer, guard.action, p));
  if (!place) return false;
  if (guard.audit && guard.id) ctx.reads.note(place.unitPath, guard.audit, guard.id(value as never));
  return true;
}

const SKIP = Symbol("out of scope");

async function screen(value: unknown, guard: TypeGuard<unknown>, ctx: GraphQLContext): Promise<unknown> {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    // In parallel, so that the loaders batch the places of a whole page in one query.
    const items = await Promise.all(value.map(async (v) => (Array.isArray(v) ? screen(v, guard, ctx) : v === null || (await admit(guard, v, ctx)) ? v : SKIP)));
    return items.filter((v) => v !== SKIP);
  }
  if (!(await admit(guard, value, ctx))) throw forbidden();
  return value;
}

/** Wraps, in place, every field of the schema that returns a guarded type. */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const guard = isObjectType(target) ? guardOf(target) : undefined;
      if (!guard) continue;
      const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, ctx, info) => screen(await resolve(source, args, ctx, info), guard, ctx);
    }
  }
  return schema;
}
