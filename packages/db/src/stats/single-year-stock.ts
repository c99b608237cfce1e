// The population of a column on one day by sex and single year of age (0 … 100+): the
// engine's stock query (stock-query.ts) with one bucket per year of age, for projections.
import { MAX_AGE, type AgeVector, type BySex, type IsoDate } from "@danso/domain";
import type { Db } from "../client.js";
import { ageBuckets } from "./age-buckets.js";
import { planAtoms } from "./atoms.js";
import type { StatColumn } from "./base-counts.js";
import { onOneSnapshot, scopeUnits } from "./run-query.js";
import { queryEndStock } from "./stock-query.js";
import { scanOf } from "./unit-mode.js";

const SINGLE_YEARS = Array.from({ length: MAX_AGE + 1 }, (_, x) => x);

export async function stockBySingleYear(db: Db, column: StatColumn, on: IsoDate): Promise<BySex<AgeVector>> {
  const plan = planAtoms([column]);
  const buckets = ageBuckets([on], SINGLE_YEARS);
  const count = buckets.thresholds.length + 1;
  const { mode, scanned } = scanOf([column]);
  const rows = await onOneSnapshot(db, (run) => queryEndStock(run, mode, plan.sqlArray, scopeUnits(scanned), buckets.thresholds, on));
  const out: BySex<AgeVector> = { male: new Array<number>(MAX_AGE + 1).fill(0), female: new Array<number>(MAX_AGE + 1).fill(0) };
  for (const r of rows) {
    if (r.key === null || Math.floor(r.key / count / 2) !== 1) continue;
    out[Math.floor(r.key / count) % 2 === 1 ? "female" : "male"][buckets.groupOf[0]![r.key % count]!]! += r.n;
  }
  return out;
}
