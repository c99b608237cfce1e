// The headline figures of the home page, straight from the register.
import type { IsoDate } from "@danso/domain";
import type { Db } from "../client.js";

export interface NationalSummary {
  asOf: IsoDate;
  population: number;
  households: number;
  birthsThisYear: number;
}

export async function getNationalSummary(db: Db, asOf: IsoDate): Promise<NationalSummary> {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const rows = await db.$queryRaw<{ population: bigint; households: bigint; births: bigint }[]>`
    SELECT count(*) FILTER (WHERE valid_from <= ${asOf}::date AND (valid_to IS NULL OR valid_to > ${asOf}::date)) AS population,
           count(DISTINCT household_id) FILTER (WHERE valid_from <= ${asOf}::date AND (valid_to IS NULL OR valid_to > ${asOf}::date)) AS households,
           count(*) FILTER (WHERE start_reason = 'BIRTH' AND valid_from BETWEEN ${yearStart}::date AND ${asOf}::date) AS births
      FROM residence`;
  const r = rows[0];
  return { asOf, population: Number(r?.population ?? 0), households: Number(r?.households ?? 0), birthsThisYear: Number(r?.births ?? 0) };
}
