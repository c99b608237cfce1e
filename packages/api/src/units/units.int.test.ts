// The two administrative trees through the API: a code is read on a date and the answer
// says which tree it used; a unit names the units it was formed from and those it went into.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { startTestApi, type TestApi } from "../testing/index.js";

let t: TestDatabase;
let api: TestApi;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApi(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

interface Link { kind: string; effectiveOn: string; share: number | null; unit: { code: string; name: string; level: number; tree: { id: string } } }
interface Unit { code: string; name: string; level: number; validTo: string | null; tree: { id: string; name: string }; parent: { name: string } | null; predecessors: Link[]; successors: Link[] }
const UNIT = `query ($c: String!, $d: Date) { unit(code: $c, date: $d) { code name level validTo tree { id name } parent { name }
  predecessors { kind effectiveOn share unit { code name level tree { id } } } successors { kind effectiveOn share unit { code name level tree { id } } } } }`;
const unit = async (code: string, date?: string) => (await api.anonymous.query<{ unit: Unit | null }>(UNIT, { c: code, d: date })).data!.unit;
const count = async (level: number, date?: string) =>
  (await api.anonymous.query<{ units: { totalCount: number } }>(`query ($l: Int, $d: Date) { units(level: $l, date: $d) { totalCount } }`, { l: level, d: date })).data!.units.totalCount;

describe("units across the reorganisation of 1 July 2025", () => {
  it("count 34 provinces and no districts today, 63 provinces and 696 districts the day before", async () => {
    expect(await count(1)).toBe(34);
    expect(await count(2)).toBe(0);
    expect(await count(1, "2025-06-30")).toBe(63);
    expect(await count(2, "2025-06-30")).toBe(696);
    expect(await count(3)).toBe(3321);
  });

  it("read a code in the tree of the date, and say which tree", async () => {
    const now = await unit("10507");
    expect(now).toMatchObject({ name: "Phường Thành Đông", level: 3, validTo: null, tree: { id: "2025-07" }, parent: { name: "Thành phố Hải Phòng" } });
    const before = await unit("10507", "2025-06-30");
    expect(before).toMatchObject({ name: "Phường Cẩm Thượng", level: 3, validTo: "2025-07-01", tree: { id: "2025-03" }, parent: { name: "Thành phố Hải Dương" } });
    expect(await unit("30")).toBeNull(); // Hải Dương is part of Hải Phòng since 1 July 2025
    expect(await unit("30", "2025-06-30")).toMatchObject({ name: "Tỉnh Hải Dương", tree: { id: "2025-03" } });
  });

  it("name a new ward's predecessors and an old ward's successor", async () => {
    const now = (await unit("10507"))!;
    expect(now.predecessors.length).toBeGreaterThan(1);
    expect(now.predecessors.map((l) => l.unit.name)).toContain("Phường Cẩm Thượng");
    for (const l of now.predecessors) expect(l).toMatchObject({ effectiveOn: "2025-07-01", unit: { tree: { id: "2025-03" } } });
    expect(now.successors).toEqual([]);
    const before = (await unit("10507", "2025-06-30"))!;
    expect(before.successors).toEqual([expect.objectContaining({ kind: "FULL", share: null, unit: expect.objectContaining({ name: "Phường Thành Đông" }) })]);
  });

  it("give a merged province its old provinces, whole, and a divided commune its successors with shares", async () => {
    const city = (await unit("31"))!;
    // The old provinces, and their districts (each went wholly into the new province).
    expect(city.predecessors.filter((l) => l.unit.level === 1).map((l) => [l.unit.name, l.kind]).sort()).toEqual([["Thành phố Hải Phòng", "FULL"], ["Tỉnh Hải Dương", "FULL"]]);
    expect(city.predecessors.filter((l) => l.unit.level === 2).map((l) => l.unit.name)).toContain("Thành phố Hải Dương");
    // A commune divided among several successors (reorg-2025-07.json, dividedOldCommunes).
    const { rows } = await t.pool.query(`SELECT u.code FROM admin_unit u JOIN unit_succession s ON s.predecessor_id = u.id
      WHERE s.kind = 'PARTIAL' GROUP BY u.code HAVING count(*) > 1 ORDER BY u.code LIMIT 1`);
    const divided = (await unit(rows[0].code, "2025-06-30"))!;
    expect(divided.successors.length).toBeGreaterThan(1);
    expect(divided.successors.every((l) => l.kind === "PARTIAL" && l.unit.tree.id === "2025-07")).toBe(true);
    expect(divided.successors.reduce((s, l) => s + l.share!, 0)).toBeCloseTo(1, 6);
  });

  it("list a former district's communes as on its last day", async () => {
    const r = await api.anonymous.query<{ unit: { children: { totalCount: number; edges: { node: { name: string; tree: { id: string } } }[] } } }>(
      `{ unit(code: "288", date: "2025-06-30") { children(first: 50) { totalCount edges { node { name tree { id } } } } } }`);
    const children = r.data!.unit.children;
    expect(children.totalCount).toBeGreaterThan(10);
    expect(children.edges.map((e) => e.node.name)).toContain("Phường Cẩm Thượng");
    expect(children.edges.every((e) => e.node.tree.id === "2025-03")).toBe(true);
  });
});
