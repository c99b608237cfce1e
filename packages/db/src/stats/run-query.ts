// How the engine sends its SQL. One computation (a report, a table of indicators) reads one
// state of the register: a transaction exports its snapshot (pg_export_snapshot) and each
// of the base-count queries runs on a connection of its own inside a transaction that
// imports it, so the queries still run side by side and see exactly the same rows.
// Each query turns off PostgreSQL's parallel workers: the engine already runs its five
// queries at once, and on the 2-core servers of the sector parallel workers on top only add
// coordination (measured on the full-size province: 1.26 s with them, 0.98 s without, for
// the province's annual report).
// A computation holds up to six connections, so only a few run at once per process; the
// others wait their turn (the public home, many aliases in one request) instead of
// exhausting the pool and failing.
import pLimit, { type LimitFunction } from "p-limit";
import type { Db } from "../client.js";

/** Computations at once per database client: 2 × 6 connections of the pool's 16. */
const COMPUTATIONS_AT_ONCE = 2;
/** Waiting for a connection or for the computation itself may take long on a busy server. */
const WAIT = { maxWait: 120_000, timeout: 600_000 } as const;

export type RunQuery = <T>(sql: string, ...params: unknown[]) => Promise<T[]>;

const turns = new WeakMap<Db, LimitFunction>();

function turnOf(db: Db): LimitFunction {
  let limit = turns.get(db);
  if (!limit) turns.set(db, (limit = pLimit(COMPUTATIONS_AT_ONCE)));
  return limit;
}

/** Runs `body` with a `run` whose queries all read the snapshot of one moment, and that
 * snapshot (pg_current_snapshot(), for the kept counts: see kept-counts.ts). */
export function onOneSnapshot<R>(db: Db, body: (run: RunQuery, snapshot: string) => Promise<R>): Promise<R> {
  return turnOf(db)(() =>
    db.$transaction(
      async (tx) => {
        const [{ id, snapshot }] = await tx.$queryRaw<[{ id: string; snapshot: string }]>`SELECT pg_export_snapshot() AS id, pg_current_snapshot()::text AS snapshot`;
        // SET TRANSACTION SNAPSHOT takes no parameters: the id is checked before it is inlined.
        if (!/^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i.test(id)) throw new Error(`Unexpected snapshot id ${id}`);
        const run: RunQuery = async <T,>(sql: string, ...params: unknown[]) => {
          const [, , rows] = await db.$transaction(
            [
              db.$executeRawUnsafe(`SET TRANSACTION SNAPSHOT '${id}'`),
              db.$executeRawUnsafe("SET LOCAL max_parallel_workers_per_gather = 0"),
              db.$queryRawUnsafe<T[]>(sql, ...params),
            ],
            { isolationLevel: "RepeatableRead", ...WAIT },
          );
          return rows;
        };
        return body(run, snapshot);
      },
      { isolationLevel: "RepeatableRead", ...WAIT },
    ),
  );
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
