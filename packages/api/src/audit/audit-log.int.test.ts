// Reading the audit trail: an officer reads the lines of their units only, newest first,
// narrowed by who, which record, which kind of action and which days; a bad filter is
// refused with a Vietnamese message per field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInVietnam } from "@danso/domain";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
let province: string;
beforeAll(async () => {
  f = await createFixture();
  province = (await f.t.pool.query(`SELECT p.code FROM admin_unit p JOIN admin_unit c ON c.parent_id = p.id WHERE c.code = $1 AND c.valid_to IS NULL`, [f.units.commune])).rows[0].code;
  // The lines the tests read: xa opens a person of their commune and lists the commune,
  // trunguong opens a person of another province.
  const xa = await f.api.as("xa");
  await xa.query(`query ($id: ID!) { person(id: $id) { id household { id members { id } } } }`, { id: String(f.people.ownArea.personId) });
  await xa.query(`query ($u: String!) { persons(unitCode: $u, first: 5) { totalCount } }`, { u: f.units.commune });
  const centre = await f.api.as("trunguong");
  await centre.query(`query ($id: ID!) { person(id: $id) { id } }`, { id: String(f.people.otherProvince.personId) });
}, 300_000);
afterAll(() => closeFixture(f));

type Line = { id: string; action: string; kind: string; login: string | null; entityType: string; entityId: string | null; unitPath: string | null; at: string; unitName: string | null };
type Log = { auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Line }[] } };
const LOG = `query ($u: String!, $filter: AuditFilter, $first: Int, $after: String) {
  auditLog(unitCode: $u, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id action kind login entityType entityId unitPath unitName at } } } }`;
const lines = (r: { data?: Log | null }) => r.data!.auditLog.edges.map((e) => e.node);

describe("the audit trail, inside the viewer's units", () => {
  it("shows the commune officer their commune's lines, newest first, each with its kind and unit", async () => {
    const r = await (await f.api.as("xa")).query<Log>(LOG, { u: f.units.commune, first: 100 });
    expect(r.errors).toBeUndefined();
    const rows = lines(r);
    const commune = rows.find((l) => l.action === "person.view")!;
    expect(commune).toMatchObject({ kind: "VIEW", login: "xa", entityType: "Person", entityId: String(f.people.ownArea.personId), });
    expect(commune.unitName).toBe((await f.t.pool.query(`SELECT name FROM admin_unit WHERE code = $1 AND valid_to IS NULL`, [f.units.commune])).rows[0].name);
    expect(rows.find((l) => l.action === "person.list")).toMatchObject({ kind: "LIST" });
    const ids = rows.map((l) => BigInt(l.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    // Nothing of another province, though trunguong's line was written as well.
    expect(rows.every((l) => l.unitPath!.includes(`.${f.units.commune}`))).toBe(true);
    expect(rows.some((l) => l.login === "trunguong")).toBe(false);
  });

  it("refuses another unit's lines to an officer, with or without a filter", async () => {
    const xa = await f.api.as("xa");
    for (const u of [f.units.otherProvince, f.units.neighbour, province]) {
      for (const filter of [null, { login: "trunguong" }]) {
        const r = await xa.query<Log>(LOG, { u, filter });
        expect(r.errors?.[0]?.extensions?.code, `${u} ${JSON.stringify(filter)}`).toBe("FORBIDDEN");
        expect(r.data).toBeNull();
      }
    }
    // The province officer reads their province, never the other one.
    const tinh = await f.api.as("tinh");
    expect((await tinh.query<Log>(LOG, { u: province })).errors).toBeUndefined();
    expect((await tinh.query<Log>(LOG, { u: f.units.otherProvince })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Anonymous callers read nothing.
    expect((await f.api.anonymous.query<Log>(LOG, { u: f.units.commune })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("narrows by user, by kind, by record (nested reads included) and by day", async () => {
    const centre = await f.api.as("trunguong");
    const all = lines(await centre.query<Log>(LOG, { u: "VN", first: 500 }));
    expect(new Set(all.map((l) => l.login))).toEqual(new Set(["xa", "trunguong"]));

    const byUser = lines(await centre.query<Log>(LOG, { u: "VN", filter: { login: " TrungUong " }, first: 500 }));
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((l) => l.login === "trunguong")).toBe(true);

    const listed = lines(await centre.query<Log>(LOG, { u: "VN", filter: { kinds: ["LIST"] }, first: 500 }));
    expect(listed.map((l) => l.action)).toEqual(["person.list"]);
    expect(lines(await centre.query<Log>(LOG, { u: "VN", filter: { kinds: ["EXPORT"] } }))).toEqual([]);
    const changes = lines(await centre.query<Log>(LOG, { u: "VN", filter: { kinds: ["CHANGE"] }, first: 500 }));
    expect(changes.every((l) => l.kind === "CHANGE")).toBe(true);
    const views = lines(await centre.query<Log>(LOG, { u: "VN", filter: { kinds: ["VIEW"], actions: ["person.view"] }, first: 500 }));
    expect(views.map((l) => l.login).sort()).toEqual(["trunguong", "xa"]);

    // The household's page served the person's housemates nested: their data.read line counts.
    const member = (await f.t.pool.query(`SELECT person_id FROM residence WHERE household_id = $1 AND valid_to IS NULL AND person_id <> $2 LIMIT 1`,
      [f.people.ownArea.householdId, f.people.ownArea.personId])).rows[0]?.person_id;
    const opened = lines(await centre.query<Log>(LOG, { u: "VN", filter: { entityType: "Person", entityId: String(f.people.ownArea.personId) }, first: 500 }));
    expect(opened.map((l) => l.action).sort()).toEqual(["data.read", "person.view"]);
    if (member) {
      const nested = lines(await centre.query<Log>(LOG, { u: "VN", filter: { entityType: "Person", entityId: String(member) } }));
      expect(nested.map((l) => l.action)).toEqual(["data.read"]);
    }

    const today = todayInVietnam();
    const total = (filter: Record<string, unknown>) => centre.query<Log>(LOG, { u: "VN", filter }).then((r) => r.data!.auditLog.totalCount);
    expect(await total({ from: today, to: today })).toBe(all.length);
    expect(await total({ to: addDays(today, -1) })).toBe(0);
    expect(await total({ from: addDays(today, 1) })).toBe(0);
    expect(await total({ login: "xa", kinds: ["VIEW"], from: today })).toBe(all.filter((l) => l.login === "xa" && l.kind === "VIEW").length);
  });

  it("pages the filtered lines without repeating one", async () => {
    const centre = await f.api.as("trunguong");
    const first = await centre.query<Log>(LOG, { u: "VN", filter: { login: "xa" }, first: 2 });
    const rest = await centre.query<Log>(LOG, { u: "VN", filter: { login: "xa" }, first: 500, after: first.data!.auditLog.pageInfo.endCursor });
    const ids = [...lines(first), ...lines(rest)].map((l) => l.id);
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(new Set(ids).size).toBe(first.data!.auditLog.totalCount);
  });

  it("refuses a bad filter in Vietnamese, field by field", async () => {
    const centre = await f.api.as("trunguong");
    const cases: [Record<string, unknown>, string][] = [
      [{ from: "2026-05-02", to: "2026-05-01" }, "to"],
      [{ entityId: "12" }, "entityType"],
      [{ entityType: "Người" }, "entityType"],
      [{ login: "x".repeat(41) }, "login"],
      [{ actions: ["person.view; drop"] }, "actions"],
    ];
    for (const [filter, field] of cases) {
      const r = await centre.query<Log>(LOG, { u: "VN", filter });
      expect(r.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
      expect(r.errors![0]!.message).toMatch(/^Bộ lọc nhật ký chưa hợp lệ/);
      expect(Object.keys(r.errors![0]!.extensions!.fieldErrors as object)).toContain(field);
    }
    // A kind outside the four is refused by the schema itself.
    expect((await centre.query<Log>(LOG, { u: "VN", filter: { kinds: ["DELETE"] } })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
