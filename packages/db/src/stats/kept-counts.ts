// Base counts kept in the database (kept_counts), for periods that pages combine again and
// again: the closed months of a year so far are counted once, not on every first opening.
// A kept row carries the snapshot it was counted on; triggers on the register's tables
// log every change with the first day it may alter (register_change, see the migration
// kept_base_counts). A row is read only while no change it did not see starts on or before
// its period's end: a death recorded today leaves last month's counts, a birth dated last
// month verified today does not. So kept counts are always the engine's counts of the
// register as it is now, whichever process or script changed it.
import { createHash } from "node:crypto";
import type { BaseCountCode, BaseCounts, Period } from "@danso/domain";
import type { Db } from "../client.js";
import { countOnSnapshot, type StatColumn } from "./base-counts.js";

/** Log rows older than this are folded into the kept rows (the stale ones deleted) and
 * dropped; no computation runs that long (see WAIT in run-query.ts). */
const LOG_DAYS = 1;
/** Kept rows not recounted for this long are dropped (the closed part of a year so far
 * changes every month). */
const KEEP_DAYS = 35;

function keyOf(columns: readonly StatColumn[], needs: readonly BaseCountCode[] | undefined): string {
  const shape = columns.map((c) => [c.unitIds, c.reaggregated ?? false, c.linkedUnitIds ?? []]);
  return createHash("sha256").update(JSON.stringify([shape, needs ? [...needs].sort() : null])).digest("hex");
}

// A change the row's snapshot did not see, from a day on or before the row's period end.
const STALE = `EXISTS (SELECT 1 FROM register_change c
   WHERE (c.from_date IS NULL OR c.from_date <= k.period_end)
     AND NOT pg_visible_in_snapshot(c.xid::text::xid8, k.snapshot::pg_snapshot))`;

/** computeBaseCounts for the columns and period, read from kept_counts while still valid. */
export async function keptBaseCounts(db: Db, columns: readonly StatColumn[], period: Period, needs?: readonly BaseCountCode[]): Promise<BaseCounts[]> {
  const key = keyOf(columns, needs);
  const kept = await db.$queryRawUnsafe<{ counts: BaseCounts[] }[]>(
    `SELECT k.counts FROM kept_counts k WHERE k.key = $1 AND k.period_start = $2::date AND k.period_end = $3::date AND NOT ${STALE}`,
    key, period.start, period.end);
  if (kept[0]) return kept[0].counts;
  const { counts, snapshot } = await countOnSnapshot(db, columns, period, needs);
  await db.$executeRawUnsafe(
    `INSERT INTO kept_counts (key, period_start, period_end, snapshot, counts) VALUES ($1, $2::date, $3::date, $4, $5::jsonb)
     ON CONFLICT (key, period_start, period_end) DO UPDATE SET snapshot = EXCLUDED.snapshot, counts = EXCLUDED.counts, computed_at = now()`,
    key, period.start, period.end, snapshot, JSON.stringify(counts));
  await pruneKeptCounts(db);
  return counts;
}

/** Deletes the kept rows that old log rows made stale, then those log rows, and rows kept too long. */
export async function pruneKeptCounts(db: Db): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`DELETE FROM kept_counts k WHERE k.computed_at < now() - make_interval(days => $1)
       OR EXISTS (SELECT 1 FROM register_change c WHERE c.at < now() - make_interval(days => $2)
                     AND (c.from_date IS NULL OR c.from_date <= k.period_end)
                     AND NOT pg_visible_in_snapshot(c.xid::text::xid8, k.snapshot::pg_snapshot))`, KEEP_DAYS, LOG_DAYS),
    db.$executeRawUnsafe(`DELETE FROM register_change WHERE at < now() - make_interval(days => $1)`, LOG_DAYS),
  ]);
}
