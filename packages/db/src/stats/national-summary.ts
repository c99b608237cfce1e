// The headline figures of the home page, through the same engine as every report.
import { yearPeriod, type IsoDate } from "@danso/domain";
import type { Db } from "../client.js";
import { computeIndicators } from "./indicators.js";

export interface NationalSummary {
  asOf: IsoDate;
  population: number;
  households: number;
  birthsThisYear: number;
}

/** The year to date: nothing in the register is dated after today (events in the future
 * are refused), so the year's end-of-period stock is today's stock and its births are
 * those so far. */
export async function getNationalSummary(db: Db, asOf: IsoDate): Promise<NationalSummary> {
  const nation = await db.adminUnit.findFirstOrThrow({ where: { level: 0 }, orderBy: { validFrom: "desc" } });
  const t = await computeIndicators(db, { unitId: nation.id, period: yearPeriod(Number(asOf.slice(0, 4))), indicators: ["POP_END", "HOUSEHOLDS", "BIRTHS"] });
  const value = (i: number) => t.values[i]?.[0] ?? 0;
  return { asOf, population: value(0), households: value(1), birthsThisYear: value(2) };
}
