// The base counts behind a map layer, kept for a minute per period and set of units: a user
// switching indicator, classification or bubble over the same units and period reads them
// again instead of recounting the register (every indicator comes from the same counts).
import { LRUCache } from "lru-cache";
import { computeBaseCounts, unitColumns, type AdminUnit, type Db } from "@danso/db";
import type { BaseCounts, Period } from "@danso/domain";

export interface LayerCounts {
  counts: BaseCounts[];
  estimated: boolean[];
}

type Cache = LRUCache<string, Promise<LayerCounts>>;
const caches = new WeakMap<Db, Cache>();

export function layerCounts(db: Db, units: readonly AdminUnit[], period: Period): Promise<LayerCounts> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: 100, ttl: 60_000 })));
  const key = `${period.code}:${units.map((u) => u.id).join(",")}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = (async () => {
      const columns = (await Promise.all(units.map((u) => unitColumns(db, u.id, period, false)))).flat();
      return { counts: await computeBaseCounts(db, columns, period), estimated: columns.map((c) => c.estimated) };
    })();
    entry.catch(() => cache!.delete(key));
    cache.set(key, entry);
  }
  return entry;
}
