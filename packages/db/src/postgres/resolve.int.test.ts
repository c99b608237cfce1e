// Which PostgreSQL the app uses: the server named by DATABASE_URL when it is set, otherwise
// the embedded one, whose data survives a restart.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/index.js";
import { freePort } from "./embedded.js";
import { resolveDatabase } from "./resolve.js";

const query = async (url: string, sql: string) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
};

describe("resolveDatabase", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const f of cleanup.reverse()) await f();
  });

  it("uses DATABASE_URL when it is given, without starting a server", async () => {
    const t = await createTestDatabase();
    cleanup.push(() => t.drop());
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "danso-unused-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const db = await resolveDatabase({ DATABASE_URL: t.url, DANSO_DATA_DIR: dataDir });
    expect(db.embedded).toBe(false);
    expect(db.url).toBe(t.url);
    // It is the given database: the template's units are there (both trees, the nation shared:
    // 10,807 + 3,356 − 1), and nothing was initialised.
    expect(Number((await query(db.url, "SELECT count(*) AS n FROM admin_unit"))[0].n)).toBe(14_162);
    await db.stop();
    expect(await import("node:fs").then((fs) => fs.readdirSync(dataDir))).toEqual([]);
  });

  it("starts the embedded server without DATABASE_URL and keeps its data across restarts", async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), "danso-embedded-"));
    await chmod(parent, 0o755); // the server runs as the postgres user, who must reach the folder
    const dataDir = path.join(parent, "postgres");
    cleanup.push(() => rm(path.dirname(dataDir), { recursive: true, force: true }));
    const env = { DANSO_DATA_DIR: dataDir, DANSO_PG_PORT: String(await freePort()) };
    const first = await resolveDatabase(env);
    expect(first.embedded).toBe(true);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('vẫn còn sau khi khởi động lại')");
    await first.stop();

    const second = await resolveDatabase(env);
    try {
      expect(second.url).toBe(first.url);
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "vẫn còn sau khi khởi động lại" }]);
    } finally {
      await second.stop();
    }
  });
});
