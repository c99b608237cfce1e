// The migrations and schema.prisma must describe the same database: one database is built
// from prisma/migrations, another from the schema alone (diff empty → schema), and their
// catalogs must match table by table, column by column, index by index.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../testing/index.js";
import { diffSchemas, migrateDatabase, readSchema } from "./migrations.js";

const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
             ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
             WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                   AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`,
  extensions: `SELECT extname FROM pg_extension ORDER BY 1`,
};

async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [k, q] of Object.entries(CATALOG)) out[k] = (await c.query(q)).rows;
    return out;
  } finally {
    await c.end();
  }
}

describe("migrations", () => {
  let fromMigrations: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let fromSchema: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    [fromMigrations, fromSchema] = await Promise.all([createEmptyDatabase(), createEmptyDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([fromMigrations.drop(), fromSchema.drop()]);
  });

  it("describe the same database as schema.prisma", async () => {
    const applied = await migrateDatabase(fromMigrations.url);
    expect(applied.length).toBeGreaterThan(0);

    const sql = await diffSchemas(fromSchema.url, null, await readSchema());
    const c = new pg.Client({ connectionString: fromSchema.url });
    await c.connect();
    await c.query(sql);
    await c.end();

    const [a, b] = await Promise.all([catalog(fromMigrations.url), catalog(fromSchema.url)]);
    expect(a.columns?.length).toBeGreaterThan(50);
    for (const part of Object.keys(CATALOG)) expect(a[part], part).toEqual(b[part]);
  });

  it("are recorded like prisma migrate deploy and are not applied twice", async () => {
    expect(await migrateDatabase(fromMigrations.url)).toEqual([]);
    const c = new pg.Client({ connectionString: fromMigrations.url });
    await c.connect();
    const { rows } = await c.query("SELECT migration_name, finished_at FROM _prisma_migrations");
    await c.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
