// The spells that open or close during the period, found through the residence index on
// (unit_id, valid_from, valid_to) rather than a scan. From them come
// - the flows: a birth or move-in opens a spell on its date, a death or move-out closes one
//   on its date, so stock(day before) + births − deaths + in − out = stock(last day);
// - the stocks on the day before the period and on its middle day, as the last day's stock
//   corrected by the spells that differ: for D before the last day E,
//   stock(D) = stock(E) + #{from ≤ D < to ≤ E} − #{D < from ≤ E < to}.
// - register corrections: spells opened by the register itself (INITIAL: the register's
//   opening, people found living here, households recorded late) less spells closed with
//   no demographic reason, so that the equation holds exactly with them as a named flow.
// Moves come by sex and age on their date, with the atoms of both communes (0 outside every column) and their scope (how
// far the other commune is), so the caller drops a move from the columns holding both ends.
// Only a move whose two spells exist is dropped: a person who left a commune and whose
// arrival the destination has not recorded yet is in no commune's stock, so they count as
// moved out everywhere (and as awaiting arrival) until then — the stock and flows agree at
// every level while a move is pending.
import type { IsoDate } from "@danso/domain";
import type { RunQuery } from "./run-query.js";
import type { Mode } from "./unit-mode.js";

export type ChangeRow =
  | { kind: "STOCK"; key: number; start: number; mid: number }
  | { kind: "BIRTH"; atom: number; female: boolean; birthOrder: number | null; motherAge: number | null; n: number }
  | { kind: "DEATH"; atom: number; female: boolean; age: number; n: number }
  | { kind: "CORRECTION"; atom: number; n: number }
  | { kind: "MOVE_IN" | "MOVE_OUT"; atom: number; otherAtom: number; scope: string; awaiting: boolean; female: boolean; age: number; n: number };

// Re-aggregated (see unit-mode.ts), the unit of a spell is its successor and the other end
// of a move is the other spell's successor (a pending move's: the old unit's main one).
// A spell of a linked old unit whose successor lies outside every column (another
// successor of a divided commune) has atom 0, outside, like any other spell outside.
// A reorganisation's spell ends and starts are none of these flows: the two spells of a
// household re-addressed count in the same unit, so they cancel out in the stocks.
// $1 atoms, $2 unit ids (for the index), $3 thresholds, $4 bucket count, $5 first day,
// $6 last day, $7 day before, $8 middle day.
// flowsOnly (the stocks before the last day and the corrections are not needed): only the
// spells a birth, move or death opened or closed in the period, and no STOCK rows (the
// branch stays, empty, to name the columns) or CORRECTION rows. A change of household is kept: it may be a move between two communes.
const FLOW_SPELLS = `((r.start_reason IN ('BIRTH', 'MOVE_IN', 'HOUSEHOLD_CHANGE') AND r.valid_from BETWEEN $5::date AND $6::date)
       OR (r.end_reason IN ('DEATH', 'MOVE_OUT', 'HOUSEHOLD_CHANGE') AND r.valid_to BETWEEN $5::date AND $6::date))`;
const sql = (mode: Mode, flowsOnly: boolean) => {
  const unit = (t: string) => (mode === "plain" ? `${t}.unit_id` : `coalesce(${t}.successor_unit_id, ${t}.unit_id)`);
  const pending = (there: string) => (mode === "plain" ? there
    : `coalesce((SELECT s.successor_id FROM unit_succession s WHERE s.predecessor_id = ${there} ORDER BY s.share DESC NULLS FIRST, s.successor_id LIMIT 1), ${there})`);
  return `
WITH c AS MATERIALIZED (
  SELECT r.person_id, ${unit("r")} AS unit_id, r.sex, r.birth_date, r.valid_from, r.valid_to, r.start_reason, r.end_reason,
         r.origin_unit_id, r.destination_unit_id, coalesce(($1::int[])[${unit("r")}], 0) AS atom
    FROM residence r
   WHERE r.unit_id = ANY($2::int[])
     AND (r.valid_from BETWEEN $5::date AND $6::date OR r.valid_to BETWEEN $5::date AND $6::date)${flowsOnly ? `
     AND ${FLOW_SPELLS}` : ""}
),
-- District (when the tree has one) and province of every unit, for the scope of a move.
geo AS (
  SELECT u.id, CASE WHEN p.level = 2 THEN p.id END AS district_id,
         CASE WHEN p.level = 2 THEN p.parent_id WHEN p.level = 1 THEN p.id END AS province_id
    FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id
),
-- linked: the other end's spell exists (the two spells of a move meet on its date).
ends AS (
  SELECT 'MOVE_IN' AS kind, c.atom, c.sex, c.birth_date, c.valid_from AS moved_on, c.unit_id AS here, c.origin_unit_id AS recorded,
         (SELECT ${unit("o")} FROM residence o WHERE o.person_id = c.person_id AND o.unit_id = c.origin_unit_id
             AND o.valid_to = c.valid_from AND o.end_reason = 'MOVE_OUT' LIMIT 1) AS other
    FROM c
   WHERE c.start_reason = 'MOVE_IN' AND c.valid_from BETWEEN $5::date AND $6::date
  UNION ALL
  SELECT 'MOVE_OUT', c.atom, c.sex, c.birth_date, c.valid_to, c.unit_id, c.destination_unit_id,
         (SELECT ${unit("d")} FROM residence d WHERE d.person_id = c.person_id AND d.unit_id = c.destination_unit_id
             AND d.valid_from = c.valid_to AND d.start_reason = 'MOVE_IN' LIMIT 1)
    FROM c
   WHERE c.end_reason = 'MOVE_OUT' AND c.valid_to BETWEEN $5::date AND $6::date
  -- A change of household between two communes is a move between them: the register's
  -- households of a divided commune went to different successors (see readdress.ts), so a
  -- change of household recorded inside the old commune may join two new ones.
  UNION ALL
  SELECT 'MOVE_IN', c.atom, c.sex, c.birth_date, c.valid_from, c.unit_id, NULL, o.unit_id
    FROM c JOIN LATERAL (SELECT ${unit("o")} AS unit_id FROM residence o WHERE o.person_id = c.person_id
                            AND o.valid_to = c.valid_from AND o.end_reason = 'HOUSEHOLD_CHANGE' LIMIT 1) o ON o.unit_id <> c.unit_id
   WHERE c.start_reason = 'HOUSEHOLD_CHANGE' AND c.valid_from BETWEEN $5::date AND $6::date
  UNION ALL
  SELECT 'MOVE_OUT', c.atom, c.sex, c.birth_date, c.valid_to, c.unit_id, NULL, d.unit_id
    FROM c JOIN LATERAL (SELECT ${unit("d")} AS unit_id FROM residence d WHERE d.person_id = c.person_id
                            AND d.valid_from = c.valid_to AND d.start_reason = 'HOUSEHOLD_CHANGE' LIMIT 1) d ON d.unit_id <> c.unit_id
   WHERE c.end_reason = 'HOUSEHOLD_CHANGE' AND c.valid_to BETWEEN $5::date AND $6::date
),
moves AS (
  SELECT kind, atom, sex = 'FEMALE' AS female, greatest(0, date_part('year', age(moved_on, birth_date)))::int AS age,
         here, coalesce(other, ${pending("recorded")}) AS there, other IS NOT NULL AS linked FROM ends
)
SELECT 'STOCK' AS kind, (c.atom * 2 + (c.sex = 'FEMALE')::int) * $4::int + width_bucket(c.birth_date, $3::date[]) AS key,
       (count(*) FILTER (WHERE c.valid_from <= $7::date AND c.valid_to > $7::date AND c.valid_to <= $6::date)
        - count(*) FILTER (WHERE c.valid_from > $7::date AND c.valid_from <= $6::date AND (c.valid_to IS NULL OR c.valid_to > $6::date)))::int AS start,
       (count(*) FILTER (WHERE c.valid_from <= $8::date AND c.valid_to > $8::date AND c.valid_to <= $6::date)
        - count(*) FILTER (WHERE c.valid_from > $8::date AND c.valid_from <= $6::date AND (c.valid_to IS NULL OR c.valid_to > $6::date)))::int AS mid,
       NULL::int AS atom, NULL::boolean AS female, NULL::int AS "birthOrder", NULL::int AS "motherAge", NULL::int AS age,
       NULL::int AS "otherAtom", NULL AS scope, NULL::boolean AS awaiting, NULL::int AS n
  FROM c${flowsOnly ? " WHERE false" : ""} GROUP BY 2
UNION ALL
SELECT 'BIRTH', NULL, NULL, NULL, c.atom, c.sex = 'FEMALE', ch.birth_order, date_part('year', age(c.valid_from, mo.birth_date))::int,
       NULL, NULL, NULL, NULL, count(*)::int
  FROM c JOIN person ch ON ch.id = c.person_id LEFT JOIN person mo ON mo.id = ch.mother_id
 WHERE c.start_reason = 'BIRTH' AND c.valid_from BETWEEN $5::date AND $6::date
 GROUP BY 5, 6, 7, 8
UNION ALL
SELECT 'DEATH', NULL, NULL, NULL, c.atom, c.sex = 'FEMALE', NULL, NULL, date_part('year', age(c.valid_to, c.birth_date))::int,
       NULL, NULL, NULL, count(*)::int
  FROM c
 WHERE c.end_reason = 'DEATH' AND c.valid_to BETWEEN $5::date AND $6::date
 GROUP BY 5, 6, 9
UNION ALL
${flowsOnly ? "" : `SELECT 'CORRECTION', NULL, NULL, NULL, c.atom, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       (count(*) FILTER (WHERE c.start_reason = 'INITIAL' AND c.valid_from BETWEEN $5::date AND $6::date)
        - count(*) FILTER (WHERE c.end_reason IS NULL AND c.valid_to BETWEEN $5::date AND $6::date))::int
  FROM c
 WHERE (c.start_reason = 'INITIAL' AND c.valid_from BETWEEN $5::date AND $6::date)
    OR (c.end_reason IS NULL AND c.valid_to BETWEEN $5::date AND $6::date)
 GROUP BY 5
UNION ALL
`}SELECT mv.kind, NULL, NULL, NULL, mv.atom, mv.female, NULL, NULL, mv.age, CASE WHEN mv.linked THEN coalesce(($1::int[])[mv.there], 0) ELSE 0 END,
       CASE WHEN t.id IS NULL THEN 'ABROAD_UNKNOWN'
            WHEN t.district_id = h.district_id THEN 'SAME_DISTRICT'
            WHEN t.province_id = h.province_id THEN 'OTHER_DISTRICT'
            ELSE 'OTHER_PROVINCE' END,
       mv.kind = 'MOVE_OUT' AND mv.there IS NOT NULL AND NOT mv.linked,
       count(*)::int
  FROM moves mv JOIN geo h ON h.id = mv.here LEFT JOIN geo t ON t.id = mv.there
 GROUP BY 1, 5, 6, 9, 10, 11, 12`;
};
const SQL = {
  plain: { all: sql("plain", false), flows: sql("plain", true) },
  reaggregated: { all: sql("reaggregated", false), flows: sql("reaggregated", true) },
};

export interface ChangeDates {
  first: IsoDate;
  last: IsoDate;
  dayBefore: IsoDate;
  middle: IsoDate;
}

export function queryChanges(
  run: RunQuery, mode: Mode, atoms: string, unitIds: number[], thresholds: IsoDate[], d: ChangeDates, flowsOnly = false,
): Promise<ChangeRow[]> {
  return run<ChangeRow>(SQL[mode][flowsOnly ? "flows" : "all"], atoms, unitIds, thresholds, thresholds.length + 1, d.first, d.last, d.dayBefore, d.middle);
}
