// Households existing on the last day: established on or before it and not dissolved by it.
// The register dissolves a household on the day its last resident leaves or dies, so this
// equals "households with at least one counted resident" at a fraction of the cost of a
// DISTINCT over the spells (checked on a generated population in base-counts.int.test.ts).
import type { IsoDate } from "@danso/domain";
import type { RunQuery } from "./run-query.js";

export interface HouseholdRow {
  atom: number;
  type: "FAMILY" | "COLLECTIVE";
  n: number;
}

// $1 atoms, $2 last day, $3 unit ids or null (see scopeUnits in run-query.ts).
const SQL = `
SELECT ($1::int[])[h.unit_id] AS atom, h.type::text AS type, count(*)::int AS n
  FROM household h
 WHERE ($3::int[] IS NULL OR h.unit_id = ANY($3::int[])) AND ($1::int[])[h.unit_id] > 0 AND h.established_on <= $2::date AND (h.dissolved_on IS NULL OR h.dissolved_on > $2::date)
 GROUP BY 1, 2`;

export function queryHouseholds(run: RunQuery, atoms: string, units: number[] | null, end: IsoDate): Promise<HouseholdRow[]> {
  return run<HouseholdRow>(SQL, atoms, end, units);
}
