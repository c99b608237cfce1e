// The only full pass over the residence spells: the population on the period's last day
// by atom × sex × age bucket (see age-buckets.ts). The stocks on earlier days come from
// this one and the few spells that open or close during the period (change-query.ts).
import type { IsoDate } from "@danso/domain";
import type { RunQuery } from "./run-query.js";
import { SPELL_UNIT, type Mode } from "./unit-mode.js";

export interface StockRow {
  /** (atom × 2 + female) × bucketCount + bucket, one integer key being cheaper to group by;
   * null or atom 0 outside every column. */
  key: number | null;
  n: number;
}

// $1 atoms, $2 bucket thresholds, $3 bucket count, $4 last day, $5 unit ids or null (see
// scopeUnits in run-query.ts). Spells outside every column are not filtered out here but
// grouped under atom 0 (or a null key) and dropped by the caller: one array lookup per row
// instead of two, 7 % of the pass.
// A spell covers day D when valid_from <= D < valid_to: a death or move on D closes it on D.
const sql = (unit: string) => `
SELECT ((($1::int[])[${unit}] * 2 + (r.sex = 'FEMALE')::int) * $3::int + width_bucket(r.birth_date, $2::date[])) AS key,
       count(*)::int AS n
  FROM residence r
 WHERE ($5::int[] IS NULL OR r.unit_id = ANY($5::int[])) AND r.valid_from <= $4::date AND (r.valid_to IS NULL OR r.valid_to > $4::date)
 GROUP BY 1`;
const SQL = { plain: sql("r.unit_id"), reaggregated: sql(SPELL_UNIT.reaggregated) };

export function queryEndStock(run: RunQuery, mode: Mode, atoms: string, units: number[] | null, thresholds: IsoDate[], end: IsoDate): Promise<StockRow[]> {
  return run<StockRow>(SQL[mode], atoms, thresholds, thresholds.length + 1, end, units);
}
