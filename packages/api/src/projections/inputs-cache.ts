// The observed inputs of a unit and base year take the engine tens of seconds on the
// full-size city (three annual base counts: about 40 s in `pnpm bench projection`, a few
// seconds for a ward or an old district); an analyst tries scenarios and overrides
// on the same inputs, so they are kept for a while per process. A quarter of an hour: late
// verified events of the observed years reach a projection after that at the latest.
import { LRUCache } from "lru-cache";
import { projectionInputs, type Db, type UnitProjectionInputs } from "@danso/db";

type Cache = LRUCache<string, Promise<UnitProjectionInputs>>;
const caches = new WeakMap<Db, Cache>();

export function cachedInputs(db: Db, unitId: number, baseYear: number): Promise<UnitProjectionInputs> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: 200, ttl: 15 * 60_000 })));
  const key = `${unitId}:${baseYear}`;
  let inputs = cache.get(key);
  if (!inputs) {
    inputs = projectionInputs(db, unitId, baseYear);
    // A failure is not kept: the next request computes again.
    inputs.catch(() => cache!.delete(key));
    cache.set(key, inputs);
  }
  return inputs;
}
