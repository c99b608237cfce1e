// One scan of the residence spells for the three stocks of a period (the day before it,
// its middle day, its last day) by atom × sex × age bucket, with the married women and
// their contraceptive method on the last day from the same rows. A spell covers day D when
// valid_from <= D < valid_to (a death or move on D closes it on D).
import type { IsoDate } from "@danso/domain";
import type { Db } from "../client.js";

export interface StockRow {
  atom: number;
  sex: "MALE" | "FEMALE";
  bucket: number;
  nStart: number;
  nMid: number;
  nEnd: number;
  /** Of nEnd: women in a marriage covering the last day. */
  marriedEnd: number;
  /** Their contraceptive method on the last day (null: none, or not married). */
  method: string | null;
}

const covers = (p: string) => `(r.valid_from <= ${p}::date AND (r.valid_to IS NULL OR r.valid_to > ${p}::date))`;

// $1 atoms, $2 bucket thresholds, $3 day before, $4 middle day, $5 last day.
// A wife with two marriages or two methods on one day (an error in the register) must not
// be counted twice, hence one row per wife in `wives`.
const SQL = `
WITH wives AS (
  SELECT m.wife_id AS person_id, min(c.method::text) AS method
    FROM marriage m
    LEFT JOIN contraceptive_spell c
      ON c.person_id = m.wife_id AND c.valid_from <= $5::date AND (c.valid_to IS NULL OR c.valid_to > $5::date)
   WHERE m.wife_id IS NOT NULL AND m.married_on <= $5::date AND (m.ended_on IS NULL OR m.ended_on > $5::date)
   GROUP BY m.wife_id
)
SELECT ($1::int[])[r.unit_id] AS atom, r.sex::text AS sex, width_bucket(r.birth_date, $2::date[]) AS bucket,
       count(*) FILTER (WHERE ${covers("$3")})::int AS "nStart",
       count(*) FILTER (WHERE ${covers("$4")})::int AS "nMid",
       count(*) FILTER (WHERE ${covers("$5")})::int AS "nEnd",
       count(w.person_id) FILTER (WHERE ${covers("$5")})::int AS "marriedEnd",
       w.method
  FROM residence r
  LEFT JOIN wives w ON w.person_id = r.person_id
 WHERE ($1::int[])[r.unit_id] > 0
   AND r.valid_from <= $5::date AND (r.valid_to IS NULL OR r.valid_to > $3::date)
 GROUP BY 1, 2, 3, w.method`;

export function queryStocks(db: Db, atoms: string, thresholds: IsoDate[], dayBefore: IsoDate, middle: IsoDate, end: IsoDate): Promise<StockRow[]> {
  return db.$queryRawUnsafe<StockRow[]>(SQL, atoms, thresholds, dayBefore, middle, end);
}
