// The counts the workspace combines, on a generated population (1 % of Hải Dương and Hải
// Phòng, today 25 November 2026): asked for a few base counts, the engine gives the same
// ones as a full computation; a year's months joined give the year's flows and stocks (2025
// spans the reorganisation: its first half re-aggregated); and a kept row is read until a
// change dated on or before its period's end commits, whoever makes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGE_SEX_TABLES, COUNT_CODES, NOT_JOINABLE, joinPeriods, monthPeriod, parsePeriod, type BaseCountCode, type BaseCounts, type Period,
} from "@danso/domain";
import { seedPopulation } from "../seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { computeBaseCounts } from "./base-counts.js";
import { unitColumns, unitsColumns, type UnitColumn } from "./columns.js";
import { keptBaseCounts, pruneKeptCounts } from "./kept-counts.js";

let t: TestDatabase;
let city: number;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.01, seed: 5, today: "2026-11-25" }, () => {});
  city = (await t.pool.query<{ id: number }>("SELECT id FROM admin_unit WHERE path = 'VN.T2025.31'")).rows[0]!.id;
}, 300_000);
afterAll(() => t?.drop());

const KEY_NEEDS: BaseCountCode[] = [
  "POP_END", "HOUSEHOLDS_FAMILY", "HOUSEHOLDS_COLLECTIVE", "BIRTHS_MALE", "BIRTHS_FEMALE", "DEATHS", "MARRIAGE_PERSONS",
  ...(["SAME_DISTRICT", "OTHER_DISTRICT", "OTHER_PROVINCE", "ABROAD_UNKNOWN"] as const).flatMap((s) => [`MOVES_IN_${s}`, `MOVES_OUT_${s}`] as const),
];
const FLOW_NEEDS = KEY_NEEDS.filter((c) => c !== "POP_END" && !c.startsWith("HOUSEHOLDS_"));

function expectSame(got: BaseCounts, want: BaseCounts, codes: readonly BaseCountCode[], label: string) {
  for (const code of codes) {
    if ((AGE_SEX_TABLES as readonly string[]).includes(code)) {
      const table = code as (typeof AGE_SEX_TABLES)[number];
      expect(got.tables[table], `${label} ${code}`).toEqual(want.tables[table]);
    } else {
      expect(got.counts[code as (typeof COUNT_CODES)[number]], `${label} ${code}`).toBe(want.counts[code as (typeof COUNT_CODES)[number]]);
    }
  }
}

async function cityColumns(period: Period): Promise<UnitColumn[]> {
  return unitColumns(t.db, city, period, true);
}

describe("the engine asked for some base counts", () => {
  it("gives them as a full computation does, on the new tree, re-aggregated or not", async () => {
    for (const period of [parsePeriod("2025"), parsePeriod("2026-M03"), { ...parsePeriod("2026"), end: "2026-11-25" }]) {
      const columns = await cityColumns(period);
      const [all, key, flows] = await Promise.all([
        computeBaseCounts(t.db, columns, period), computeBaseCounts(t.db, columns, period, KEY_NEEDS), computeBaseCounts(t.db, columns, period, FLOW_NEEDS),
      ]);
      expect(all[0]!.counts.BIRTHS_MALE + all[0]!.counts.MOVES_IN_OTHER_PROVINCE, period.code).toBeGreaterThan(0);
      columns.forEach((c, i) => {
        expectSame(key[i]!, all[i]!, KEY_NEEDS, `${period.code} ${c.key}`);
        expectSame(flows[i]!, all[i]!, FLOW_NEEDS, `${period.code} ${c.key} flows`);
      });
      expect(flows[0]!.tables.POP_END.male.every((n) => n === 0)).toBe(true); // not asked, not counted
    }
  });

  it("gives each unit the column unitColumns gives it, in one query per tree", async () => {
    const period = parsePeriod("2025");
    const columns = await cityColumns(period);
    const batch = await unitsColumns(t.db, columns.map((c) => c.unit.id).reverse(), period);
    expect(batch).toEqual([...columns].reverse());
  });
});

describe("months joined", () => {
  it("give the year's counts, but for the mid-year stock and the couples", async () => {
    const year = parsePeriod("2025");
    const joinable = [...COUNT_CODES, ...AGE_SEX_TABLES].filter((c) => !NOT_JOINABLE.includes(c));
    const whole = await computeBaseCounts(t.db, await cityColumns(year), year);
    const months = await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      const month = monthPeriod(2025, i + 1);
      return computeBaseCounts(t.db, await unitsColumns(t.db, (await cityColumns(year)).map((c) => c.unit.id), month), month);
    }));
    whole.forEach((counts, i) => expectSame(months.map((m) => m[i]!).reduce(joinPeriods), counts, joinable, `column ${i}`));
  });
});

describe("kept counts", () => {
  const march = parsePeriod("2026-M03");
  const mark = () => t.pool.query(`UPDATE kept_counts SET counts = jsonb_set(counts, '{0,counts,BIRTHS_MALE}', '999999')`);
  const touchEvent = (from: string, to: string, status = "VERIFIED") => t.pool.query(
    `UPDATE change_event SET payload = payload || '{"touched": true}' WHERE id = (SELECT id FROM change_event
      WHERE status = $3::change_event_status AND occurred_on BETWEEN $1::date AND $2::date ORDER BY id LIMIT 1)`, [from, to, status]);

  it("are the engine's, read from the database until a change dated on or before the period's end", async () => {
    const columns = await cityColumns(march);
    const counted = await computeBaseCounts(t.db, columns, march, KEY_NEEDS);
    expect(await keptBaseCounts(t.db, columns, march, KEY_NEEDS)).toEqual(counted);
    await mark(); // from now on a read from the database says 999999
    expect((await keptBaseCounts(t.db, columns, march, KEY_NEEDS))[0]!.counts.BIRTHS_MALE).toBe(999999);

    // Changes that cannot move March: an event verified in October, a draft in March, a spell closed in November.
    expect((await touchEvent("2026-10-01", "2026-10-31")).rowCount).toBe(1);
    await t.pool.query(`INSERT INTO change_event (type, status, occurred_on, unit_id) SELECT 'BIRTH', 'DRAFT', '2026-03-10', unit_id FROM residence LIMIT 1`);
    await t.pool.query(`UPDATE residence SET valid_to = '2026-11-20', end_reason = 'MOVE_OUT' WHERE id = (SELECT id FROM residence WHERE valid_to IS NULL ORDER BY id LIMIT 1)`);
    expect((await keptBaseCounts(t.db, columns, march, KEY_NEEDS))[0]!.counts.BIRTHS_MALE).toBe(999999);

    // A verified event dated in March: counted again.
    expect((await touchEvent("2026-03-01", "2026-03-31")).rowCount).toBe(1);
    const recounted = await keptBaseCounts(t.db, columns, march, KEY_NEEDS);
    expect(recounted[0]!.counts.BIRTHS_MALE).toBe(counted[0]!.counts.BIRTHS_MALE);
    await mark();
    // A spell opened before March (a late-found resident): counted again too.
    await t.pool.query(`UPDATE residence SET valid_from = valid_from + 1 WHERE id = (SELECT id FROM residence WHERE valid_from < '2026-01-01' ORDER BY id LIMIT 1)`);
    expect((await keptBaseCounts(t.db, columns, march, KEY_NEEDS))[0]!.counts.BIRTHS_MALE).toBe(counted[0]!.counts.BIRTHS_MALE);
  });

  it("drop the rows a change older than a day made stale, then that change from the log", async () => {
    const columns = await cityColumns(march);
    await keptBaseCounts(t.db, columns, march, FLOW_NEEDS);
    await touchEvent("2026-02-01", "2026-02-28");
    await t.pool.query(`UPDATE register_change SET at = now() - interval '2 days'`);
    await pruneKeptCounts(t.db);
    expect((await t.pool.query("SELECT count(*)::int AS n FROM register_change")).rows[0].n).toBe(0);
    expect((await t.pool.query("SELECT count(*)::int AS n FROM kept_counts")).rows[0].n).toBe(0);
  });
});
