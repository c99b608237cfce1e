// Planted moves between the fixture's two provinces of today (Hải Phòng and Lai Châu), for
// the authorization tests: a person of the collaborator's area who left for Lai Châu, a
// person of Lai Châu who came to the commune, and one announced by Lai Châu and not yet
// received here.
import type { Fixture } from "../testing/fixture.js";

export interface PlantedMove { personId: number; moveOutEventId: string; moveInEventId: string | null }
export interface PlantedMoves {
  toOther: PlantedMove;
  toHere: PlantedMove;
  pending: PlantedMove;
  /** The commune of Lai Châu the pending move comes from. */
  pendingOrigin: string;
  outsideHouseholdCode: string;
  /** Ids of every planted record and of the fixture's people and households. */
  ids: number[];
}

export async function plantMoves(f: Fixture): Promise<PlantedMoves> {
  const q = async (sql: string, params: unknown[] = []) => (await f.t.pool.query(sql, params)).rows;
  const unitOf = async (code: string) => (await q(`SELECT id FROM admin_unit WHERE code = $1 AND valid_to IS NULL`, [code]))[0].id as number;
  const here = await unitOf(f.units.commune);
  const other = await unitOf(f.units.otherProvince);
  const others = await q(`SELECT r.person_id, r.household_id, r.unit_id, u.code FROM residence r JOIN admin_unit u ON u.id = r.unit_id
    WHERE r.valid_to IS NULL AND r.valid_from < '2026-01-01' AND u.path LIKE 'VN.T2025.12.%' AND r.person_id <> $1 ORDER BY r.person_id DESC LIMIT 2`, [f.people.otherProvince.personId]);

  async function move(personId: number, fromHousehold: number, fromUnit: number, on: string, to: { unit: number; household: number | null }): Promise<PlantedMove> {
    await q(`UPDATE residence SET valid_to = $2, end_reason = 'MOVE_OUT', destination_unit_id = $3 WHERE person_id = $1 AND valid_to IS NULL`, [personId, on, to.unit]);
    const out = await q(`INSERT INTO change_event (type, status, occurred_on, unit_id, household_id, person_id, payload, verified_at)
      VALUES ('MOVE_OUT', 'VERIFIED', $1, $2, $3, $4, jsonb_build_object('destinationUnitId', $5::int), now()) RETURNING id::text`, [on, fromUnit, fromHousehold, personId, to.unit]);
    if (to.household === null) return { personId, moveOutEventId: out[0].id, moveInEventId: null };
    await q(`INSERT INTO residence (person_id, household_id, unit_id, valid_from, start_reason, origin_unit_id, sex, birth_date)
      SELECT id, $2, $3, $4, 'MOVE_IN', $5, sex, birth_date FROM person WHERE id = $1`, [personId, to.household, to.unit, on, fromUnit]);
    await q(`UPDATE person SET household_id = $2, relation_to_head = 'OTHER' WHERE id = $1`, [personId, to.household]);
    const into = await q(`INSERT INTO change_event (type, status, occurred_on, unit_id, household_id, person_id, payload, verified_at)
      VALUES ('MOVE_IN', 'VERIFIED', $1, $2, $3, $4, jsonb_build_object('originUnitId', $5::int), now()) RETURNING id::text`, [on, to.unit, to.household, personId, fromUnit]);
    return { personId, moveOutEventId: out[0].id, moveInEventId: into[0].id };
  }

  const own = f.people.ownArea;
  const toOther = await move(own.personId, own.householdId, here, "2026-06-01", { unit: other, household: f.people.otherProvince.householdId });
  const toHere = await move(others[0].person_id, others[0].household_id, others[0].unit_id, "2026-07-01", { unit: here, household: f.people.otherArea.householdId });
  const pending = await move(others[1].person_id, others[1].household_id, others[1].unit_id, "2026-10-01", { unit: here, household: null });
  const people = Object.values(f.people);
  const spells = await q(`SELECT id::int FROM residence WHERE person_id = ANY($1)`, [[toOther.personId, toHere.personId, pending.personId]]);
  return {
    toOther, toHere, pending,
    pendingOrigin: others[1].code,
    outsideHouseholdCode: f.people.otherProvince.householdCode,
    ids: [...new Set([
      ...people.flatMap((p) => [p.personId, p.householdId]), toHere.personId, pending.personId, others[1].household_id,
      ...[toOther, toHere, pending].flatMap((m) => [m.moveOutEventId, m.moveInEventId]).filter((x): x is string => x !== null).map(Number),
      ...spells.map((s) => s.id as number),
    ])],
  };
}
