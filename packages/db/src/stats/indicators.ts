// Indicators for a unit and (optionally) each of its child units: the generic table behind
// reports, map layers and portal charts.
import { DEFAULT_PARAMS, computeIndicator, parsePeriod, type IndicatorParams, type Period } from "@danso/domain";
import type { Db } from "../client.js";
import { computeBaseCounts } from "./base-counts.js";
import { unitColumns, type UnitColumn, type UnitRef } from "./columns.js";

export interface IndicatorQuery {
  unitId: number;
  /** A Period or its code ("2026-M03", "2026-Q1", "2026"). */
  period: Period | string;
  /** Also one column per child unit (default false). */
  withChildren?: boolean;
  indicators: readonly string[];
  params?: Partial<IndicatorParams>;
}

export interface IndicatorTable {
  period: Period;
  params: IndicatorParams;
  /** The unit first, then its children in code order. */
  columns: UnitRef[];
  indicators: string[];
  /** values[indicator][column]; null where undefined (division by zero). */
  values: (number | null)[][];
}

export const toPeriod = (p: Period | string): Period => (typeof p === "string" ? parsePeriod(p) : p);

export async function computeIndicators(db: Db, query: IndicatorQuery): Promise<IndicatorTable> {
  const period = toPeriod(query.period);
  const columns = await unitColumns(db, query.unitId, period, query.withChildren ?? false);
  return indicatorsForColumns(db, columns, period, query.indicators, query.params);
}

/** The same for columns already resolved (the caller checked the unit). */
export async function indicatorsForColumns(
  db: Db, columns: readonly UnitColumn[], period: Period, indicators: readonly string[], overrides: Partial<IndicatorParams> = {},
): Promise<IndicatorTable> {
  const params = { ...DEFAULT_PARAMS, ...overrides };
  const counts = await computeBaseCounts(db, columns, period);
  return {
    period,
    params,
    // Only estimated columns say so: tables of units never re-aggregated keep their shape.
    columns: columns.map((c) => (c.estimated ? { ...c.unit, estimated: true as const } : c.unit)),
    indicators: [...indicators],
    values: indicators.map((code) => counts.map((b) => computeIndicator(code, b, period, params))),
  };
}
