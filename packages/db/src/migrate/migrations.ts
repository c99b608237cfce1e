// Migrations live in prisma/migrations in Prisma's folder format and are applied by the
// WebAssembly schema engine, which records them in _prisma_migrations exactly as
// `prisma migrate deploy` does: a machine with the native CLI sees the same history.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { repoPath } from "../paths.js";
import { NO_FILTERS, openSchemaEngine, type SchemaFile } from "./schema-engine.js";

export const migrationsDir = () => repoPath("prisma", "migrations");
export const schemaPath = () => repoPath("prisma", "schema.prisma");

export async function readSchema(): Promise<SchemaFile> {
  const file = schemaPath();
  return { path: file, content: await readFile(file, "utf8") };
}

export async function listMigrations(baseDir = migrationsDir()): Promise<MigrationList> {
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => {
        const file = path.join(baseDir, name, "migration.sql");
        const content = existsSync(file)
          ? { tag: "ok" as const, value: await readFile(file, "utf8") }
          : { tag: "error" as const, value: `missing ${file}` };
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

/** Applies the migrations not yet applied; returns their names. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: await listMigrations(), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes a database from the `from` schema (or an empty one) to `to`. The engine
 * connects to `url` when it opens, but a diff between schema files does not change it. */
export async function diffSchemas(url: string, from: SchemaFile | null, to: SchemaFile): Promise<string> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    const result = await engine.diff({
      from: from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    } as never);
    return result.stdout ?? "";
  } finally {
    await close();
  }
}
