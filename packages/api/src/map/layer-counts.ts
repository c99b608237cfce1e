// The base counts behind a map layer, kept per period and set of units: a user switching
// indicator, classification or bubble over the same units and period reads them again
// instead of recounting the register (every indicator comes from the same counts). A minute
// for a period still open; a quarter of an hour for one that ended before this month, which
// only late verified changes can still move.
import { LRUCache } from "lru-cache";
import { computeBaseCounts, unitColumns, type AdminUnit, type Db } from "@danso/db";
import type { BaseCounts, IsoDate, Period } from "@danso/domain";

export interface LayerCounts {
  counts: BaseCounts[];
  estimated: boolean[];
}

type Cache = LRUCache<string, Promise<LayerCounts>>;
const caches = new WeakMap<Db, Cache>();

const OPEN_TTL = 60_000;
const CLOSED_TTL = 15 * 60_000;

export function layerCounts(db: Db, units: readonly AdminUnit[], period: Period, today: IsoDate): Promise<LayerCounts> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: 100, ttl: OPEN_TTL })));
  const key = `${period.code}:${units.map((u) => u.id).join(",")}`;
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
