// What each role may NOT read: FORBIDDEN (or UNAUTHENTICATED), and no data at all.
// The expectations are written out here, not derived from the policy module. The district
// officer stays on the district abolished on 1 July 2025: it reads only its history, so
// nothing founded after that day and no unit of the new tree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

/** The last day of the tree before the reorganisation of 1 July 2025. */
const BEFORE = "2025-06-30";
const PERSON = `query ($id: ID!) { person(id: $id) { id fullName birthDate cccd } }`;
type Who = "ownArea" | "otherArea" | "neighbour" | "otherDistrict" | "otherProvince";
const REFUSED: Record<string, Who[]> = {
  tinh: ["otherProvince"],
  // otherArea's household was founded in the old district's territory after 1 July 2025.
  huyen: ["otherArea", "otherDistrict", "otherProvince"],
  xa: ["neighbour", "otherDistrict", "otherProvince"],
  ctv: ["otherArea", "neighbour", "otherDistrict", "otherProvince"],
  // Roles without access to personal records, even inside their unit.
  danhsach: ["ownArea", "otherDistrict"],
  pheduyet: ["ownArea"],
  congbo: ["ownArea"],
  quantri: ["ownArea", "otherProvince"],
};

function expectRefused(r: { status: number; data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] }, code: string) {
  expect(r.status).toBe(200); // a field error after execution, per GraphQL over HTTP
  expect(r.errors?.[0]?.extensions?.code).toBe(code);
  expect(JSON.stringify(r.data ?? {})).not.toMatch(/fullName|birthDate|edges/);
}

describe("reading the register outside one's scope", () => {
  for (const [login, whos] of Object.entries(REFUSED)) {
    for (const who of whos) {
      it(`${login} is refused the record of a person (${who})`, async () => {
        const client = await f.api.as(login);
        const r = await client.query(PERSON, { id: String(f.people[who].personId) });
        expectRefused(r, "FORBIDDEN");
        expect(r.errors?.[0]?.message).toMatch(/không có quyền/);
      });
    }
  }

  it("refuses an anonymous caller any person, any list", async () => {
    expectRefused(await f.api.anonymous.query(PERSON, { id: String(f.people.ownArea.personId) }), "UNAUTHENTICATED");
    expectRefused(await f.api.anonymous.query(`{ persons(unitCode: "${f.units.commune}") { edges { node { fullName } } } }`), "UNAUTHENTICATED");
    expectRefused(await f.api.anonymous.query(`{ households(unitCode: "${f.units.commune}") { edges { node { address } } } }`), "UNAUTHENTICATED");
  });

  it("refuses a commune officer the lists of a neighbouring commune, of the old district and of the province", async () => {
    const xa = await f.api.as("xa");
    expectRefused(await xa.query(`{ persons(unitCode: "${f.units.neighbour}") { edges { node { fullName } } } }`), "FORBIDDEN");
    expectRefused(await xa.query(`{ households(unitCode: "${f.units.district}", date: "${BEFORE}") { edges { node { address } } } }`), "FORBIDDEN");
    expectRefused(await xa.query(`{ households(unitCode: "${f.units.province}") { edges { node { address } } } }`), "FORBIDDEN");
    expectRefused(await xa.query(`{ changeEvents(unitCode: "${f.units.neighbour}") { edges { node { payload } } } }`), "FORBIDDEN");
  });

  it("refuses a collaborator a household outside their area, and the lists of a neighbouring commune", async () => {
    const ctv = await f.api.as("ctv");
    expectRefused(await ctv.query(`query ($c: String!) { household(code: $c) { address } }`, { c: f.people.otherArea.householdCode }), "FORBIDDEN");
    expectRefused(await ctv.query(`query ($c: String!) { household(code: $c) { address } }`, { c: f.people.neighbour.householdCode }), "FORBIDDEN");
    expectRefused(await ctv.query(`{ persons(unitCode: "${f.units.neighbour}") { edges { node { fullName } } } }`), "FORBIDDEN");
  });

  it("refuses a province officer another province, and collaborators and exporters the audit trail", async () => {
    const tinh = await f.api.as("tinh");
    const other = (await f.t.pool.query(`SELECT p.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.code = $1 AND c.valid_to IS NULL`, [f.units.otherProvince])).rows[0].code as string;
    expect(other).not.toBe(f.units.province);
    expectRefused(await tinh.query(`{ persons(unitCode: "${other}") { edges { node { fullName } } } }`), "FORBIDDEN");
    // Nor that province before the reorganisation: it went into no unit of tinh's.
    expectRefused(await tinh.query(`{ persons(unitCode: "${other}", date: "${BEFORE}") { edges { node { fullName } } } }`), "FORBIDDEN");
    for (const login of ["ctv", "danhsach", "pheduyet"]) {
      const client = await f.api.as(login);
      expectRefused(await client.query(`{ auditLog(unitCode: "${f.units.commune}") { edges { node { action } } } }`), "FORBIDDEN");
    }
  });

  it("refuses the district officer its abolished district after 30 June 2025, and the units of the new tree", async () => {
    const huyen = await f.api.as("huyen");
    // No district 288 exists today, nor on the day of the reorganisation.
    for (const date of [null, "2025-07-01"]) {
      const r = await huyen.query(`query ($d: Date) { persons(unitCode: "${f.units.district}", date: $d) { edges { node { fullName } } } }`, { d: date });
      expectRefused(r, "NOT_FOUND");
      expect(r.errors?.[0]?.message).toMatch(new RegExp(`"${f.units.district}"`));
    }
    // The commune of the same code in today's tree, and the new province, are not its own.
    expectRefused(await huyen.query(`{ persons(unitCode: "${f.units.commune}") { edges { node { fullName } } } }`), "FORBIDDEN");
    expectRefused(await huyen.query(`{ households(unitCode: "${f.units.province}") { edges { node { address } } } }`), "FORBIDDEN");
    expectRefused(await huyen.query(`{ changeEvents(unitCode: "${f.units.commune}") { edges { node { payload } } } }`), "FORBIDDEN");
    expectRefused(await huyen.query(`{ auditLog(unitCode: "${f.units.commune}") { edges { node { action } } } }`), "FORBIDDEN");
    // A household founded after the reorganisation, in a commune that took over one of its own.
    expectRefused(await huyen.query(`query ($c: String!) { household(code: $c) { address } }`, { c: f.people.otherArea.householdCode }), "FORBIDDEN");
  });

  it("writes no view to the audit trail when the record is refused", async () => {
    const before = (await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.view'`)).rows[0].n;
    const xa = await f.api.as("xa");
    await xa.query(PERSON, { id: String(f.people.otherProvince.personId) });
    const after = (await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.view'`)).rows[0].n;
    expect(after).toBe(before);
  });

  it("refuses a forged or foreign session cookie as anonymous", async () => {
    const r = await f.api.anonymous.fetch({
      headers: { "content-type": "application/json", cookie: "next-auth.session-token=forged" },
      body: JSON.stringify({ query: `{ me { login } }` }),
    });
    expect(((await r.json()) as { data: { me: unknown } }).data.me).toBeNull();
  });
});
