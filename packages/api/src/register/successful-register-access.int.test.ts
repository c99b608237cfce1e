// What each role may read of the register, inside its scope (and that it is audited).
// The expectations are written out here, not derived from the policy module.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const PERSON = `query ($id: ID!) { person(id: $id) { id fullName cccd household { code members { id } } residences { validFrom unit { code } } } }`;
const PERSONS = `query ($unit: String!) { persons(unitCode: $unit, first: 500) { totalCount edges { node { id cccd } } } }`;
const HOUSEHOLDS = `query ($unit: String!) { households(unitCode: $unit, first: 500) { totalCount edges { node { id area { id } } } } }`;

type Who = "ownArea" | "otherArea" | "neighbour" | "otherDistrict" | "otherProvince";
const READS: Record<string, Who[]> = {
  trunguong: ["ownArea", "otherArea", "neighbour", "otherDistrict", "otherProvince"],
  tinh: ["ownArea", "otherArea", "neighbour", "otherDistrict"],
  huyen: ["ownArea", "otherArea", "neighbour"],
  xa: ["ownArea", "otherArea"],
  ctv: ["ownArea"],
};

describe("reading the register inside one's scope", () => {
  for (const [login, whos] of Object.entries(READS)) {
    for (const who of whos) {
      it(`${login} opens the record of a person (${who})`, async () => {
        const client = await f.api.as(login);
        const person = f.people[who];
        const r = await client.query<{ person: { id: string; household: { code: string } } }>(PERSON, { id: String(person.personId) });
        expect(r.errors).toBeUndefined();
        expect(r.status).toBe(200);
        expect(r.data?.person.id).toBe(String(person.personId));
        expect(r.data?.person.household.code).toBe(person.householdCode);
      });
    }
  }

  it("writes every opened record to the audit trail: who, which record, when, from where", async () => {
    const client = await f.api.as("xa");
    const target = f.people.ownArea;
    const before = new Date();
    await client.query(PERSON, { id: String(target.personId) });
    const { rows } = await f.t.pool.query(
      `SELECT a.action, a.entity_type, a.entity_id, a.login, a.ip, a.user_agent, a.unit_path, a.at
         FROM audit_log a WHERE a.action = 'person.view' AND a.login = 'xa' AND a.entity_id = $1 ORDER BY a.id DESC LIMIT 1`,
      [String(target.personId)]);
    expect(rows[0]).toMatchObject({ action: "person.view", entity_type: "Person", login: "xa", ip: "127.0.0.1", user_agent: "danso-tests" });
    expect(rows[0].unit_path).toMatch(new RegExp(`\\.${f.units.commune}$`));
    expect(new Date(rows[0].at).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("shows the full CCCD only in the opened record, masked in lists", async () => {
    const { rows } = await f.t.pool.query(`SELECT p.id, p.cccd FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN admin_unit u ON u.id = r.unit_id WHERE u.code = $1 AND p.cccd IS NOT NULL LIMIT 1`, [f.units.commune]);
    const client = await f.api.as("xa");
    const opened = await client.query<{ person: { cccd: string } }>(PERSON, { id: String(rows[0].id) });
    expect(opened.data?.person.cccd).toBe(rows[0].cccd);
    const list = await client.query<{ persons: { edges: { node: { id: string; cccd: string | null } }[] } }>(PERSONS, { unit: f.units.commune });
    const listed = list.data!.persons.edges.find((e) => e.node.id === String(rows[0].id))!;
    expect(listed.node.cccd).not.toBe(rows[0].cccd);
    expect(listed.node.cccd).toMatch(/^\d{3}\*+\d{2}$/);
  });

  it("gives a collaborator the households of their own area only, even when asking for the commune", async () => {
    const ctv = await f.api.as("ctv");
    const xa = await f.api.as("xa");
    const mine = await ctv.query<{ households: { totalCount: number; edges: { node: { area: { id: string } } }[] } }>(HOUSEHOLDS, { unit: f.units.commune });
    const all = await xa.query<{ households: { totalCount: number } }>(HOUSEHOLDS, { unit: f.units.commune });
    const { rows } = await f.t.pool.query(`SELECT area_id FROM app_user WHERE login = 'ctv'`);
    expect(mine.data!.households.totalCount).toBeGreaterThan(0);
    expect(mine.data!.households.totalCount).toBeLessThan(all.data!.households.totalCount);
    expect(new Set(mine.data!.households.edges.map((e) => e.node.area.id))).toEqual(new Set([String(rows[0].area_id)]));
  });

  it("shows a commune's areas (with collaborators' names) to its officers, a collaborator only their own", async () => {
    const AREAS = `query ($c: String!) { unit(code: $c) { areas { code collaboratorName } } }`;
    type Areas = { unit: { areas: { code: string }[] } };
    const all = (await (await f.api.as("xa")).query<Areas>(AREAS, { c: f.units.commune })).data!.unit.areas.map((a) => a.code);
    expect(all).toContain(`${f.units.commune}-99`);
    const own = (await (await f.api.as("ctv")).query<Areas>(AREAS, { c: f.units.commune })).data!.unit.areas;
    expect(own).toHaveLength(1);
    expect(all).toContain(own[0]!.code);
    expect((await f.api.anonymous.query<Areas>(AREAS, { c: f.units.commune })).data!.unit.areas).toEqual([]);
  });

  it("lists the persons of a district for the district officer, the same number as living there", async () => {
    const huyen = await f.api.as("huyen");
    const r = await huyen.query<{ persons: { totalCount: number } }>(PERSONS, { unit: f.units.district });
    const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
      WHERE r.valid_to IS NULL AND u.path LIKE '%.' || $1 || '.%'`, [f.units.district]);
    expect(r.data!.persons.totalCount).toBe(rows[0].n);
    const audit = await f.t.pool.query(`SELECT details FROM audit_log WHERE action = 'person.list' AND login = 'huyen' ORDER BY id DESC LIMIT 1`);
    expect(audit.rows[0].details).toMatchObject({ unitCode: f.units.district });
  });

  it("lets officers read their unit's audit trail", async () => {
    const huyen = await f.api.as("huyen");
    const r = await huyen.query<{ auditLog: { totalCount: number; edges: { node: { action: string; login: string } }[] } }>(
      `query ($u: String!) { auditLog(unitCode: $u, first: 100) { totalCount edges { node { action login } } } }`, { u: f.units.district });
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditLog.edges.some((e) => e.node.action === "person.view" && e.node.login === "xa")).toBe(true);
  });
});
