// Test helpers: a fresh database per test file, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { closeDb, getDb, type Db } from "../client.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated template database of the run (see global-setup.ts). */
    pgTemplateUrl: string;
  }
}

export interface TestDatabase {
  url: string;
  db: Db;
  /** A plain node-postgres pool for raw SQL assertions. */
  pool: pg.Pool;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject("pgTemplateUrl");
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = withDatabase(templateUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return {
    url,
    db: getDb(url),
    pool,
    async drop() {
      await closeDb(url);
      await pool.end();
      const c = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** An empty database (no migrations), for tests of the migrations themselves. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const templateUrl = inject("pgTemplateUrl");
  const name = `e_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(templateUrl, name),
    async drop() {
      const c = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
