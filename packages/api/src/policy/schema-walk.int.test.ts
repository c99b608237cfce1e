// The authorization walk: for every role, every root query and every path of nested object
// fields to depth 4, built from the schema's introspection (so a new field is walked the
// day it is added), no object outside the caller's scope appears in an answer. Where an
// object lives is read from the database here, independently of the API's policy code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../server.js";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";
import type { TestClient } from "../testing/index.js";
import { plantMoves, type PlantedMoves } from "./testing-moves.js";

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface Arg { name: string; type: TypeRef; defaultValue: string | null }
interface Field { name: string; args: Arg[]; type: TypeRef }
interface FullType { kind: string; name: string; fields: Field[] | null; enumValues: { name: string }[] | null }

const INTROSPECT = `{ __schema { queryType { name } types { kind name enumValues { name }
  fields { name args { name defaultValue type { ...T } } type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const required = (t: TypeRef) => t.kind === "NON_NULL";

/** Levels of personal objects below the root; connection wrappers (edges, node) do not count. */
const DEPTH = 4;
const WRAPPERS = /(Connection|Edge|Payload)$/;

/** The selection of every object field to DEPTH, skipping fields whose arguments we cannot fill. */
function selection(types: Map<string, FullType>, typeName: string, depth: number): string {
  const type = types.get(typeName)!;
  const parts = ["__typename"];
  for (const f of type.fields ?? []) {
    if (f.args.some((a) => required(a.type))) continue;
    const target = types.get(named(f.type).name!)!;
    const args = f.args.some((a) => a.name === "first") ? "(first: 3)" : "";
    if (target.kind === "OBJECT") {
      const next = WRAPPERS.test(target.name) ? depth : depth - 1;
      if (next < 0) continue;
      parts.push(`${f.name}${args} { ${selection(types, target.name, next)} }`);
    } else if (target.kind === "SCALAR" || target.kind === "ENUM") {
      parts.push(f.name);
    }
  }
  return parts.join(" ");
}

type Reach = { kind: "none" } | { kind: "path"; path: string } | { kind: "area"; areaId: number };
/** `lists`: where the role may draw person lists (ListedPerson), a permission of its own. */
type Role = { login: string | null; reach: Reach; audit: string | null; lists?: string; areas?: string };

describe("every path of the schema, as every role", () => {
  let f: Fixture;
  let moves: PlantedMoves;
  let types: Map<string, FullType>;
  let roots: Field[];
  const clients = new Map<string, TestClient>();

  beforeAll(async () => {
    // The walk asks for every path at once: the depth and cost limits (tested elsewhere) would refuse it.
    Object.assign(LIMITS, { depth: 40, cost: 1e9, aliases: 1000 });
    f = await createFixture();
    moves = await plantMoves(f);
    const schema = await f.api.anonymous.query<{ __schema: { queryType: { name: string }; types: FullType[] } }>(INTROSPECT);
    types = new Map(schema.data!.__schema.types.map((t) => [t.name, t]));
    roots = types.get(schema.data!.__schema.queryType.name)!.fields!;
  });
  afterAll(() => closeFixture(f));

  async function roles(): Promise<Role[]> {
    const q = async (login: string) => (await f.t.pool.query(`SELECT u.area_id, a.path FROM app_user u JOIN admin_unit a ON a.id = u.unit_id WHERE login = $1`, [login])).rows[0];
    const path = async (login: string) => (await q(login)).path as string;
    return [
      { login: null, reach: { kind: "none" }, audit: null },
      { login: "ctv", reach: { kind: "area", areaId: (await q("ctv")).area_id }, audit: null },
      { login: "xa", reach: { kind: "path", path: await path("xa") }, audit: await path("xa") },
      { login: "huyen", reach: { kind: "path", path: await path("huyen") }, audit: await path("huyen") },
      { login: "tinh", reach: { kind: "path", path: await path("tinh") }, audit: await path("tinh") },
      { login: "trunguong", reach: { kind: "path", path: "VN" }, audit: "VN" },
      { login: "pheduyet", reach: { kind: "none" }, audit: null },
      { login: "danhsach", reach: { kind: "none" }, audit: null, lists: await path("danhsach") },
      // Administrators read areas (no people) to place collaborators' accounts (area.read).
      { login: "quantri", reach: { kind: "none" }, audit: await path("quantri"), areas: await path("quantri") },
    ];
  }

  /** Values to try for each required argument, by name: codes and ids of both provinces. */
  function candidates(arg: Arg): unknown[] {
    const n = named(arg.type).name;
    const u = f.units;
    const byName: Record<string, unknown[]> = {
      unitCode: [u.commune, u.district, u.province, u.otherProvince, "30", moves.pendingOrigin],
      code: [moves.outsideHouseholdCode, f.people.ownArea.householdCode, "ELDERLY"],
      id: moves.ids.map(String),
    };
    const known = byName[arg.name];
    if (known) return known;
    if (arg.defaultValue !== null) return [undefined];
    if (n === "String") return arg.name === "period" ? ["2026"] : arg.name === "month" ? ["2026-M06"] : arg.name === "form" ? ["BM01"] : arg.name === "indicator" ? ["CBR"] : ["x"];
    if (n === "Int") return [1];
    return [];
  }

  function* calls(field: Field): Generator<Record<string, unknown>> {
    const needed = field.args.filter((a) => required(a.type));
    const combos = needed.reduce<(readonly [string, unknown])[][]>((acc, a) => acc.flatMap((c) => candidates(a).map((v) => [...c, [a.name, v] as const])), [[]]);
    // Codes are read on a date: today's tree, and the day before the reorganisation.
    const dated = field.args.some((a) => a.name === "date");
    for (const combo of combos) {
      yield Object.fromEntries(combo);
      if (dated) yield { ...Object.fromEntries(combo), date: "2025-06-30" };
    }
  }

  /** Where each guarded object lives, read from the database: its unit now and, across the
   * reorganisation, the units of its history (a household's old commune, or the successor
   * it is attributed to if it ended before; a person's own spells in their household). */
  async function places(kind: string, ids: string[]): Promise<Map<string, { paths: string[]; areas: (number | null)[] }>> {
    const household = (h: string) => `ARRAY[(SELECT path FROM admin_unit WHERE id = ${h}.unit_id)] || ARRAY(SELECT hu.path FROM household_readdress x
      JOIN admin_unit hu ON hu.id = CASE WHEN x.lived_through THEN x.from_unit_id ELSE x.to_unit_id END WHERE x.household_id = ${h}.id)`;
    const person = (p: string, h: string) => `${household(h)} || ARRAY(SELECT su.path FROM residence s JOIN admin_unit su ON su.id = s.unit_id
      WHERE s.person_id = ${p}.id AND s.household_id = ${h}.id)`;
    const sql: Record<string, string | undefined> = {
      Person: `SELECT p.id::text, ${person("p", "h")} AS paths, ARRAY[h.area_id] AS areas FROM person p JOIN household h ON h.id = p.household_id WHERE p.id::text = ANY($1)`,
      ListedPerson: `SELECT p.id::text, ${person("p", "h")} AS paths, ARRAY[]::int[] AS areas FROM person p JOIN household h ON h.id = p.household_id WHERE p.id::text = ANY($1)`,
      Household: `SELECT h.id::text, ${household("h")} AS paths, ARRAY[h.area_id] AS areas FROM household h WHERE h.id::text = ANY($1)`,
      ChangeEvent: `SELECT e.id::text, ARRAY[u.path, hu.path] AS paths, ARRAY[h.area_id] AS areas FROM change_event e JOIN admin_unit u ON u.id = e.unit_id
        LEFT JOIN household h ON h.id = e.household_id LEFT JOIN admin_unit hu ON hu.id = h.unit_id WHERE e.id::text = ANY($1)`,
      ResidenceSpell: `SELECT r.id::text, ${household("h")} || ${person("p", "ph")} AS paths, ARRAY[h.area_id, ph.area_id] AS areas FROM residence r
        JOIN household h ON h.id = r.household_id JOIN person p ON p.id = r.person_id JOIN household ph ON ph.id = p.household_id WHERE r.id::text = ANY($1)`,
      Area: `SELECT a.id::text, ARRAY[u.path] AS paths, ARRAY[a.id] AS areas FROM area a JOIN admin_unit u ON u.id = a.unit_id WHERE a.id::text = ANY($1)`,
      AuditEntry: `SELECT id::text, ARRAY[coalesce(unit_path, '')] AS paths, ARRAY[NULL::int] AS areas FROM audit_log WHERE id::text = ANY($1)`,
    };
    const { rows } = await f.t.pool.query<{ id: string; paths: string[]; areas: (number | null)[] }>(sql[kind]!, [ids]);
    return new Map(rows.map((r) => [r.id, { paths: r.paths, areas: r.areas }]));
  }

  /** A unit and the units that went wholly into it, through every reorganisation. */
  const reaches = new Map<string, string[]>();
  async function reachOf(path: string): Promise<string[]> {
    if (reaches.has(path)) return reaches.get(path)!;
    const { rows } = await f.t.pool.query<{ path: string }>(`WITH RECURSIVE up AS (
        SELECT id FROM admin_unit WHERE path = $1
        UNION SELECT s.predecessor_id FROM unit_succession s JOIN up ON s.successor_id = up.id WHERE s.kind = 'FULL')
      SELECT u.path FROM up JOIN admin_unit u ON u.id = up.id`, [path]);
    reaches.set(path, rows.map((r) => r.path));
    return reaches.get(path)!;
  }

  function collect(value: unknown, out: Map<string, Set<string>>) {
    if (Array.isArray(value)) return value.forEach((v) => collect(v, out));
    if (!value || typeof value !== "object") return;
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === "string" && typeof o.id === "string") (out.get(o.__typename) ?? out.set(o.__typename, new Set()).get(o.__typename)!).add(o.id);
    Object.values(o).forEach((v) => collect(v, out));
  }

  const within = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

  it("never shows a person, household, event, spell, area or audit row outside the caller's scope", async () => {
    const seen = new Map<string, Map<string, Set<string>>>();
    const forbiddenErrors = new Map<string, number>();
    for (const role of await roles()) {
      const client = role.login ? (clients.get(role.login) ?? clients.set(role.login, await f.api.as(role.login)).get(role.login)!) : f.api.anonymous;
      const found = new Map<string, Set<string>>();
      const key = role.login ?? "anonymous";
      for (const root of roots) {
        const target = types.get(named(root.type).name!)!;
        if (target.kind !== "OBJECT") continue;
        const body = selection(types, target.name, DEPTH);
        for (const args of calls(root)) {
          const defined = Object.entries(args).filter(([, v]) => v !== undefined);
          const decl = defined.map(([k]) => `$${k}: ${printType(root.args.find((a) => a.name === k)!.type)}`).join(", ");
          const use = defined.map(([k]) => `${k}: $${k}`).join(", ");
          const first = root.args.some((a) => a.name === "first") ? "first: 3" : "";
          const argList = [use, first].filter(Boolean).join(", ");
          const text = `query${decl ? `(${decl})` : ""} { ${root.name}${argList ? `(${argList})` : ""} { ${body} } }`;
          const r = await client.query(text, Object.fromEntries(defined));
          expect(r.status, `${key} ${root.name}: ${JSON.stringify(r.errors?.[0])}`).toBeLessThan(500);
          expect(r.errors?.filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR") ?? [], `${key} ${root.name}`).toEqual([]);
          forbiddenErrors.set(key, (forbiddenErrors.get(key) ?? 0) + (r.errors?.filter((e) => e.extensions?.code === "FORBIDDEN").length ?? 0));
          collect(r.data, found);
        }
      }
      seen.set(key, found);
      for (const [kind, ids] of found) {
        if (!["Person", "ListedPerson", "Household", "ChangeEvent", "ResidenceSpell", "Area", "AuditEntry"].includes(kind)) continue;
        const homes = await places(kind, [...ids]);
        for (const id of ids) {
          const home = homes.get(id)!;
          const only = (path: string | null | undefined): Reach => (path ? { kind: "path", path } : { kind: "none" });
          const reach = kind === "AuditEntry" ? only(role.audit) : kind === "ListedPerson" ? only(role.lists) : kind === "Area" && role.areas ? only(role.areas) : role.reach;
          const roots = reach.kind === "path" ? await reachOf(reach.path) : [];
          const ok = reach.kind === "path" ? home.paths.some((p) => roots.some((root) => within(p, root))) : reach.kind === "area" ? home.areas.includes(reach.areaId) : false;
          expect(ok, `${key} was shown ${kind} ${id} of ${home.paths.join(" / ")}`).toBe(true);
        }
      }
    }
    // The walk reached personal data where it should, and was refused where it should.
    for (const login of ["ctv", "xa", "huyen", "tinh", "trunguong"]) {
      for (const kind of ["Person", "Household", "ChangeEvent", "ResidenceSpell"]) expect(seen.get(login)!.get(kind)?.size ?? 0, `${login} ${kind}`).toBeGreaterThan(0);
    }
    for (const login of ["xa", "huyen", "tinh"]) expect(forbiddenErrors.get(login), login).toBeGreaterThan(0);
    expect(seen.get("anonymous")!.get("Person")).toBeUndefined();
    expect(seen.get("danhsach")!.get("ListedPerson")?.size ?? 0).toBeGreaterThan(0);
    for (const login of ["ctv", "xa", "huyen", "tinh", "trunguong", "quantri"]) expect(seen.get(login)!.get("ListedPerson"), login).toBeUndefined();
    expect(seen.get("quantri")!.get("Person")).toBeUndefined();
    expect(seen.get("quantri")!.get("AuditEntry")?.size ?? 0).toBeGreaterThan(0);
    // The commune sees its own event of the person who left for the other province, never them.
    expect(seen.get("xa")!.get("ChangeEvent")?.has(moves.toOther.moveOutEventId)).toBe(true);
    expect(seen.get("xa")!.get("Person")?.has(String(moves.toOther.personId))).toBe(false);
    expect(seen.get("trunguong")!.get("Person")?.has(String(moves.toOther.personId))).toBe(true);
  }, 600_000);
});

function printType(t: TypeRef): string {
  if (t.kind === "NON_NULL") return `${printType(t.ofType!)}!`;
  if (t.kind === "LIST") return `[${printType(t.ofType!)}]`;
  return t.name!;
}
