// `pnpm seed`: replaces the register's population with a generated one, in one
// transaction, and creates the demo accounts.
import pg from "pg";
import { todayInVietnam, type IsoDate } from "@danso/domain";
import { withoutIndexes } from "../sql/bulk.js";
import { createDemoUsers, pickDemoPlace } from "../users/demo-users.js";
import { buildCatalog, generateWorld, type UnitRow } from "./generate.js";
import { summarize, type WorldSummary } from "./summary.js";
import { writeWorld } from "./write.js";
import { REGISTER_START } from "./generate.js";
import { applyReorganisation } from "../reorganisation/apply.js";
import { CACHE_TABLES, CLEARED_TABLES, POPULATION_TABLES, SeedRefusedError, countClearedRows, dataWorthKeeping, describeRows, type TableCounts } from "./guard.js";

export interface SeedOptions {
  provinces?: string[];
  scale?: number;
  seed?: string | number;
  today?: IsoDate;
  /** Province of the demo accounts (default Hải Dương, 30). */
  demoProvince?: string;
  /** When the database holds data worth keeping (accounts, reports, audit rows, a
   * population: see guard.ts): "refuse" throws SeedRefusedError and changes nothing;
   * "delete" deletes it, after listing what it deletes. `pnpm seed` and `pnpm start` refuse
   * unless told (--force); the default is "delete" for callers that own their database
   * (tests on a fresh clone, the benchmark's cluster). */
  onDataWorthKeeping?: "refuse" | "delete";
}

/** The demo: all 63 provinces at about 1 % of their size, about a million persons. */
export const DEMO_SCALE = 0.0104;

export interface SeedResult {
  persons: number;
  households: number;
  events: number;
  /** Rows the seed deleted, per table (only non-empty tables). */
  deleted: TableCounts;
  seconds: { generate: number; write: number; total: number };
  summary: WorldSummary;
}

export async function seedPopulation(url: string, options: SeedOptions = {}, log: (m: string) => void = console.log): Promise<SeedResult> {
  const started = Date.now();
  const today = options.today ?? todayInVietnam();
  const scale = options.scale ?? DEMO_SCALE;
  const seed = options.seed ?? 1;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const refuse = options.onDataWorthKeeping === "refuse";
  const check = (counts: TableCounts) => {
    const kept = dataWorthKeeping(counts);
    if (refuse && kept.length) throw new SeedRefusedError(kept);
  };
  try {
    // Before minutes of generation, and again under lock just before deleting.
    check(await countClearedRows(client));
    // The generator lives on the tree of the register's first day; the reorganisation step
    // then re-addresses its households, as it does for an existing database.
    const units = await client.query<UnitRow>(
      `SELECT id, code, name, type, level, parent_id AS "parentId", urban FROM admin_unit
        WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to > $1::date) ORDER BY id`,
      [REGISTER_START],
    );
    const catalog = buildCatalog(units.rows);
    log(`Sinh dân số tổng hợp: ${options.provinces?.length ? `tỉnh ${options.provinces.join(", ")}` : "63 tỉnh"}, tỷ lệ ${scale}, hạt giống ${seed}, đến ngày ${today}`);
    const world = generateWorld(catalog, { provinces: options.provinces ?? [], scale, seed, today, onProgress: log });
    const generated = Date.now();

    await client.query("BEGIN");
    await client.query(`LOCK TABLE ${CLEARED_TABLES.join(", ")} IN ACCESS EXCLUSIVE MODE`);
    const existing = await countClearedRows(client);
    check(existing);
    const deleted = Object.fromEntries(Object.entries(existing).filter(([, n]) => n > 0));
    if (Object.keys(deleted).length) log(`Xóa dữ liệu hiện có (deleting): ${describeRows(deleted)}`);
    await client.query(`TRUNCATE ${[...CLEARED_TABLES, ...CACHE_TABLES].join(", ")} RESTART IDENTITY CASCADE`);
    // The kept counts were emptied with the register, so the change log's triggers need not
    // see the millions of rows written next (each COPY would hand them a transition table).
    const triggers = (on: boolean) => client.query(POPULATION_TABLES.map((t) => `ALTER TABLE ${t} ${on ? "ENABLE" : "DISABLE"} TRIGGER USER`).join("; "));
    await triggers(false);
    await withoutIndexes(client, [...POPULATION_TABLES], () =>
      writeWorld(client, world, seed, (table, rows, seconds) =>
        log(`  ${table}: ${rows.toLocaleString("vi-VN")} dòng (${seconds.toFixed(1)} s, ${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("vi-VN")} dòng/s)`),
      ), log);
    for (const t of POPULATION_TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), COALESCE((SELECT max(id) FROM ${t}), 0) + 1, false)`);
    }
    const place = await pickDemoPlace(client, options.demoProvince);
    await createDemoUsers(client, place);
    const readdressed = await applyReorganisation(client, today, { inTransaction: true });
    if (readdressed) log(`Chuyển sổ sang đơn vị mới từ 01/07/2025: ${readdressed.households.toLocaleString("vi-VN")} hộ (${readdressed.seconds.toFixed(1)} s)`);
    await triggers(true);
    await client.query("COMMIT");
    log("Cập nhật thống kê của PostgreSQL (ANALYZE)…");
    await client.query("ANALYZE");
    const done = Date.now();
    const summary = summarize(world, REGISTER_START, today, options.provinces ?? []);
    return {
      persons: world.persons.length,
      households: world.households.length,
      events: world.events.length,
      deleted,
      seconds: { generate: (generated - started) / 1000, write: (done - generated) / 1000, total: (done - started) / 1000 },
      summary,
    };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

/** Persons in the register (0 before the first seed). */
export async function countPersons(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM person");
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
