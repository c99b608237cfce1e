// How the engine sends its SQL: each query in a transaction of its own that turns off
// PostgreSQL's parallel workers for it. The engine already runs its five queries side by
// side on separate connections; on the 2-core servers of the sector, parallel workers on
// top of that only add coordination (measured on the full-size province: 1.26 s with
// them, 0.98 s without, for the province's annual report).
import type { Db } from "../client.js";

export async function runQuery<T>(db: Db, sql: string, ...params: unknown[]): Promise<T[]> {
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe("SET LOCAL max_parallel_workers_per_gather = 0"),
    db.$queryRawUnsafe<T[]>(sql, ...params),
  ]);
  return rows;
}

/**
 * The unit ids to repeat as `unit_id = ANY(…)` beside the atom lookup, or null. For a
 * district or a commune this lets the planner read only their rows through the unit
 * indexes; for a province or more it would choose an index scan over most of the table,
 * slower than the plain scan (measured on the full-size province: 0.69 s instead of 0.47 s
 * for the stock), so the condition is left out.
 */
export function scopeUnits(units: number[]): number[] | null {
  return units.length <= SMALL_SCOPE_UNITS ? units : null;
}

/** A district has 10–30 communes, a province 100–600. */
const SMALL_SCOPE_UNITS = 80;
