// The probes that found leaks, as an outsider would run them, each now refused: area codes
// of other provinces, following move events, recording an arrival of anyone, CCCD numbers
// in event lists, unaudited reads, errors that tell facts about people elsewhere, someone
// else's idempotency key, verifying one's own line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@danso/db";
import { closeFixture, createFixture, TODAY, type Fixture } from "../testing/fixture.js";
import type { TestClient } from "../testing/index.js";
import { key, RECORD, SUBMIT, VERIFY } from "../testing/workflow.js";
import { plantMoves, type PlantedMoves } from "./testing-moves.js";

let f: Fixture;
let moves: PlantedMoves;
let xa: TestClient, ctv: TestClient, huyen: TestClient;

beforeAll(async () => {
  f = await createFixture();
  moves = await plantMoves(f);
  [xa, ctv, huyen] = await Promise.all([f.api.as("xa"), f.api.as("ctv"), f.api.as("huyen")]);
});
afterAll(() => closeFixture(f));

const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const audits = async (action: string, since: number) =>
  (await f.t.pool.query(`SELECT unit_path, details FROM audit_log WHERE action = $1 AND id > $2 ORDER BY id`, [action, since])).rows;
/** The n-th living person of 60 or more in the collaborator's area. */
const elder = async (n: number) => String((await f.t.pool.query(`SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
  WHERE p.death_date IS NULL AND p.birth_date <= '1966-11-25' AND h.area_id = (SELECT area_id FROM app_user WHERE login = 'ctv')
  AND EXISTS (SELECT 1 FROM residence r WHERE r.person_id = p.id AND r.valid_to IS NULL) ORDER BY p.id OFFSET $1 LIMIT 1`, [n])).rows[0].id);
const lastAudit = async () => Number((await f.t.pool.query(`SELECT coalesce(max(id), 0) AS id FROM audit_log`)).rows[0].id);

describe("reading outside one's scope", () => {
  it("answers an area code of another province like an unknown one, with no households", async () => {
    const area = (await f.t.pool.query(`SELECT a.code FROM area a JOIN admin_unit u ON u.id = a.unit_id WHERE u.path LIKE 'VN.T2025.12.%' LIMIT 1`)).rows[0].code;
    const r = await xa.query<{ households: unknown }>(`query ($u: String!, $a: String) { households(unitCode: $u, areaCode: $a) { totalCount edges { node { id } } } }`, { u: f.units.commune, a: area });
    expect(codes(r)).toEqual(["NOT_FOUND"]);
    expect(r.data).toBeNull();
  });

  it("shows a commune's move-out line but not the person who now lives in another province", async () => {
    const r = await xa.query<{ changeEvent: { type: string; person: unknown; household: { id: string } } }>(
      `query ($id: ID!) { changeEvent(id: $id) { type person { id fullName household { members { id } } } household { id } } }`, { id: moves.toOther.moveOutEventId });
    expect(r.data!.changeEvent).toMatchObject({ type: "MOVE_OUT", person: null, household: { id: String(f.people.ownArea.householdId) } });
    expect(r.errors?.map((e) => [e.extensions?.code, e.path?.join(".")])).toEqual([["FORBIDDEN", "changeEvent.person"]]);
  });

  it("lets the officer of a former district follow move events only to people who stayed in its history", async () => {
    // The district was abolished on 1 July 2025: its code is read on a day it existed.
    const r = await huyen.query<{ changeEvents: { edges: { node: { person: { household: { id: string } } | null } }[] } }>(
      `query ($u: String!) { changeEvents(unitCode: $u, date: "2025-06-30", type: MOVE_OUT, first: 200) { edges { node { person { household { id } } } } } }`, { u: f.units.district });
    const seen = r.data!.changeEvents.edges.map((e) => e.node.person?.household.id).filter(Boolean);
    expect(seen.length).toBeGreaterThan(0);
    // Each person followed lives in a household of the district's history: one that was in
    // the district or was re-addressed from it.
    const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM household h WHERE h.id = ANY($1::int[]) AND NOT EXISTS (
      SELECT 1 FROM admin_unit u WHERE u.path LIKE 'VN.30.' || $2 || '.%' AND (u.id = h.unit_id
        OR u.id IN (SELECT x.from_unit_id FROM household_readdress x WHERE x.household_id = h.id)))`, [seen.map(Number), f.units.district]);
    expect(rows[0].n).toBe(0);
    expect(codes(r)).toContain("FORBIDDEN");
    // Today the district does not exist.
    const now = await huyen.query(`query ($u: String!) { changeEvents(unitCode: $u) { totalCount } }`, { u: f.units.district });
    expect(codes(now)).toEqual(["NOT_FOUND"]);
  });

  it("audits every personal record read, nested ones included, under the unit of the data", async () => {
    const since = await lastAudit();
    await xa.query(`query ($u: String!) { changeEvents(unitCode: $u, first: 5) { edges { node { id person { id } household { id } } } } pendingArrivals(unitCode: $u) { fullName } }`, { u: f.units.commune });
    const rows = await audits("data.read", since);
    const communePath = (await f.t.pool.query(`SELECT path FROM admin_unit WHERE code = $1 AND valid_to IS NULL`, [f.units.commune])).rows[0].path;
    expect(rows.map((r) => r.unit_path)).toEqual([communePath]);
    expect(rows[0].details.ChangeEvent.count).toBe(5);
    expect(rows[0].details.Person.count).toBeGreaterThan(0);
  });

  it("shows a pending arrival only by what confirms the match, the record stays the origin's", async () => {
    const r = await xa.query<{ pendingArrivals: { personId: string; fullName: string; cccd: string | null; person: unknown }[] }>(
      `query ($u: String!) { pendingArrivals(unitCode: $u) { personId fullName cccd person { id } } }`, { u: f.units.commune });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    const arrival = r.data.pendingArrivals.find((a) => a.personId === String(moves.pending.personId))!;
    expect(arrival.person).toBeNull();
    expect(arrival.cccd === null || /^\d{3}\*{7}\d{2}$/.test(arrival.cccd)).toBe(true);
    expect(codes(r)).toContain("FORBIDDEN");
  });
});

describe("recording lines about people elsewhere", () => {
  const outsider = () => f.people.otherProvince;

  it("answers an id of another province exactly like an id that does not exist, whatever the line", async () => {
    const asked = async (personId: string) => xa.query(RECORD, { input: { idempotencyKey: key(), type: "DEATH", occurredOn: "2099-01-01", personId, payload: {} } });
    const elsewhere = await asked(String(outsider().personId));
    const unknown = await asked("99999999");
    expect(codes(elsewhere)).toEqual(["NOT_FOUND"]);
    expect(elsewhere.errors![0]!.message.replace(String(outsider().personId), "N")).toBe(unknown.errors![0]!.message.replace("99999999", "N"));
    expect(elsewhere.errors![0]!.extensions).not.toHaveProperty("fieldErrors");
  });

  it("answers the register's forms alike for an unknown person and one of another province", async () => {
    const person = { fullName: "Vũ Văn Nam", sex: "MALE", birthDate: "2000-01-01", ethnicity: "01", education: "UPPER_SECONDARY", maritalStatus: "NEVER_MARRIED", relationToHead: "OTHER" };
    const create = (motherId: string) => xa.query(`mutation ($h: ID!, $p: PersonInput!) { createPerson(householdId: $h, person: $p) { person { id } } }`,
      { h: String(f.people.otherArea.householdId), p: { ...person, motherId } });
    const update = (id: string) => xa.query(`mutation ($id: ID!) { updatePerson(id: $id, version: 1, base: {}, changes: { fullName: "X" }) { person { id } } }`, { id });
    const pairs = [[await create(String(outsider().personId)), await create("99999999")], [await update(String(outsider().personId)), await update("99999999")]] as const;
    for (const [elsewhere, unknown] of pairs) {
      expect(codes(elsewhere)).toEqual(["NOT_FOUND"]);
      expect(elsewhere.errors![0]!.message.replace(String(outsider().personId), "N")).toBe(unknown.errors![0]!.message.replace("99999999", "N"));
    }
  });

  it("names an arriving person by identity, and cannot end their residence elsewhere alone", async () => {
    const { rows: [p] } = await f.t.pool.query(`SELECT id, cccd, full_name FROM person WHERE id = $1`, [outsider().personId]);
    const line = { type: "MOVE_IN", occurredOn: TODAY, personId: String(p.id), householdId: String(f.people.otherArea.householdId), payload: {} };
    // By id alone: refused like an unknown person.
    expect(codes(await xa.query(RECORD, { input: { ...line, idempotencyKey: key() } }))).toEqual(["NOT_FOUND"]);
    // Matching by identity shows only what confirms the match.
    const identity = p.cccd ? { cccd: p.cccd } : { fullName: p.full_name, birthDate: (await f.t.pool.query(`SELECT birth_date::text AS d FROM person WHERE id = $1`, [p.id])).rows[0].d };
    const m = await xa.query<{ arrivalMatches: { personId: string; cccd: string | null; origin: { code: string } }[] }>(
      `query ($u: String!, $i: ArrivalIdentityInput!) { arrivalMatches(unitCode: $u, identity: $i) { personId cccd origin { code } } }`, { u: f.units.commune, i: identity });
    expect(m.data!.arrivalMatches).toContainEqual({ personId: String(p.id), cccd: p.cccd ? `${p.cccd.slice(0, 3)}*******${p.cccd.slice(-2)}` : null, origin: { code: f.units.otherProvince } });
    expect((await audits("person.arrivalMatch", 0)).length).toBeGreaterThan(0);

    const r = await xa.query<{ recordChangeEvent: { changeEvent: { id: string; person: unknown } } }>(
      `mutation ($input: ChangeEventInput!) { recordChangeEvent(input: $input) { changeEvent { id person { id cccd } } } }`, { input: { ...line, idempotencyKey: key(), arrivalIdentity: identity } });
    expect(r.data!.recordChangeEvent.changeEvent.person).toBeNull();
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    const id = r.data!.recordChangeEvent.changeEvent.id;
    expect(codes(await xa.query(SUBMIT, { ids: [id] }))).toEqual([]);
    const v = await xa.query(VERIFY, { id });
    expect(codes(v)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(v.errors)).toMatch(/Xã nơi đi chưa xác nhận/);
    // The origin has the departure in its queue; the residence there is still open.
    const { rows } = await f.t.pool.query(`SELECT e.status, u.code FROM change_event e JOIN admin_unit u ON u.id = e.unit_id WHERE e.person_id = $1 AND e.type = 'MOVE_OUT' AND e.occurred_on = $2`, [p.id, TODAY]);
    expect(rows).toEqual([{ status: "SUBMITTED", code: f.units.otherProvince }]);
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM residence WHERE person_id = $1 AND valid_to IS NULL`, [p.id])).rows[0].n).toBe(1);
  });

  it("refuses someone else's idempotency key without telling anything about their line", async () => {
    const shared = key();
    const first = await ctv.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, { input: { idempotencyKey: shared, type: "ELDERLY_CHECKUP", occurredOn: TODAY, personId: await elder(0), payload: {} } });
    expect(first.errors).toBeUndefined();
    const other = await xa.query(RECORD, { input: { idempotencyKey: shared, type: "ELDERLY_CHECKUP", occurredOn: TODAY, personId: await elder(1), payload: {} } });
    expect(codes(other)).toEqual(["CONFLICT"]);
    expect(JSON.stringify(other.errors)).not.toContain(first.data!.recordChangeEvent.changeEvent.id);
  });
});

describe("personal data in lines", () => {
  it("shows the CCCD of a waiting line masked, and keeps it only in the person record once verified", async () => {
    const { rows: [mother] } = await f.t.pool.query(`SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
      WHERE h.area_id = (SELECT area_id FROM app_user WHERE login = 'ctv') AND p.sex = 'FEMALE' AND p.birth_date BETWEEN '1990-01-01' AND '2004-01-01' AND p.death_date IS NULL LIMIT 1`);
    const cccd = "030226004321";
    const r = await ctv.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, { input: {
      idempotencyKey: key(), type: "BIRTH", occurredOn: TODAY, payload: { motherId: mother.id, fullName: "Nguyễn Thị An", sex: "FEMALE", ethnicity: "01", cccd } } });
    expect(r.errors).toBeUndefined();
    const id = r.data!.recordChangeEvent.changeEvent.id;
    const listed = await xa.query<{ changeEvent: { payload: { cccd: string } } }>(`query ($id: ID!) { changeEvent(id: $id) { payload } }`, { id });
    expect(listed.data!.changeEvent.payload.cccd).toBe("030*******21");
    await ctv.query(SUBMIT, { ids: [id] });
    expect(codes(await xa.query(VERIFY, { id }))).toEqual([]);
    const stored = (await f.t.pool.query(`SELECT payload::text AS p, person_id FROM change_event WHERE id = $1`, [id])).rows[0];
    expect(stored.p).not.toContain(cccd);
    expect((await f.t.pool.query(`SELECT cccd FROM person WHERE id = $1`, [stored.person_id])).rows[0].cccd).toBe(cccd);
  });
});

describe("separation of duties", () => {
  it("lets nobody verify their own line where the commune has another officer; a sole officer's is flagged", async () => {
    const line = async (client: TestClient) => {
      const r = await client.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, { input: { idempotencyKey: key(), type: "ELDERLY_CHECKUP", occurredOn: TODAY, personId: await elder(2), payload: {} } });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      const id = r.data!.recordChangeEvent.changeEvent.id;
      await client.query(SUBMIT, { ids: [id] });
      return id;
    };
    const since = await lastAudit();
    const alone = await line(xa);
    expect(codes(await xa.query(VERIFY, { id: alone }))).toEqual([]);
    expect((await audits("changeEvent.verifyOwnLine", since)).map((r) => r.details)).toEqual([{ soleOfficer: true }]);

    await f.t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id) SELECT 'xa-b', $1, 'Đỗ Thị Lan', 'COMMUNE_OFFICER', unit_id FROM app_user WHERE login = 'xa'`, [await hashPassword("khong-dung")]);
    const own = await line(xa);
    const refused = await xa.query(VERIFY, { id: own });
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors![0]!.message).toMatch(/không tự xác nhận/);
    expect(codes(await (await f.api.as("xa-b")).query(VERIFY, { id: own }))).toEqual([]);
  });
});
