// Base counts for many columns at once: five queries whatever the number of columns
// (never one per column), grouped by atom (see atoms.ts), then summed into columns here.
import {
  CONTRACEPTIVE_METHOD, FERTILITY_GROUPS, MOVE_SCOPES, addYears, ageGroupOf, dayBefore, emptyBaseCounts,
  periodMidpoint, type BaseCountCode, type BaseCounts, type CountCode, type MoveScope, type Period,
} from "@danso/domain";
import type { Db } from "../client.js";
import { ageBuckets } from "./age-buckets.js";
import { planAtoms } from "./atoms.js";
import { queryChanges } from "./change-query.js";
import { queryEvents } from "./event-query.js";
import { queryHouseholds } from "./household-query.js";
import { queryMarriedWomen } from "./married-query.js";
import { neededQueries } from "./needed-queries.js";
import { onOneSnapshot, scopeUnits } from "./run-query.js";
import { queryEndStock } from "./stock-query.js";
import { scanOf } from "./unit-mode.js";

/** A column of a statistical table: a set of units (the communes, and possibly the units
 * above them). Counts are for residents of these communes and events recorded there. */
export interface StatColumn {
  key: string;
  unitIds: readonly number[];
  /** Units of a later tree counted over a period before it (see columns.ts). */
  reaggregated?: boolean;
  /** Then: the old units whose spells and events may count in this column. */
  linkedUnitIds?: readonly number[];
}

const isMethod = (m: string | null): m is keyof typeof CONTRACEPTIVE_METHOD => m !== null && m in CONTRACEPTIVE_METHOD;
const isScope = (s: string): s is MoveScope => (MOVE_SCOPES as readonly string[]).includes(s);

const EVENT_COUNT: Record<string, CountCode> = {
  DIVORCE: "DIVORCE_PERSONS",
  CONTRACEPTION_START: "NEW_ACCEPTORS",
  PREGNANCY: "PREGNANCIES",
  PRENATAL_SCREENING: "PRENATAL_SCREENINGS",
  NEWBORN_SCREENING: "NEWBORN_SCREENINGS",
  ELDERLY_CHECKUP: "ELDERLY_CHECKUPS",
};

/** The group of births of a mother of this age: under 15 with 15–19, 50 and over with 45–49. */
function fertilityGroup(age: number): (typeof FERTILITY_GROUPS)[number] {
  return FERTILITY_GROUPS[Math.min(6, Math.max(0, Math.floor((age - 15) / 5)))]!;
}

/**
 * The base counts of each column over the period. With `needs`, only the queries that
 * produce those counts run (see needed-queries.ts) and every other count is left at zero:
 * read only the indicators whose needs were passed.
 */
export async function computeBaseCounts(db: Db, columns: readonly StatColumn[], period: Period, needs?: readonly BaseCountCode[]): Promise<BaseCounts[]> {
  return (await countOnSnapshot(db, columns, period, needs)).counts;
}

/** computeBaseCounts, with the snapshot of the register it counted. */
export async function countOnSnapshot(
  db: Db, columns: readonly StatColumn[], period: Period, needs?: readonly BaseCountCode[],
): Promise<{ counts: BaseCounts[]; snapshot: string }> {
  const plan = planAtoms(columns);
  const want = neededQueries(needs);
  const days = { first: period.start, last: period.end, dayBefore: dayBefore(period), middle: periodMidpoint(period) };
  const buckets = ageBuckets([days.dayBefore, days.middle, days.last]);
  const bucketCount = buckets.thresholds.length + 1;
  const { mode, scanned } = scanOf(columns);
  const scope = scopeUnits(scanned);
  // Women 15–49 on the last day: born after the day 50 years before it, on or before 15 years before.
  const bornAfter = addYears(period.end, -50), bornBy = addYears(period.end, -15);
  const none = Promise.resolve([]);
  const [[stock, changes, married, events, households], snapshot] = await onOneSnapshot(db, async (run, snap) => [await Promise.all([
    want.stock ? queryEndStock(run, mode, plan.sqlArray, scope, buckets.thresholds, period.end) : none,
    want.stockChanges || want.flows ? queryChanges(run, mode, plan.sqlArray, scanned, buckets.thresholds, days, !want.stockChanges) : none,
    want.married ? queryMarriedWomen(run, mode, plan.sqlArray, scope, period.end, bornAfter, bornBy) : none,
    want.events ? queryEvents(run, mode, plan.sqlArray, period.start, period.end) : none,
    want.households ? queryHouseholds(run, mode, plan.sqlArray, scope, period.end) : none,
  ]), snap] as const);

  // Additive counts by atom first (index 0: outside every column, never read)…
  const byAtom = Array.from({ length: plan.atomCount + 1 }, emptyBaseCounts);
  const stockAt = (key: number, n: number, table: "POP_START" | "POP_MID" | "POP_END", dateIndex: number) => {
    const bucket = key % bucketCount, female = Math.floor(key / bucketCount) % 2 === 1, atom = Math.floor(key / bucketCount / 2);
    byAtom[atom]!.tables[table][female ? "female" : "male"][buckets.groupOf[dateIndex]![bucket]!]! += n;
  };
  for (const r of stock) {
    if (r.key === null) continue;
    stockAt(r.key, r.n, "POP_END", 2);
    stockAt(r.key, r.n, "POP_START", 0);
    stockAt(r.key, r.n, "POP_MID", 1);
  }
  for (const r of changes) {
    if (r.kind === "STOCK") {
      stockAt(r.key, r.start, "POP_START", 0);
      stockAt(r.key, r.mid, "POP_MID", 1);
    } else if (r.kind === "BIRTH") {
      const c = byAtom[r.atom]!.counts;
      c[r.female ? "BIRTHS_FEMALE" : "BIRTHS_MALE"] += r.n;
      if (r.birthOrder === 2) c.BIRTHS_ORDER_2 += r.n;
      if (r.birthOrder !== null && r.birthOrder >= 3) c.BIRTHS_ORDER_3_PLUS += r.n;
      if (r.motherAge !== null) {
        if (r.motherAge < 20) c.BIRTHS_MOTHER_UNDER_20 += r.n;
        c[`BIRTHS_MOTHER_${fertilityGroup(r.motherAge)}`] += r.n;
      }
    } else if (r.kind === "DEATH") {
      byAtom[r.atom]!.tables.DEATHS[r.female ? "female" : "male"][ageGroupOf(Math.max(0, r.age))]! += r.n;
    } else if (r.kind === "CORRECTION") {
      byAtom[r.atom]!.counts.REGISTER_CORRECTIONS += r.n;
    }
  }
  for (const r of married) {
    const c = byAtom[r.atom]!.counts;
    c.MARRIED_WOMEN_15_49 += r.n;
    if (isMethod(r.method)) c[`CP_USERS_${r.method}`] += r.n;
  }
  for (const r of events) {
    const c = byAtom[r.atom]!.counts;
    if (r.kind === "EVENT") {
      const code = EVENT_COUNT[r.type];
      if (code) c[code] += r.n;
      if (r.type === "CONTRACEPTION_START" && isMethod(r.method)) c[`NEW_ACCEPTORS_${r.method}`] += r.n;
    } else if (r.kind === "MARRIAGE") {
      c.MARRIAGE_PERSONS += r.n;
      if (r.underAge) c.MARRIAGE_PERSONS_UNDER_AGE += r.n;
      if (r.consanguineous) c.MARRIAGE_PERSONS_CONSANGUINEOUS += r.n;
    }
  }
  for (const r of households) byAtom[r.atom]!.counts[r.type === "FAMILY" ? "HOUSEHOLDS_FAMILY" : "HOUSEHOLDS_COLLECTIVE"] += r.n;

  // …then columns: the sum of their atoms, plus what depends on both ends (moves, couples).
  const counts = plan.columnAtoms.map((atoms) => {
    const out = emptyBaseCounts();
    for (const a of atoms) addInto(out, byAtom[a]!);
    for (const r of changes) {
      if (r.kind !== "MOVE_IN" && r.kind !== "MOVE_OUT") continue;
      const scope = r.scope;
      if (atoms.has(r.atom) && !atoms.has(r.otherAtom) && isScope(scope)) {
        const code: CountCode = r.kind === "MOVE_IN" ? `MOVES_IN_${scope}` : `MOVES_OUT_${scope}`;
        out.counts[code] += r.n;
        out.tables[r.kind === "MOVE_IN" ? "MIGRANTS_IN" : "MIGRANTS_OUT"][r.female ? "female" : "male"][ageGroupOf(r.age)]! += r.n;
        if (r.awaiting) out.counts.MOVES_OUT_AWAITING_ARRIVAL += r.n;
      }
    }
    for (const r of events) {
      if (r.kind === "COUPLE" && (atoms.has(r.atom) || atoms.has(r.otherAtom))) {
        out.counts.COUPLES_MARRIED += r.n;
        if (r.counselled) out.counts.COUPLES_COUNSELLED += r.n;
      }
    }
    return out;
  });
  return { counts, snapshot };
}

function addInto(target: BaseCounts, part: BaseCounts): void {
  for (const code of Object.keys(part.counts) as CountCode[]) target.counts[code] += part.counts[code];
  for (const name of Object.keys(part.tables) as (keyof BaseCounts["tables"])[]) {
    part.tables[name].male.forEach((v, g) => (target.tables[name].male[g]! += v));
    part.tables[name].female.forEach((v, g) => (target.tables[name].female[g]! += v));
  }
}

