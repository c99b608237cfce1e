// A name search over a province: with or without diacritics, the page at once and the
// count exact up to SEARCH_COUNT_CAP (a lower bound, said so, beyond it). The province is
// today's (the new Hải Phòng, VN.T2025.31): its code also names the old province 31.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";
import { SEARCH_COUNT_CAP } from "./queries.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const SEARCH = `query ($u: String!, $s: String!, $d: Date) { persons(unitCode: $u, date: $d, filter: { search: $s }, first: 5) { totalCount totalCountIsExact edges { node { fullName } } } }`;
type Result = { persons: { totalCount: number; totalCountIsExact: boolean; edges: { node: { fullName: string } }[] } };

describe("a name search", () => {
  it("finds the same people with or without diacritics, and counts them exactly below the cap", async () => {
    const tinh = await f.api.as("tinh");
    const search = async (s: string) => (await tinh.query<Result>(SEARCH, { u: f.units.province, s })).data!.persons;
    const [marked, plain] = [await search("Nguyễn"), await search("nguyen")];
    const { rows } = await f.t.pool.query(`
      SELECT count(*)::int AS n FROM person p JOIN admin_unit u ON u.id = (SELECT unit_id FROM residence r WHERE r.person_id = p.id AND r.valid_to IS NULL)
       WHERE p.death_date IS NULL AND p.search_name LIKE '%nguyen%'
         AND u.path LIKE (SELECT path FROM admin_unit WHERE code = $1 AND level = 1 AND valid_to IS NULL) || '.%'`, [f.units.province]);
    expect(rows[0].n).toBeGreaterThan(5);
    expect(rows[0].n).toBeLessThanOrEqual(SEARCH_COUNT_CAP);
    expect(marked).toEqual(plain);
    expect(marked).toMatchObject({ totalCount: rows[0].n, totalCountIsExact: true });
    expect(marked.edges).toHaveLength(5);
    for (const e of marked.edges) expect(e.node.fullName).toMatch(/Nguyễn/);

    // The same code on 30 June 2025 is the old Hải Phòng alone, before Hải Dương joined it.
    const old = (await tinh.query<Result>(SEARCH, { u: f.units.province, s: "nguyen", d: "2025-06-30" })).data!.persons;
    expect(old.totalCount).toBeGreaterThan(0);
    expect(old.totalCount).toBeLessThan(marked.totalCount);
  });
});

describe("a search narrowed to an area", () => {
  it("finds only the people living in that area of the commune, and refuses an area outside the unit", async () => {
    const xa = await f.api.as("xa");
    const AREA = `query ($u: String!, $a: String!) { persons(unitCode: $u, areaCode: $a, first: 500) { totalCount edges { node { household { area { code } } } } } }`;
    const area = f.people.ownArea.householdCode.split("-").slice(0, 2).join("-");
    const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM residence r JOIN household h ON h.id = r.household_id JOIN area a ON a.id = h.area_id
      JOIN person p ON p.id = r.person_id WHERE r.valid_to IS NULL AND p.death_date IS NULL AND a.code = $1`, [area]);
    const r = await xa.query<{ persons: { totalCount: number; edges: { node: { household: { area: { code: string } } } }[] } }>(AREA, { u: f.units.commune, a: area });
    expect(r.errors).toBeUndefined();
    expect(rows[0].n).toBeGreaterThan(0);
    expect(r.data!.persons.totalCount).toBe(rows[0].n);
    expect(new Set(r.data!.persons.edges.map((e) => e.node.household.area.code))).toEqual(new Set([area]));
    const elsewhere = await xa.query(AREA, { u: f.units.neighbour, a: area });
    expect(elsewhere.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});
