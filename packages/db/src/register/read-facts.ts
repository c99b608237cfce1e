// Reads what the domain rules need about persons and households (see PersonFacts). In a
// verification the rows are locked first, so two officers verifying events of the same
// person or household one after the other see each other's changes.
import type { HouseholdFacts, PersonFacts } from "@danso/domain";
import { fromDbDate, fromDbDateOrNull, type Tx } from "./context.js";

interface PersonRow {
  id: number; full_name: string; sex: PersonFacts["sex"]; birth_date: Date; death_date: Date | null;
  marital_status: PersonFacts["maritalStatus"]; education: PersonFacts["education"]; residence_status: PersonFacts["residenceStatus"];
  relation_to_head: PersonFacts["relationToHead"]; mother_id: number | null; father_id: number | null; household_id: number;
  r_household: number | null; r_unit: number | null; r_from: Date | null;
  l_unit: number | null; l_to: Date | null; l_end: "DEATH" | "MOVE_OUT" | "HOUSEHOLD_CHANGE" | null; l_dest: number | null;
  m_id: bigint | null; m_on: Date | null; m_spouse: number | null;
  c_method: NonNullable<PersonFacts["contraception"]>["method"] | null; c_from: Date | null;
  g_id: bigint | null; g_on: Date | null; last_event: Date | null;
}

export async function lockPersons(tx: Tx, ids: number[]): Promise<void> {
  if (ids.length) await tx.$queryRaw`SELECT id FROM person WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

export async function lockHouseholds(tx: Tx, ids: number[]): Promise<void> {
  if (ids.length) await tx.$queryRaw`SELECT id FROM household WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

/** Facts of each existing person among `ids` (unknown ids are simply absent). */
export async function readPersons(tx: Tx, ids: number[], lock = false): Promise<Map<number, PersonFacts>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  if (lock) await lockPersons(tx, wanted);
  const rows = await tx.$queryRaw<PersonRow[]>`
    SELECT p.id, p.full_name, p.sex::text AS sex, p.birth_date, p.death_date, p.marital_status::text AS marital_status,
           p.education::text AS education, p.residence_status::text AS residence_status, p.relation_to_head::text AS relation_to_head,
           p.mother_id, p.father_id, p.household_id,
           r.household_id AS r_household, r.unit_id AS r_unit, r.valid_from AS r_from,
           l.unit_id AS l_unit, l.valid_to AS l_to, l.end_reason::text AS l_end, l.destination_unit_id AS l_dest,
           m.id AS m_id, m.married_on AS m_on, CASE WHEN m.husband_id = p.id THEN m.wife_id ELSE m.husband_id END AS m_spouse,
           c.method::text AS c_method, c.valid_from AS c_from, g.id AS g_id, g.recorded_on AS g_on,
           (SELECT max(e.occurred_on) FROM change_event e WHERE e.person_id = p.id AND e.status = 'VERIFIED') AS last_event
      FROM person p
      LEFT JOIN LATERAL (SELECT * FROM residence WHERE person_id = p.id AND valid_to IS NULL ORDER BY valid_from DESC LIMIT 1) r ON true
      LEFT JOIN LATERAL (SELECT * FROM residence WHERE person_id = p.id AND r.id IS NULL ORDER BY valid_from DESC, id DESC LIMIT 1) l ON true
      LEFT JOIN LATERAL (SELECT * FROM marriage WHERE (husband_id = p.id OR wife_id = p.id) AND ended_on IS NULL ORDER BY married_on DESC LIMIT 1) m ON true
      LEFT JOIN LATERAL (SELECT * FROM contraceptive_spell WHERE person_id = p.id AND valid_to IS NULL ORDER BY valid_from DESC LIMIT 1) c ON true
      LEFT JOIN LATERAL (SELECT * FROM pregnancy WHERE person_id = p.id AND ended_on IS NULL ORDER BY recorded_on DESC LIMIT 1) g ON true
     WHERE p.id = ANY(${wanted}::int[])`;
  return new Map(rows.map((r) => [r.id, toFacts(r)]));
}

function toFacts(r: PersonRow): PersonFacts {
  return {
    id: r.id, fullName: r.full_name, sex: r.sex, birthDate: fromDbDate(r.birth_date), deathDate: fromDbDateOrNull(r.death_date),
    maritalStatus: r.marital_status, education: r.education, residenceStatus: r.residence_status, relationToHead: r.relation_to_head,
    motherId: r.mother_id, fatherId: r.father_id, householdId: r.household_id,
    residence: r.r_household !== null ? { householdId: r.r_household, unitId: r.r_unit!, validFrom: fromDbDate(r.r_from!) } : null,
    lastResidence: r.l_unit !== null && r.l_to && r.l_end
      ? { unitId: r.l_unit, validTo: fromDbDate(r.l_to), endReason: r.l_end, destinationUnitId: r.l_dest }
      : null,
    marriage: r.m_id !== null ? { id: Number(r.m_id), spouseId: r.m_spouse, marriedOn: fromDbDate(r.m_on!) } : null,
    contraception: r.c_method ? { method: r.c_method, validFrom: fromDbDate(r.c_from!) } : null,
    pregnancy: r.g_id !== null ? { id: Number(r.g_id), recordedOn: fromDbDate(r.g_on!) } : null,
    lastEventOn: fromDbDateOrNull(r.last_event),
  };
}

export async function readPerson(tx: Tx, id: number | null, lock = false): Promise<PersonFacts | null> {
  if (id === null) return null;
  return (await readPersons(tx, [id], lock)).get(id) ?? null;
}

export async function readHousehold(tx: Tx, id: number | null, lock = false): Promise<HouseholdFacts | null> {
  if (id === null) return null;
  if (lock) await lockHouseholds(tx, [id]);
  const h = await tx.household.findUnique({ where: { id } });
  return h ? { id: h.id, unitId: h.unitId, areaId: h.areaId, status: h.status, establishedOn: fromDbDate(h.establishedOn) } : null;
}

/** Persons counted in a household now (open spells), oldest first. */
export async function residentsOf(tx: Tx, householdId: number): Promise<number[]> {
  const rows = await tx.residence.findMany({
    where: { householdId, validTo: null },
    select: { personId: true },
    orderBy: [{ birthDate: "asc" }, { personId: "asc" }],
  });
  return rows.map((r) => r.personId);
}
