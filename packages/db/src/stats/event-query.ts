// Verified change events of the period by atom (the commune that recorded them): divorces,
// contraception starts by method, pregnancies, screenings and elderly check-ups; marriages
// by spouse with the under-age and consanguineous flags; and couples, each returned with
// the atoms of both spouses' events so a couple is counted once in a column holding both.
import type { IsoDate } from "@danso/domain";
import type { RunQuery } from "./run-query.js";
import { EVENT_UNIT, type Mode } from "./unit-mode.js";

export type EventRow =
  | { kind: "EVENT"; atom: number; type: string; method: string | null; n: number }
  | { kind: "MARRIAGE"; atom: number; underAge: boolean; consanguineous: boolean; n: number }
  | { kind: "COUPLE"; atom: number; otherAtom: number; counselled: boolean; n: number };

export const COUNTED_EVENTS = ["DIVORCE", "CONTRACEPTION_START", "PREGNANCY", "PRENATAL_SCREENING", "NEWBORN_SCREENING", "ELDERLY_CHECKUP"];

// $1 atoms, $2 first day, $3 last day, $4 event types other than marriage.
// A MARRIAGE event names its marriage row in the payload; the row's flags win, the
// payload's are the fallback (a malformed id must not fail the report). An event naming no
// row stands for a couple of its own.
const sql = (unit: string) => `
WITH wed AS MATERIALIZED (
  SELECT e.id, ($1::int[])[${unit}] AS atom, m.id AS marriage_id,
         coalesce(date_part('year', age(e.occurred_on, p.birth_date)) < CASE p.sex WHEN 'MALE' THEN 20 ELSE 18 END, false) AS under_age,
         coalesce(m.consanguineous, CASE WHEN e.payload->>'consanguineous' IN ('true', 'false') THEN (e.payload->>'consanguineous')::boolean END, false) AS consanguineous,
         coalesce(m.counselled, CASE WHEN e.payload->>'counselled' IN ('true', 'false') THEN (e.payload->>'counselled')::boolean END, false) AS counselled
    FROM change_event e
    LEFT JOIN person p ON p.id = e.person_id
    LEFT JOIN marriage m ON e.payload->>'marriageId' ~ '^[0-9]{1,18}$' AND m.id = (e.payload->>'marriageId')::bigint
   WHERE e.type = 'MARRIAGE' AND e.status = 'VERIFIED' AND e.occurred_on BETWEEN $2::date AND $3::date AND ($1::int[])[${unit}] > 0
),
couples AS (
  SELECT min(atom) AS a, max(atom) AS b, bool_or(counselled) AS counselled FROM wed GROUP BY coalesce(marriage_id, -id)
)
SELECT 'EVENT' AS kind, ($1::int[])[${unit}] AS atom, e.type::text AS type,
       CASE WHEN e.type = 'CONTRACEPTION_START' THEN e.payload->>'method' END AS method,
       NULL::boolean AS "underAge", NULL::boolean AS consanguineous, NULL::int AS "otherAtom", NULL::boolean AS counselled, count(*)::int AS n
  FROM change_event e
 WHERE e.type = ANY($4::change_event_type[]) AND e.status = 'VERIFIED' AND e.occurred_on BETWEEN $2::date AND $3::date
   AND ($1::int[])[${unit}] > 0
 GROUP BY 2, 3, 4
UNION ALL
SELECT 'MARRIAGE', atom, NULL, NULL, under_age, consanguineous, NULL, NULL, count(*)::int FROM wed GROUP BY 2, 5, 6
UNION ALL
SELECT 'COUPLE', a, NULL, NULL, NULL, NULL, b, counselled, count(*)::int FROM couples GROUP BY 2, 7, 8`;
const SQL = { plain: sql("e.unit_id"), reaggregated: sql(EVENT_UNIT.reaggregated) };

export function queryEvents(run: RunQuery, mode: Mode, atoms: string, first: IsoDate, last: IsoDate): Promise<EventRow[]> {
  return run<EventRow>(SQL[mode], atoms, first, last, COUNTED_EVENTS);
}
