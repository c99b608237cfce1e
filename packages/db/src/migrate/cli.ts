// pnpm db:migrate             apply pending migrations to the app's database
// pnpm db:migration:new NAME  write prisma/migrations/<timestamp>_NAME/migration.sql with the
//                             SQL from the last committed schema (git HEAD, or --from FILE)
//                             to the current prisma/schema.prisma
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import { startEmbeddedPostgres } from "../postgres/embedded.js";
import { resolveDatabase } from "../postgres/resolve.js";
import { repoRoot } from "../paths.js";
import { diffSchemas, listMigrations, migrateDatabase, migrationsDir, readSchema, schemaPath } from "./migrations.js";

async function previousSchema(fromFile?: string) {
  if (fromFile) return { path: schemaPath(), content: await readFile(fromFile, "utf8") };
  const existing = await listMigrations();
  if (existing.migrationDirectories.length === 0) return null;
  const content = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: repoRoot(), encoding: "utf8" });
  return { path: schemaPath(), content };
}

async function newMigration(name: string, fromFile?: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: lower case letters, digits and _ only");
  const scratch = await startEmbeddedPostgres({ dataDir: await mkdtemp(path.join(os.tmpdir(), "danso-diff-")), persistent: false });
  let sql: string;
  try {
    sql = await diffSchemas(scratch.url, await previousSchema(fromFile), await readSchema());
  } finally {
    await scratch.stop();
  }
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("No change between the schemas: no migration written.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir(), `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(migrationsDir(), "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(repoRoot(), dir)}/migration.sql`);
}

async function deploy() {
  const db = await resolveDatabase();
  try {
    const applied = await migrateDatabase(db.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await db.stop();
  }
}

const [cmd, ...args] = process.argv.slice(2);
const fromIdx = args.indexOf("--from");
const from = fromIdx >= 0 ? args[fromIdx + 1] : undefined;
const name = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--from");
if (cmd === "new" && name) await newMigration(name, from);
else if (cmd === "deploy") await deploy();
else {
  console.error("usage: migrate deploy | migrate new <name> [--from schema.prisma]");
  process.exit(2);
}
