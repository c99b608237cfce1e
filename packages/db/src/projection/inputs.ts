// The inputs of a projection for a unit from the register, through the statistics engine:
// the base counts of the three full years before the base year (on the tree of each year's
// last day; a unit of today's tree gets its earlier years re-aggregated, see
// stats/columns.ts) and the population by single year of age on 1 January of the base year.
import { isoDate, monthPeriod, observedInputs, yearPeriod, type InputRules, type ProjectionInputs } from "@danso/domain";
import type { Db } from "../client.js";
import { computeBaseCounts, stockBySingleYear, unitColumns } from "../stats/index.js";

export const OBSERVED_YEARS = 3;

export interface UnitProjectionInputs extends ProjectionInputs {
  /** Some observed figures apportion the households of a divided commune (see columns.ts). */
  estimated: boolean;
}

export async function projectionInputs(db: Db, unitId: number, baseYear: number, rules?: InputRules): Promise<UnitProjectionInputs> {
  const years = Array.from({ length: OBSERVED_YEARS }, (_, i) => baseYear - OBSERVED_YEARS + i);
  const [observed, base] = await Promise.all([
    Promise.all(years.map(async (year) => {
      const period = yearPeriod(year);
      const [column] = await unitColumns(db, unitId, period, false);
      const [counts] = await computeBaseCounts(db, [column!], period);
      return { counts: counts!, estimated: column!.estimated };
    })),
    (async () => {
      const [column] = await unitColumns(db, unitId, monthPeriod(baseYear, 1), false);
      return stockBySingleYear(db, column!, isoDate(baseYear, 1, 1));
    })(),
  ]);
  return {
    ...observedInputs(baseYear, years, observed.map((o) => o.counts), base, rules),
    estimated: observed.some((o) => o.estimated),
  };
}
