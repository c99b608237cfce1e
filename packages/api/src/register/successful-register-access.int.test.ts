// What each role may read of the register, inside its scope (and that it is audited).
// The expectations are written out here, not derived from the policy module. Since 1 July
// 2025 the province and commune officers are on the new tree; the district officer stays on
// the abolished district and reads its history only (what was there before that day).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const PERSON = `query ($id: ID!) { person(id: $id) {
  id fullName cccd household { code members { id } } residences { validFrom validTo startReason endReason unit { code path } } } }`;
const PERSONS = `query ($unit: String!, $date: Date) { persons(unitCode: $unit, date: $date, first: 500) { totalCount edges { node { id cccd } } } }`;
const HOUSEHOLDS = `query ($unit: String!) { households(unitCode: $unit, first: 500) { totalCount edges { node { id area { id } } } } }`;
/** The last day of the tree before the reorganisation of 1 July 2025. */
const BEFORE = "2025-06-30";

type Who = "ownArea" | "otherArea" | "neighbour" | "otherDistrict" | "otherProvince";
const READS: Record<string, Who[]> = {
  trunguong: ["ownArea", "otherArea", "neighbour", "otherDistrict", "otherProvince"],
  tinh: ["ownArea", "otherArea", "neighbour", "otherDistrict"],
  // The old district's history: people re-addressed from its communes on 1 July 2025 (not
  // otherArea, whose household was founded after that day).
  huyen: ["ownArea", "neighbour"],
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
      JOIN admin_unit u ON u.id = r.unit_id WHERE u.code = $1 AND u.valid_to IS NULL AND p.cccd IS NOT NULL ORDER BY p.id LIMIT 1`, [f.units.commune]);
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

  it("shows the district officer a person who lived through the re-addressing, with both spells", async () => {
    const huyen = await f.api.as("huyen");
    type Spell = { validFrom: string; validTo: string | null; startReason: string; endReason: string | null; unit: { code: string; path: string } };
    const r = await huyen.query<{ person: { residences: Spell[] } }>(PERSON, { id: String(f.people.ownArea.personId) });
    expect(r.errors).toBeUndefined();
    const spells = r.data!.person.residences;
    // The same household and commune code, in two trees: closed in the old district's
    // commune on 1 July 2025, reopened that day in the commune of the new province.
    expect(spells).toContainEqual(expect.objectContaining({
      validTo: "2025-07-01", endReason: "REORGANISATION", unit: { code: f.units.commune, path: `VN.30.${f.units.district}.${f.units.commune}` } }));
    expect(spells).toContainEqual(expect.objectContaining({
      validFrom: "2025-07-01", validTo: null, startReason: "REORGANISATION", unit: { code: f.units.commune, path: `VN.T2025.${f.units.province}.${f.units.commune}` } }));
  });

  it("lists the persons of the old district for the district officer on a day before the reorganisation, the same number as lived there", async () => {
    const huyen = await f.api.as("huyen");
    const r = await huyen.query<{ persons: { totalCount: number } }>(PERSONS, { unit: f.units.district, date: BEFORE });
    expect(r.errors).toBeUndefined();
    const { rows } = await f.t.pool.query(`SELECT count(DISTINCT r.person_id)::int AS n
        FROM residence r JOIN person p ON p.id = r.person_id JOIN admin_unit u ON u.id = r.unit_id
       WHERE r.valid_from <= $2 AND (r.valid_to IS NULL OR r.valid_to > $2) AND (p.death_date IS NULL OR p.death_date > $2)
         AND u.path LIKE (SELECT path FROM admin_unit WHERE code = $1 AND level = 2 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)) || '.%'`,
      [f.units.district, BEFORE]);
    expect(rows[0].n).toBeGreaterThan(0);
    expect(r.data!.persons.totalCount).toBe(rows[0].n);
    const audit = await f.t.pool.query(`SELECT details, unit_path FROM audit_log WHERE action = 'person.list' AND login = 'huyen' ORDER BY id DESC LIMIT 1`);
    expect(audit.rows[0]).toMatchObject({ details: { unitCode: f.units.district }, unit_path: `VN.30.${f.units.district}` });

    // A commune code of the old district names, before that day, the old commune: its people
    // are the district's history too.
    const commune = await huyen.query<{ persons: { totalCount: number } }>(PERSONS, { unit: f.units.commune, date: BEFORE });
    expect(commune.errors).toBeUndefined();
    expect(commune.data!.persons.totalCount).toBeGreaterThan(0);
    expect(commune.data!.persons.totalCount).toBeLessThan(r.data!.persons.totalCount);
  });

  it("shows where a household went on 1 July 2025 and by which rule, also for a divided commune", async () => {
    const Q = `query ($c: String!) { household(code: $c) { readdresses { effectiveOn rule livedThrough from { path } to { path } } } }`;
    type R = { household: { readdresses: { effectiveOn: string; rule: string; livedThrough: boolean; from: { path: string }; to: { path: string } }[] } };
    const xa = await f.api.as("xa");
    const own = (await xa.query<R>(Q, { c: f.people.ownArea.householdCode })).data!.household;
    expect(own.readdresses).toEqual([{ effectiveOn: "2025-07-01", rule: "SOLE_SUCCESSOR", livedThrough: true,
      from: { path: `VN.30.${f.units.district}.${f.units.commune}` }, to: { path: `VN.T2025.${f.units.province}.${f.units.commune}` } }]);
    // A household of a divided commune, given to one of its successors by their shares.
    const { rows: [divided] } = await f.t.pool.query(`SELECT h.code, f.path AS from, t.path AS to FROM household_readdress x JOIN household h ON h.id = x.household_id
      JOIN admin_unit f ON f.id = x.from_unit_id JOIN admin_unit t ON t.id = x.to_unit_id WHERE x.rule = 'SHARE' AND x.lived_through AND t.path LIKE 'VN.T2025.31.%' ORDER BY h.id LIMIT 1`);
    const shared = (await (await f.api.as("tinh")).query<R>(Q, { c: divided.code })).data!.household;
    expect(shared.readdresses).toEqual([{ effectiveOn: "2025-07-01", rule: "SHARE", livedThrough: true, from: { path: divided.from }, to: { path: divided.to } }]);
  });

  it("lists a province's earlier provinces for the officer of the merged province", async () => {
    // Hải Dương (30) and the old Hải Phòng (31) went wholly into the new Hải Phòng (31).
    const tinh = await f.api.as("tinh");
    const old = await tinh.query<{ persons: { totalCount: number } }>(PERSONS, { unit: "30", date: BEFORE });
    expect(old.errors).toBeUndefined();
    expect(old.data!.persons.totalCount).toBeGreaterThan(0);
  });

  it("gives the district officer its old district's change events of a quarter before the reorganisation", async () => {
    const huyen = await f.api.as("huyen");
    const r = await huyen.query<{ changeEvents: { totalCount: number; edges: { node: { unit: { path: string } } }[] } }>(
      `query ($u: String!) { changeEvents(unitCode: $u, period: "2025-Q2", first: 100) { totalCount edges { node { unit { path } } } } }`, { u: f.units.district });
    expect(r.errors).toBeUndefined();
    const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM change_event e JOIN admin_unit u ON u.id = e.unit_id
      WHERE u.path LIKE $1 || '.%' AND e.occurred_on BETWEEN '2025-04-01' AND '2025-06-30'`, [`VN.30.${f.units.district}`]);
    expect(rows[0].n).toBeGreaterThan(0);
    expect(r.data!.changeEvents.totalCount).toBe(rows[0].n);
    for (const e of r.data!.changeEvents.edges) expect(e.node.unit.path.startsWith(`VN.30.${f.units.district}.`)).toBe(true);
  });

  it("lets officers read their unit's audit trail", async () => {
    const AUDIT = `query ($u: String!, $date: Date) { auditLog(unitCode: $u, date: $date, first: 100) { totalCount edges { node { action login } } } }`;
    type Audit = { auditLog: { totalCount: number; edges: { node: { action: string; login: string } }[] } };
    const [tinh, huyen] = [await f.api.as("tinh"), await f.api.as("huyen")];
    await (await f.api.as("xa")).query(PERSON, { id: String(f.people.ownArea.personId) });
    await huyen.query(PERSONS, { unit: f.units.district, date: BEFORE });
    // The province officer sees the views in the communes of the new province.
    const province = await tinh.query<Audit>(AUDIT, { u: f.units.province });
    expect(province.errors).toBeUndefined();
    expect(province.data!.auditLog.edges.some((e) => e.node.action === "person.view" && e.node.login === "xa")).toBe(true);
    // The district officer reads the trail of the old district (its own lists of it), not
    // the views in the new communes.
    const district = await huyen.query<Audit>(AUDIT, { u: f.units.district, date: BEFORE });
    expect(district.errors).toBeUndefined();
    expect(district.data!.auditLog.edges.some((e) => e.node.action === "person.list" && e.node.login === "huyen")).toBe(true);
    expect(district.data!.auditLog.edges.some((e) => e.node.login === "xa")).toBe(false);
  });
});
