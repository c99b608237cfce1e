// `pnpm seed` refuses, changing nothing, to wipe a database that holds accounts, reports or
// audit rows; with --force it deletes them and says what it deleted; an empty database it
// seeds without being told (the path of the first `pnpm start`).
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "../paths.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { SeedRefusedError, countSeedTables, dataWorthKeeping } from "./guard.js";
import { seedPopulation } from "./seed.js";

const SMALL = { provinces: ["30"], scale: 0.002, seed: 2, today: "2026-11-25" };
const open: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.drop()));
});
async function database(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  open.push(t);
  return t;
}

/** Rows in every table of the database, units and migration history included. */
async function allCounts(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1");
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    out[name] = Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${pg.escapeIdentifier(name)}`)).rows[0]?.n);
  }
  return out;
}

const unit = "(SELECT min(id) FROM admin_unit WHERE level = 1)";
const ROWS: Record<string, string> = {
  account: `INSERT INTO app_user (login, password_hash, full_name, role, unit_id) VALUES ('canbo', 'x', 'Cán bộ thật', 'PROVINCE_OFFICER', ${unit})`,
  report: `INSERT INTO report (form_code, unit_id, period) VALUES ('BM01', ${unit}, '2026-M10')`,
  audit: "INSERT INTO audit_log (action, entity_type, login) VALUES ('VIEW', 'Person', 'canbo')",
};

function seedCli(url: string, args: string[]) {
  const root = repoRoot();
  return spawnSync(path.join(root, "node_modules/.bin/tsx"), ["packages/db/src/seed/cli.ts", ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 120_000,
  });
}

describe("seed guard", () => {
  it("seeds an empty database without being told, and a database it seeded is one to keep", async () => {
    const t = await database();
    expect(dataWorthKeeping(await countSeedTables(t.url))).toEqual([]);
    const r = await seedPopulation(t.url, { ...SMALL, onDataWorthKeeping: "refuse" }, () => {});
    expect(r.persons).toBeGreaterThan(1000);
    expect(r.deleted).toEqual({});
    // What `pnpm start` sees the next time: a population (so it skips seeding) and accounts.
    const counts = await countSeedTables(t.url);
    expect(counts.person).toBe(r.persons);
    expect(dataWorthKeeping(counts).map((k) => k.table)).toEqual(["app_user", "person"]);
  });

  for (const [kind, sql] of Object.entries(ROWS)) {
    it(`refuses a database with one ${kind} row and leaves every table as it was`, async () => {
      const t = await database();
      await t.pool.query(sql);
      const before = await allCounts(t.pool);
      await expect(seedPopulation(t.url, { ...SMALL, onDataWorthKeeping: "refuse" }, () => {})).rejects.toBeInstanceOf(SeedRefusedError);
      expect(await allCounts(t.pool)).toEqual(before);
    });
  }

  it("`pnpm seed` exits non-zero with the reason, changing nothing; with --force it deletes and lists what it deleted", async () => {
    const t = await database();
    for (const sql of Object.values(ROWS)) await t.pool.query(sql);
    await t.pool.query("INSERT INTO login_attempt (login, ip, succeeded) VALUES ('canbo', '10.0.0.1', true)");
    const before = await allCounts(t.pool);

    const refused = seedCli(t.url, ["--province", "30", "--scale", "0.002", "--seed", "2", "--today", "2026-11-25"]);
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stderr).toContain("1 tài khoản (accounts), 1 báo cáo (reports), 1 dòng nhật ký truy cập (audit rows)");
    expect(refused.stderr).toContain("pnpm seed --force");
    expect(await allCounts(t.pool)).toEqual(before);

    const forced = seedCli(t.url, ["--province", "30", "--scale", "0.002", "--seed", "2", "--today", "2026-11-25", "--force"]);
    expect(forced.status, forced.stdout + forced.stderr).toBe(0);
    const deleted = "1 tài khoản (accounts), 1 báo cáo (reports), 1 dòng nhật ký truy cập (audit rows), 1 lượt đăng nhập (sign-in attempts)";
    expect(forced.stdout).toContain(`--force: sẽ xóa (will delete) ${deleted}`);
    expect(forced.stdout).toContain(`Đã xóa (deleted): ${deleted}`);
    const after = await allCounts(t.pool);
    expect(after.report).toBe(0);
    expect(after.audit_log).toBe(0);
    expect(after.person).toBeGreaterThan(1000);
    expect(after.admin_unit).toBe(before.admin_unit);
    expect((await t.pool.query("SELECT login FROM app_user WHERE login = 'canbo'")).rowCount).toBe(0);
    expect(Number((await t.pool.query("SELECT count(*) AS n FROM app_user")).rows[0].n)).toBeGreaterThan(0);
  });

  it("reports what it deletes when told to replace a seeded database", async () => {
    const t = await database();
    const first = await seedPopulation(t.url, SMALL, () => {});
    const lines: string[] = [];
    const second = await seedPopulation(t.url, { ...SMALL, onDataWorthKeeping: "delete" }, (m) => lines.push(m));
    expect(second.deleted.person).toBe(first.persons);
    expect(second.deleted.household).toBe(first.households);
    expect(second.deleted.change_event).toBe(first.events);
    expect(second.deleted.app_user).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith("Xóa dữ liệu hiện có (deleting): ") && l.includes("tài khoản (accounts)"))).toBe(true);
    expect((await countSeedTables(t.url)).person).toBe(second.persons);
  });
});
