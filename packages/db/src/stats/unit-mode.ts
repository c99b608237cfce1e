// The unit a row counts in. "plain": where it was recorded (the tree of the period).
// "reaggregated": for columns of a later tree over a period reaching before it (see
// columns.ts), a spell or event of an old unit counts in the successor its household went
// to. A household counts where it was on the period's last day ($2 in household-query.ts):
// the re-addressing moved household.unit_id, so before the day it is the readdress's
// from_unit_id. (One reorganisation so far: a second would give a household two rows.)
import type { StatColumn } from "./base-counts.js";

export type Mode = "plain" | "reaggregated";

export const SPELL_UNIT = { reaggregated: "coalesce(r.successor_unit_id, r.unit_id)" } as const;
export const EVENT_UNIT = { reaggregated: "coalesce(e.successor_unit_id, e.unit_id)" } as const;
export const HOUSEHOLD_UNIT = {
  plain: "CASE WHEN ra.effective_on > $2::date THEN ra.from_unit_id ELSE h.unit_id END",
  reaggregated: "coalesce(ra.to_unit_id, h.unit_id)",
} as const;

/** The mode of a computation over these columns, and the units whose rows it reads: the
 * columns' own and, re-aggregated, the old units linked to them. */
export function scanOf(columns: readonly Pick<StatColumn, "unitIds" | "reaggregated" | "linkedUnitIds">[]): { mode: Mode; scanned: number[] } {
  const units = [...new Set(columns.flatMap((c) => c.unitIds))];
  const mode: Mode = columns.some((c) => c.reaggregated) ? "reaggregated" : "plain";
  return { mode, scanned: mode === "plain" ? units : [...new Set([...units, ...columns.flatMap((c) => c.linkedUnitIds ?? [])])] };
}
