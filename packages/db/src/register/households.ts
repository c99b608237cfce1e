// Household bookkeeping shared by the events: every active household with residents has
// exactly one head among them, relations to the head follow family links, and a household
// nobody lives in any more is dissolved.
import { ageOn, deriveRelationToHead, type FamilyLinks, type IsoDate, type RelationToHead } from "@danso/domain";
import type { HouseholdType } from "../generated/prisma/enums.js";
import { fromDbDate, toDbDate, type Tx } from "./context.js";
import { residentsOf } from "./read-facts.js";
import { touchPerson } from "./spells.js";

/** Family links (mother, father, current spouse) of persons. */
export async function readLinks(tx: Tx, ids: number[]): Promise<Map<number, FamilyLinks>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: number; mother_id: number | null; father_id: number | null; spouse_id: number | null }[]>`
    SELECT p.id, p.mother_id, p.father_id,
           (SELECT CASE WHEN m.husband_id = p.id THEN m.wife_id ELSE m.husband_id END FROM marriage m
             WHERE (m.husband_id = p.id OR m.wife_id = p.id) AND m.ended_on IS NULL ORDER BY m.married_on DESC LIMIT 1) AS spouse_id
      FROM person p WHERE p.id = ANY(${[...new Set(ids)]}::int[])`;
  return new Map(rows.map((r) => [r.id, { id: r.id, motherId: r.mother_id, fatherId: r.father_id, spouseId: r.spouse_id }]));
}

/** Links of the members, the head, and everyone the relation rules look through. */
async function linksAround(tx: Tx, ids: number[]): Promise<Map<number, FamilyLinks>> {
  const links = await readLinks(tx, ids);
  const more = [...links.values()].flatMap((l) => [l.motherId, l.fatherId, l.spouseId]).filter((id): id is number => id !== null && !links.has(id));
  for (const [id, l] of await readLinks(tx, more)) links.set(id, l);
  return links;
}

export async function headOf(tx: Tx, householdId: number): Promise<number | null> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM residence r JOIN person p ON p.id = r.person_id
     WHERE r.household_id = ${householdId} AND r.valid_to IS NULL AND p.relation_to_head = 'HEAD' ORDER BY p.id`;
  return rows[0]?.id ?? null;
}

/**
 * The relation of a person to a head (HEAD when there is none). Joiners take it before
 * their spell moves, while the household still has its one head.
 */
export async function relationTo(tx: Tx, headId: number | null, personId: number): Promise<RelationToHead> {
  if (headId === null || headId === personId) return "HEAD";
  const links = await linksAround(tx, [personId, headId]);
  return deriveRelationToHead(links.get(personId)!, links.get(headId)!, (id) => links.get(id));
}

/** Makes `headId` the head and re-derives every resident's relation from family links. */
export async function setHead(tx: Tx, householdId: number, headId: number, actorId: number): Promise<void> {
  const residents = await residentsOf(tx, householdId);
  const links = await linksAround(tx, [...residents, headId]);
  const current = await tx.person.findMany({ where: { id: { in: residents } }, select: { id: true, relationToHead: true } });
  for (const p of current) {
    const relation = deriveRelationToHead(links.get(p.id)!, links.get(headId)!, (id) => links.get(id));
    if (relation !== p.relationToHead) await touchPerson(tx, p.id, { relationToHead: relation }, actorId);
  }
}

/**
 * After members left or died: dissolves a household nobody lives in, or gives it a new
 * head when its head left (the head's spouse, else the oldest adult, else the oldest).
 */
export async function settleHousehold(tx: Tx, householdId: number, on: IsoDate, actorId: number): Promise<void> {
  const residents = await residentsOf(tx, householdId);
  if (residents.length === 0) {
    await tx.household.updateMany({
      where: { id: householdId, status: "ACTIVE" },
      data: { status: "DISSOLVED", dissolvedOn: toDbDate(on), version: { increment: 1 }, updatedById: actorId },
    });
    return;
  }
  if ((await headOf(tx, householdId)) !== null) return;
  const people = await tx.person.findMany({ where: { id: { in: residents } }, select: { id: true, birthDate: true, relationToHead: true } });
  people.sort((a, b) => a.birthDate.getTime() - b.birthDate.getTime() || a.id - b.id);
  const head = people.find((p) => p.relationToHead === "SPOUSE") ?? people.find((p) => ageOn(fromDbDate(p.birthDate), on) >= 18) ?? people[0]!;
  await setHead(tx, householdId, head.id, actorId);
}

/** Household codes are the area code and a running number ("10507-03-0412"), as generated. */
export async function nextHouseholdCode(tx: Tx, area: { id: number; code: string }): Promise<string> {
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring(code from '(\\d+)$')::int) AS n FROM household WHERE area_id = ${area.id}`;
  return `${area.code}-${String((rows[0]?.n ?? 0) + 1).padStart(4, "0")}`;
}

export async function createHouseholdRow(
  tx: Tx,
  h: { area: { id: number; code: string; unitId: number }; address: string; type: HouseholdType; establishedOn: IsoDate; actorId: number },
): Promise<{ id: number; code: string; unitId: number }> {
  const code = await nextHouseholdCode(tx, h.area);
  const row = await tx.household.create({
    data: { code, areaId: h.area.id, unitId: h.area.unitId, address: h.address, type: h.type, establishedOn: toDbDate(h.establishedOn), updatedById: h.actorId },
    select: { id: true, code: true, unitId: true },
  });
  return row;
}
