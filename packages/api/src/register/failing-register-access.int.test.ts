// What each role may NOT read: FORBIDDEN (or UNAUTHENTICATED), and no data at all.
// The expectations are written out here, not derived from the policy module.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const PERSON = `query ($id: ID!) { person(id: $id) { id fullName birthDate cccd } }`;
type Who = "ownArea" | "otherArea" | "neighbour" | "otherDistrict" | "otherProvince";
const REFUSED: Record<string, Who[]> = {
  tinh: ["otherProvince"],
  huyen: ["otherDistrict", "otherProvince"],
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

  it("refuses a commune officer the lists of a neighbouring commune and of the district", async () => {
    const xa = await f.api.as("xa");
    expectRefused(await xa.query(`{ persons(unitCode: "${f.units.neighbour}") { edges { node { fullName } } } }`), "FORBIDDEN");
    expectRefused(await xa.query(`{ households(unitCode: "${f.units.district}") { edges { node { address } } } }`), "FORBIDDEN");
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
    expectRefused(await tinh.query(`{ persons(unitCode: "31") { edges { node { fullName } } } }`), "FORBIDDEN");
    for (const login of ["ctv", "danhsach", "pheduyet"]) {
      const client = await f.api.as(login);
      expectRefused(await client.query(`{ auditLog(unitCode: "${f.units.commune}") { edges { node { action } } } }`), "FORBIDDEN");
    }
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
