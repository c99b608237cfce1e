// Births, deaths and moves of a period from the residence spells that open or close in it:
// a birth or move-in opens a spell on its date, a death or move-out closes one on its date,
// so stock(day before) + births − deaths + in − out = stock(last day) for any set of
// communes. A move is returned with the atoms of both communes (0 outside every column)
// so that the caller can drop it from the columns that hold both ends; its scope says how
// far the other commune is (same district, same province, another province, unknown).
import type { IsoDate } from "@danso/domain";
import type { Db } from "../client.js";

export type FlowRow =
  | { kind: "BIRTH"; atom: number; sex: "MALE" | "FEMALE"; birthOrder: number | null; motherAge: number | null; n: number }
  | { kind: "DEATH"; atom: number; sex: "MALE" | "FEMALE"; age: number; n: number }
  | { kind: "MOVE_IN" | "MOVE_OUT"; atom: number; otherAtom: number; scope: string; n: number };

// $1 atoms, $2 first day, $3 last day.
const SQL = `
WITH f AS MATERIALIZED (
  SELECT r.person_id, r.unit_id, r.sex, r.birth_date, r.valid_from, r.valid_to, r.start_reason, r.end_reason,
         r.origin_unit_id, r.destination_unit_id, ($1::int[])[r.unit_id] AS atom
    FROM residence r
   WHERE ($1::int[])[r.unit_id] > 0
     AND ((r.valid_from BETWEEN $2::date AND $3::date AND r.start_reason IN ('BIRTH', 'MOVE_IN'))
       OR (r.valid_to BETWEEN $2::date AND $3::date AND r.end_reason IN ('DEATH', 'MOVE_OUT')))
),
-- District (when the tree has one) and province of every unit, for the scope of a move.
geo AS (
  SELECT u.id, CASE WHEN p.level = 2 THEN p.id END AS district_id,
         CASE WHEN p.level = 2 THEN p.parent_id WHEN p.level = 1 THEN p.id END AS province_id
    FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id
),
moves AS (
  SELECT 'MOVE_IN' AS kind, f.atom, f.unit_id AS here, f.origin_unit_id AS there FROM f
   WHERE f.start_reason = 'MOVE_IN' AND f.valid_from BETWEEN $2::date AND $3::date
  UNION ALL
  SELECT 'MOVE_OUT', f.atom, f.unit_id, f.destination_unit_id FROM f
   WHERE f.end_reason = 'MOVE_OUT' AND f.valid_to BETWEEN $2::date AND $3::date
)
SELECT 'BIRTH' AS kind, f.atom, f.sex::text AS sex, c.birth_order AS "birthOrder",
       date_part('year', age(f.valid_from, m.birth_date))::int AS "motherAge",
       NULL::int AS age, NULL::int AS "otherAtom", NULL AS scope, count(*)::int AS n
  FROM f JOIN person c ON c.id = f.person_id LEFT JOIN person m ON m.id = c.mother_id
 WHERE f.start_reason = 'BIRTH' AND f.valid_from BETWEEN $2::date AND $3::date
 GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'DEATH', f.atom, f.sex::text, NULL, NULL, date_part('year', age(f.valid_to, f.birth_date))::int, NULL, NULL, count(*)::int
  FROM f
 WHERE f.end_reason = 'DEATH' AND f.valid_to BETWEEN $2::date AND $3::date
 GROUP BY 2, 3, 6
UNION ALL
SELECT mv.kind, mv.atom, NULL, NULL, NULL, NULL, coalesce(($1::int[])[mv.there], 0),
       CASE WHEN t.id IS NULL THEN 'ABROAD_UNKNOWN'
            WHEN t.district_id = h.district_id THEN 'SAME_DISTRICT'
            WHEN t.province_id = h.province_id THEN 'OTHER_DISTRICT'
            ELSE 'OTHER_PROVINCE' END,
       count(*)::int
  FROM moves mv JOIN geo h ON h.id = mv.here LEFT JOIN geo t ON t.id = mv.there
 GROUP BY 1, 2, 7, 8`;

export function queryFlows(db: Db, atoms: string, first: IsoDate, last: IsoDate): Promise<FlowRow[]> {
  return db.$queryRawUnsafe<FlowRow[]>(SQL, atoms, first, last);
}
