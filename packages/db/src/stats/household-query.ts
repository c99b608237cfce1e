// Households existing on the last day: established on or before it and not dissolved by it.
// The register dissolves a household on the day its last resident leaves or dies, so this
// equals "households with at least one counted resident" at a fraction of the cost of a
// DISTINCT over the spells (checked on a generated population in base-counts.int.test.ts).
import type { IsoDate } from "@danso/domain";
import type { RunQuery } from "./run-query.js";
import { HOUSEHOLD_UNIT, type Mode } from "./unit-mode.js";

export interface HouseholdRow {
  atom: number;
  type: "FAMILY" | "COLLECTIVE";
  n: number;
}

// $1 atoms, $2 last day, $3 unit ids or null (see scopeUnits in run-query.ts).
const sql = (unit: string) => `
SELECT ($1::int[])[${unit}] AS atom, h.type::text AS type, count(*)::int AS n
  FROM household h LEFT JOIN household_readdress ra ON ra.household_id = h.id
 WHERE ($3::int[] IS NULL OR h.unit_id = ANY($3::int[]) OR ra.from_unit_id = ANY($3::int[])) AND ($1::int[])[${unit}] > 0 AND h.established_on <= $2::date AND (h.dissolved_on IS NULL OR h.dissolved_on > $2::date)
 GROUP BY 1, 2`;
const SQL = { plain: sql(HOUSEHOLD_UNIT.plain), reaggregated: sql(HOUSEHOLD_UNIT.reaggregated) };

export function queryHouseholds(run: RunQuery, mode: Mode, atoms: string, units: number[] | null, end: IsoDate): Promise<HouseholdRow[]> {
  return run<HouseholdRow>(SQL[mode], atoms, end, units);
}
