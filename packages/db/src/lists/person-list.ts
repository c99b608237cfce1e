// The persons a list definition (@danso/domain lists) selects in a set of communes on its
// reference date: living, with a residence spell open that day (a death or a move-out on
// the day is out, a birth or move-in in; temporary residents have no spell and are never
// listed), of the rule's sex and birth dates. One WHERE clause serves the preview page,
// the counts by child unit and the export, so the three always agree.
import { dateToIso, type IsoDate, type ListDefinition } from "@danso/domain";
import type { Db } from "../client.js";

export interface ListQuery {
  definition: ListDefinition;
  referenceDate: IsoDate;
  /** The communes of the unit, valid on the reference date. */
  communeIds: number[];
}

export interface ListRow {
  personId: number;
  fullName: string;
  sex: "MALE" | "FEMALE";
  birthDate: IsoDate;
  cccd: string | null;
  insuranceNumber: string | null;
  studyDeferredUntil: IsoDate | null;
  householdCode: string;
  address: string;
  communeId: number;
  communeName: string;
  areaId: number;
  headName: string | null;
  motherName: string | null;
  fatherName: string | null;
}

/** The WHERE clause and its parameters ($1 communes, $2 date, $3…$6 birth ranges). */
function where(q: ListQuery): { sql: string; params: unknown[] } {
  const { definition: d, referenceDate: on } = q;
  const main = d.birthRange(on);
  const deferred = d.deferralRange?.(on);
  const params: unknown[] = [q.communeIds, on, main.from, main.to];
  let birth = "r.birth_date BETWEEN $3::date AND $4::date";
  if (deferred) {
    params.push(deferred.from, deferred.to);
    birth = `(${birth} OR (r.birth_date BETWEEN $5::date AND $6::date AND p.study_deferred_until IS NOT NULL))`;
  }
  const sex = d.sex ? ` AND r.sex = '${d.sex === "MALE" ? "MALE" : "FEMALE"}'` : "";
  return {
    sql: `r.unit_id = ANY($1::int[]) AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)
      AND (p.death_date IS NULL OR p.death_date > $2::date) AND ${birth}${sex}`,
    params,
  };
}

const ROW_SELECT = `SELECT p.id AS person_id, p.full_name, p.sex::text AS sex, p.birth_date, p.cccd, p.insurance_number, p.study_deferred_until,
       h.code AS household_code, h.address, u.id AS commune_id, u.name AS commune_name, h.area_id,
       head.full_name AS head_name, m.full_name AS mother_name, f.full_name AS father_name
  FROM residence r
  JOIN person p ON p.id = r.person_id
  JOIN household h ON h.id = r.household_id
  JOIN admin_unit u ON u.id = r.unit_id
  LEFT JOIN person m ON m.id = p.mother_id
  LEFT JOIN person f ON f.id = p.father_id
  LEFT JOIN LATERAL (
    SELECT hp.full_name FROM residence hr JOIN person hp ON hp.id = hr.person_id
     WHERE hr.household_id = r.household_id AND hp.relation_to_head = 'HEAD'
       AND hr.valid_from <= $2::date AND (hr.valid_to IS NULL OR hr.valid_to > $2::date)
     ORDER BY hp.id LIMIT 1) head ON true`;

interface RawRow {
  person_id: number; full_name: string; sex: "MALE" | "FEMALE"; birth_date: Date; cccd: string | null; insurance_number: string | null;
  study_deferred_until: Date | null; household_code: string; address: string; commune_id: number; commune_name: string; area_id: number;
  head_name: string | null; mother_name: string | null; father_name: string | null;
}

const toRow = (r: RawRow): ListRow => ({
  personId: r.person_id, fullName: r.full_name, sex: r.sex, birthDate: dateToIso(r.birth_date), cccd: r.cccd, insuranceNumber: r.insurance_number,
  studyDeferredUntil: r.study_deferred_until ? dateToIso(r.study_deferred_until) : null, householdCode: r.household_code, address: r.address,
  communeId: r.commune_id, communeName: r.commune_name, areaId: r.area_id, headName: r.head_name, motherName: r.mother_name, fatherName: r.father_name,
});

/** A page in person-id order after `afterId` (the preview). */
export async function listPage(db: Db, q: ListQuery, page: { afterId?: number; limit: number }): Promise<ListRow[]> {
  if (q.communeIds.length === 0) return [];
  const w = where(q);
  const n = w.params.length;
  const rows = await db.$queryRawUnsafe<RawRow[]>(
    `${ROW_SELECT} WHERE ${w.sql} AND p.id > $${n + 1}::int ORDER BY p.id LIMIT $${n + 2}::int`,
    ...w.params, page.afterId ?? 0, page.limit,
  );
  return rows.map(toRow);
}

/** How many are listed in each commune and area. */
export async function listCounts(db: Db, q: ListQuery): Promise<{ communeId: number; areaId: number; count: number }[]> {
  if (q.communeIds.length === 0) return [];
  const w = where(q);
  const rows = await db.$queryRawUnsafe<{ unit_id: number; area_id: number; n: bigint }[]>(
    `SELECT r.unit_id, h.area_id, count(*) AS n FROM residence r JOIN person p ON p.id = r.person_id JOIN household h ON h.id = r.household_id
      WHERE ${w.sql} GROUP BY r.unit_id, h.area_id`,
    ...w.params,
  );
  return rows.map((r) => ({ communeId: r.unit_id, areaId: r.area_id, count: Number(r.n) }));
}

/**
 * The whole list, one commune at a time, in the order of `communeIds`, each by household code
 * and birth date: an export holds one commune's rows in memory, never the province's.
 */
export async function* listByCommune(db: Db, q: ListQuery): AsyncGenerator<ListRow[]> {
  for (const communeId of q.communeIds) {
    const w = where({ ...q, communeIds: [communeId] });
    const rows = await db.$queryRawUnsafe<RawRow[]>(`${ROW_SELECT} WHERE ${w.sql} ORDER BY h.code, p.birth_date, p.id`, ...w.params);
    if (rows.length > 0) yield rows.map(toRow);
  }
}
