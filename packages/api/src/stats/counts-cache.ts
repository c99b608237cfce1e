// The base counts of a set of units over a period, kept in memory: a user switching map
// indicator, classification or bubble, or opening the workspace home again, reads them
// again instead of recounting the register (every indicator comes from the same counts).
// A minute for a period still open; a quarter of an hour for one that ended before this
// month, which only late verified changes can still move. Any committed change of the
// register through this server forgets them all (see transaction.ts), so an officer who
// verifies a birth sees it counted on the next view.
import { LRUCache } from "lru-cache";
import { computeBaseCounts, unitColumns, type AdminUnit, type Db } from "@danso/db";
import type { BaseCounts, IsoDate, Period } from "@danso/domain";

export interface UnitCounts {
  counts: BaseCounts[];
  estimated: boolean[];
}

type Cache = LRUCache<string, Promise<UnitCounts>>;
const caches = new WeakMap<Db, Cache>();

const OPEN_TTL = 60_000;
const CLOSED_TTL = 15 * 60_000;

export function cachedCounts(db: Db, units: readonly AdminUnit[], period: Period, today: IsoDate): Promise<UnitCounts> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: 200, ttl: OPEN_TTL })));
  // The end is part of the key: a period cut at a date ("this month so far") is another period.
  const key = `${period.code}..${period.end}:${units.map((u) => u.id).join(",")}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const columns = (await Promise.all(units.map((u) => unitColumns(db, u.id, period, false)))).flat();
      return { counts: await computeBaseCounts(db, columns, period), estimated: columns.map((c) => c.estimated) };
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
