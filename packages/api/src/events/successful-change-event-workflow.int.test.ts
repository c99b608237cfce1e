// The change-event workflow over HTTP, as the issue describes it: a collaborator records a
// birth, submits it, the commune officer verifies it, and the child is in the register and
// in the commune's stock; a rejected line changes nothing; a move between two communes of
// the province (which has no districts since 1 July 2025) leaves the province total
// unchanged; a resent line is recorded once; a stale edit is refused with what changed, who
// and when. Every step's audit line is asserted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";
import { addSecondCommuneOfficer, key, RECORD, recordSubmitVerify, REJECT, stock, SUBMIT, VERIFY } from "../testing/workflow.js";

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
  await addSecondCommuneOfficer(f);
}, 300_000);
afterAll(() => closeFixture(f));

const ON = "2026-11-20";
const audit = (action: string, entityId: string) =>
  f.t.pool.query(`SELECT login, unit_path, details, ip FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id`, [action, entityId]).then((r) => r.rows);

describe("the change-event workflow", () => {
  it("takes a birth from the collaborator's slip to the register and the commune's stock", async () => {
    const [ctv, xa] = [await f.api.as("ctv"), await f.api.as("xa")];
    const mother = (await f.t.pool.query(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN household h ON h.id = r.household_id WHERE h.area_id = (SELECT area_id FROM app_user WHERE login = 'ctv')
       AND p.sex = 'FEMALE' AND p.birth_date BETWEEN '1986-01-01' AND '2004-01-01'
       AND EXISTS (SELECT 1 FROM household_readdress x WHERE x.household_id = h.id AND x.lived_through) ORDER BY p.id LIMIT 1`)).rows[0];
    const before = await stock(xa, f.units.commune);

    const recorded = await ctv.query<{ recordChangeEvent: { created: boolean; changeEvent: { id: string; status: string; unit: { code: string } } } }>(RECORD, {
      input: { type: "BIRTH", occurredOn: ON, idempotencyKey: key(), payload: { motherId: mother.id, fullName: "Trần Thị Khánh An", sex: "FEMALE", placeOfDelivery: "HEALTH_FACILITY" } },
    });
    expect(recorded.errors).toBeUndefined();
    const event = recorded.data!.recordChangeEvent.changeEvent;
    expect(event).toMatchObject({ status: "DRAFT", unit: { code: f.units.commune } });
    expect(await stock(xa, f.units.commune)).toBe(before); // a draft changes nothing

    expect((await ctv.query<{ submitChangeEvents: { status: string }[] }>(SUBMIT, { ids: [event.id] })).data!.submitChangeEvents[0]!.status).toBe("SUBMITTED");
    const verified = await xa.query<{ verifyChangeEvent: { changeEvent: { status: string; verifiedBy: { login: string } } } }>(VERIFY, { id: event.id });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyChangeEvent.changeEvent).toMatchObject({ status: "VERIFIED", verifiedBy: { login: "xa" } });

    expect(await stock(xa, f.units.commune)).toBe(before + 1);
    const child = await xa.query<{ persons: { edges: { node: { id: string; birthDate: string; mother: { id: string } | null; household: { members: { id: string }[] } } }[] } }>(
      `{ persons(unitCode: "${f.units.commune}", filter: { search: "tran thi khanh an" }) { edges { node { id birthDate mother { id } household { members { id } } } } } }`);
    expect(child.data!.persons.edges).toHaveLength(1);
    expect(child.data!.persons.edges[0]!.node).toMatchObject({ birthDate: ON, mother: { id: String(mother.id) } });
    // Born after the reorganisation: no part of the abolished district's history, though the
    // household and the mother were there before (the district officer reads them).
    const OPEN = `query ($id: ID!) { person(id: $id) { id } }`;
    const huyen = await f.api.as("huyen");
    expect((await huyen.query(OPEN, { id: String(mother.id) })).errors).toBeUndefined();
    expect((await huyen.query(OPEN, { id: child.data!.persons.edges[0]!.node.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await (await f.api.as("tinh")).query(OPEN, { id: child.data!.persons.edges[0]!.node.id })).errors).toBeUndefined();

    for (const [action, login] of [["changeEvent.record", "ctv"], ["changeEvent.submit", "ctv"], ["changeEvent.verify", "xa"]] as const) {
      const rows = await audit(action, event.id);
      expect(rows, action).toHaveLength(1);
      expect(rows[0]).toMatchObject({ login, ip: "127.0.0.1" });
      expect(rows[0].unit_path).toMatch(new RegExp(`\\.${f.units.commune}$`));
    }
  });

  it("changes nothing when the commune officer rejects a line, and keeps the reason", async () => {
    const [ctv, xa] = [await f.api.as("ctv"), await f.api.as("xa")];
    const person = f.people.ownArea;
    const before = await stock(xa, f.units.commune);
    const r = await ctv.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, { input: { type: "DEATH", occurredOn: ON, personId: String(person.personId), idempotencyKey: key(), payload: {} } });
    const id = r.data!.recordChangeEvent.changeEvent.id;
    await ctv.query(SUBMIT, { ids: [id] });
    const rejected = await xa.query<{ rejectChangeEvent: { status: string; rejectionReason: string } }>(REJECT, { id, reason: "Ghi nhầm người: bà vẫn còn sống" });
    const who = await xa.query<{ changeEvent: { submittedBy: { login: string }; rejectedBy: { login: string }; verifiedBy: null } }>(
      `query ($id: ID!) { changeEvent(id: $id) { submittedBy { login } rejectedBy { login } verifiedBy { login } } }`, { id });
    expect(who.data!.changeEvent).toEqual({ submittedBy: { login: "ctv" }, rejectedBy: { login: "xa" }, verifiedBy: null });
    expect(rejected.data!.rejectChangeEvent).toMatchObject({ status: "REJECTED", rejectionReason: "Ghi nhầm người: bà vẫn còn sống" });
    expect(await stock(xa, f.units.commune)).toBe(before);
    expect((await f.t.pool.query(`SELECT death_date FROM person WHERE id = $1`, [person.personId])).rows[0].death_date).toBeNull();
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM residence WHERE person_id = $1 AND valid_to IS NULL`, [person.personId])).rows[0].n).toBe(1);
    expect((await audit("changeEvent.reject", id))[0]).toMatchObject({ login: "xa", details: { reason: "Ghi nhầm người: bà vẫn còn sống" } });
  });

  it("moves a person between two communes of the province: each commune changes by one, the province by zero", async () => {
    const [xa, xa2, tinh, huyen] = [await f.api.as("xa"), await f.api.as("xa2"), await f.api.as("tinh"), await f.api.as("huyen")];
    const mover = f.people.otherArea; // lives in xa's commune, heads a one-person household
    // No district level since 1 July 2025: both communes are children of the province itself.
    const parents = (await f.t.pool.query(`SELECT DISTINCT p.code, p.level FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.code = ANY($1) AND c.valid_to IS NULL`, [[f.units.commune, f.units.otherDistrict]])).rows;
    expect(parents).toEqual([{ code: f.units.province, level: 1 }]);
    const destination = (await f.t.pool.query(`SELECT h.id FROM household h JOIN admin_unit u ON u.id = h.unit_id
      WHERE u.code = $1 AND u.valid_to IS NULL AND h.status = 'ACTIVE' ORDER BY h.id LIMIT 1`, [f.units.otherDistrict])).rows[0];
    const BEFORE = "2025-06-30";
    const before = {
      province: await stock(tinh, f.units.province), from: await stock(xa, f.units.commune), to: await stock(xa2, f.units.otherDistrict),
      oldDistrict: await stock(huyen, f.units.district, BEFORE),
    };

    await recordSubmitVerify(xa, xa, { type: "MOVE_OUT", occurredOn: ON, personId: String(mover.personId), payload: { destinationUnitCode: f.units.otherDistrict } });
    const arrivals = await xa2.query<{ pendingArrivals: { personId: string; origin: { code: string }; movedOn: string }[] }>(
      `{ pendingArrivals(unitCode: "${f.units.otherDistrict}") { personId origin { code } movedOn } }`);
    expect(arrivals.data!.pendingArrivals).toContainEqual({ personId: String(mover.personId), origin: { code: f.units.commune }, movedOn: ON });
    await recordSubmitVerify(xa2, xa2, { type: "MOVE_IN", occurredOn: ON, personId: String(mover.personId), householdId: String(destination.id), payload: {} });

    expect(await stock(tinh, f.units.province)).toBe(before.province);
    expect(await stock(xa, f.units.commune)).toBe(before.from - 1);
    expect(await stock(xa2, f.units.otherDistrict)).toBe(before.to + 1);
    expect(await stock(tinh, f.units.otherDistrict)).toBe(before.to + 1);
    // The old district's past is not rewritten by a move of today.
    expect(await stock(huyen, f.units.district, BEFORE)).toBe(before.oldDistrict);
    const spells = (await f.t.pool.query(`SELECT valid_from, valid_to, end_reason, start_reason FROM residence WHERE person_id = $1 ORDER BY valid_from, id`, [mover.personId])).rows;
    expect(spells.at(-2)).toMatchObject({ end_reason: "MOVE_OUT" });
    expect(spells.at(-1)).toMatchObject({ start_reason: "MOVE_IN", valid_to: null });
    expect(spells.at(-2).valid_to).toEqual(spells.at(-1).valid_from);
  });

  it("records a line sent twice with the same idempotency key once", async () => {
    const ctv = await f.api.as("ctv");
    const elder = (await f.t.pool.query(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN household h ON h.id = r.household_id WHERE h.area_id = (SELECT area_id FROM app_user WHERE login = 'ctv')
       AND p.birth_date < '1960-01-01' ORDER BY p.id LIMIT 1`)).rows[0];
    const input = { type: "ELDERLY_CHECKUP", occurredOn: ON, personId: String(elder.id), idempotencyKey: key(), payload: {} };
    const first = await ctv.query<{ recordChangeEvent: { created: boolean; changeEvent: { id: string } } }>(RECORD, { input });
    expect(first.errors).toBeUndefined();
    const again = await ctv.query<{ recordChangeEvent: { created: boolean; changeEvent: { id: string } } }>(RECORD, { input });
    expect(first.data!.recordChangeEvent.created).toBe(true);
    expect(again.data!.recordChangeEvent).toEqual({ ...first.data!.recordChangeEvent, created: false });
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM change_event WHERE idempotency_key = $1`, [input.idempotencyKey])).rows[0].n).toBe(1);
    expect(await audit("changeEvent.record", first.data!.recordChangeEvent.changeEvent.id)).toHaveLength(1);
  });

  it("refuses an edit based on an old version, saying what changed, who changed it and when", async () => {
    const [ctv, xa] = [await f.api.as("ctv"), await f.api.as("xa")];
    const HOUSEHOLD = `query ($c: String!) { household(code: $c) { id version address } }`;
    const UPDATE = `mutation ($id: ID!, $v: Int!, $base: HouseholdFieldsInput!, $changes: HouseholdFieldsInput!) {
      updateHousehold(id: $id, version: $v, base: $base, changes: $changes) { household { version address } } }`;
    const read = (await xa.query<{ household: { id: string; version: number; address: string } }>(HOUSEHOLD, { c: f.people.ownArea.householdCode })).data!.household;

    const first = await ctv.query<{ updateHousehold: { household: { version: number; address: string } } }>(UPDATE, {
      id: read.id, v: read.version, base: { address: read.address }, changes: { address: "Số 12, ngõ 4, Tổ dân phố 1" } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateHousehold.household).toEqual({ version: read.version + 1, address: "Số 12, ngõ 4, Tổ dân phố 1" });

    const stale = await xa.query(UPDATE, { id: read.id, v: read.version, base: { address: read.address }, changes: { address: "Số 14, ngõ 4" } });
    const error = stale.errors?.[0];
    expect(error?.extensions?.code).toBe("CONFLICT");
    expect(error?.message).toMatch(/Nguyễn Thị Huệ/);
    expect(error?.extensions?.details).toMatchObject({ kind: "VERSION", changedFields: ["address"], changedBy: { fullName: "Nguyễn Thị Huệ" } });
    expect(Date.parse(String((error?.extensions?.details as { changedAt: string }).changedAt))).toBeGreaterThan(Date.now() - 60_000);
    const now = (await xa.query<{ household: { address: string } }>(HOUSEHOLD, { c: f.people.ownArea.householdCode })).data!.household;
    expect(now.address).toBe("Số 12, ngõ 4, Tổ dân phố 1"); // nothing overwritten
    const lines = await f.t.pool.query(`SELECT login FROM audit_log WHERE action = 'household.update' AND entity_id = $1`, [read.id]);
    expect(lines.rows).toEqual([{ login: "ctv" }]);
  });
});
