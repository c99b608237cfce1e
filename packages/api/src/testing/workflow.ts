// Helpers for the change-event workflow tests: GraphQL documents and a second commune
// officer in another commune of the province, one that was outside the old district (the
// destination of moves).
import { hashPassword } from "@danso/db";
import type { Fixture } from "./fixture.js";
import type { TestClient } from "./index.js";

export const RECORD = `mutation ($input: ChangeEventInput!) {
  recordChangeEvent(input: $input) { created changeEvent { id status type unit { code } } warnings { code message } } }`;
export const SUBMIT = `mutation ($ids: [ID!]!) { submitChangeEvents(ids: $ids) { id status } }`;
export const VERIFY = `mutation ($id: ID!) { verifyChangeEvent(id: $id) { changeEvent { id status verifiedBy { login } } warnings { code } } }`;
export const REJECT = `mutation ($id: ID!, $reason: String!) { rejectChangeEvent(id: $id, reason: $reason) { id status rejectionReason } }`;
export const STOCK = `query ($unit: String!, $date: Date) { persons(unitCode: $unit, date: $date, first: 1) { totalCount } }`;

let keys = 0;
export const key = () => `test-${process.pid}-${Date.now()}-${++keys}`;

/** The people living in a unit on a date (default today), the code read in that day's tree. */
export async function stock(client: TestClient, unit: string, date?: string): Promise<number> {
  const r = await client.query<{ persons: { totalCount: number } }>(STOCK, { unit, date });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.persons.totalCount;
}

/** Records, submits and (as `verifier`) verifies a line; returns the verified event id. */
export async function recordSubmitVerify(recorder: TestClient, verifier: TestClient, input: Record<string, unknown>): Promise<string> {
  const r = await recorder.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, { input: { idempotencyKey: key(), ...input } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const id = r.data!.recordChangeEvent.changeEvent.id;
  const s = await recorder.query(SUBMIT, { ids: [id] });
  if (s.errors) throw new Error(JSON.stringify(s.errors));
  const v = await verifier.query(VERIFY, { id });
  if (v.errors) throw new Error(JSON.stringify(v.errors));
  return id;
}

/** A commune officer for the commune of `f.people.otherDistrict` in today's tree (login xa2). */
export async function addSecondCommuneOfficer(f: Fixture): Promise<void> {
  await f.t.pool.query(
    `INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
     VALUES ('xa2', $1, 'Phan Văn Đức', 'COMMUNE_OFFICER', (SELECT id FROM admin_unit WHERE code = $2 AND valid_to IS NULL))`,
    [await hashPassword("khong-dung"), f.units.otherDistrict],
  );
}

/** Row counts of the register and the audit trail, to prove a refused call wrote nothing. */
export async function fingerprint(f: Fixture): Promise<Record<string, number>> {
  const { rows } = await f.t.pool.query(`SELECT
    (SELECT count(*) FROM change_event)::int AS events, (SELECT count(*) FROM person)::int AS persons,
    (SELECT count(*) FROM residence)::int AS spells, (SELECT count(*) FROM household)::int AS households,
    (SELECT count(*) FROM marriage)::int AS marriages, (SELECT max(version) FROM household)::int AS hv,
    (SELECT count(*) FROM audit_log WHERE action NOT IN ('person.list', 'household.list', 'person.view', 'household.view'))::int AS audit`);
  return rows[0];
}
