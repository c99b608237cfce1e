// Married women aged 15–49 on the period's last day and the contraceptive method each uses
// that day: their residence spells covering the day, joined to the marriages covering it
// (a semi-join: a woman is counted once whatever her marriage rows) and to the
// contraceptive spells covering it. The register keeps one method at a time; two
// overlapping method spells would count a woman under both methods.
import type { IsoDate } from "@danso/domain";
import type { RunQuery } from "./run-query.js";
import { SPELL_UNIT, type Mode } from "./unit-mode.js";

export interface MarriedRow {
  atom: number;
  method: string | null;
  n: number;
}

// $1 atoms, $2 last day, $3 born after (50th birthday after the last day), $4 born on or
// before (15th birthday by then), $5 unit ids or null (see scopeUnits in run-query.ts).
const sql = (unit: string) => `
SELECT ($1::int[])[${unit}] AS atom, c.method::text AS method, count(*)::int AS n
  FROM residence r
  LEFT JOIN contraceptive_spell c
    ON c.person_id = r.person_id AND c.valid_from <= $2::date AND (c.valid_to IS NULL OR c.valid_to > $2::date)
 WHERE ($5::int[] IS NULL OR r.unit_id = ANY($5::int[])) AND ($1::int[])[${unit}] > 0 AND r.sex = 'FEMALE' AND r.birth_date > $3::date AND r.birth_date <= $4::date
   AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)
   AND EXISTS (SELECT 1 FROM marriage m
                WHERE m.wife_id = r.person_id AND m.married_on <= $2::date AND (m.ended_on IS NULL OR m.ended_on > $2::date))
 GROUP BY 1, 2`;
const SQL = { plain: sql("r.unit_id"), reaggregated: sql(SPELL_UNIT.reaggregated) };

export function queryMarriedWomen(run: RunQuery, mode: Mode, atoms: string, units: number[] | null, end: IsoDate, bornAfter: IsoDate, bornBy: IsoDate): Promise<MarriedRow[]> {
  return run<MarriedRow>(SQL[mode], atoms, end, bornAfter, bornBy, units);
}
