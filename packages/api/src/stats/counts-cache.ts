// The base counts of a set of units over a period, kept in memory: a user switching map
// indicator, classification or bubble, or opening the workspace home again, reads them
// again instead of recounting the register (every indicator comes from the same counts).
// A minute for a period still open; a quarter of an hour for one that ended before this
// month, which only late verified changes can still move. Any committed change of the
// register through this server forgets them all (see transaction.ts), so an officer who
// verifies a birth sees it counted on the next view.
// `needs` asks the engine for those base counts only (the rest are zero: read only the
// indicators they serve); `keep` reads and writes them in the database's kept counts
// (packages/db stats/kept-counts.ts), which outlive this memory and a restart and know by
// themselves when a change made them stale.
import { LRUCache } from "lru-cache";
import { computeBaseCounts, keptBaseCounts, unitsColumns, type AdminUnit, type Db } from "@danso/db";
import type { BaseCountCode, BaseCounts, IsoDate, Period } from "@danso/domain";

export interface UnitCounts {
  counts: BaseCounts[];
  estimated: boolean[];
}

export interface CountsOptions {
  needs?: readonly BaseCountCode[];
  keep?: boolean;
}

type Cache = LRUCache<string, Promise<UnitCounts>>;
const caches = new WeakMap<Db, Cache>();

const OPEN_TTL = 60_000;
const CLOSED_TTL = 15 * 60_000;

export function cachedCounts(db: Db, units: readonly AdminUnit[], period: Period, today: IsoDate, options: CountsOptions = {}): Promise<UnitCounts> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: 200, ttl: OPEN_TTL })));
  // The end is part of the key: a period cut at a date ("this month so far") is another period.
  const needs = options.needs ? [...options.needs].sort().join("+") : "all";
  const key = `${period.code}:${period.start}..${period.end}:${units.map((u) => u.id).join(",")}:${needs}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const columns = await unitsColumns(db, units.map((u) => u.id), period);
      const count = options.keep ? keptBaseCounts : computeBaseCounts;
      return { counts: await count(db, columns, period, options.needs), estimated: columns.map((c) => c.estimated) };
    })();
    entry.catch(() => cache!.delete(key));
    cache.set(key, entry, { ttl: period.end < `${today.slice(0, 7)}-01` ? CLOSED_TTL : OPEN_TTL });
  }
  return entry;
}

/** The register changed: every kept count may be wrong. */
export function forgetCounts(db: Db): void {
  caches.get(db)?.clear();
}
