// Loads the administrative trees into admin_unit, each once: the pre-reform tree
// (data/vn/units-2025-03.json: nation, 63 provinces, 696 districts, 10,047 communes) and
// the tree in force since 1 July 2025 (units-2025-07.json: 34 provinces, 3,321 communes).
// The nation is one unit across trees; every other unit belongs to one tree and is valid
// only over that tree's dates. The successions between them are in successions.ts.
import { readFileSync } from "node:fs";
import type pg from "pg";
import { foldVietnamese } from "@danso/domain";
import { repoPath } from "../paths.js";
import { copyRows } from "../sql/copy.js";
import { TREES, type Tree } from "./trees.js";

export interface UnitRecord {
  code: string;
  name: string;
  shortName: string;
  type: string;
  level: number;
  parent: string | null;
  urban: boolean | null;
}

interface UnitFile {
  asOf: string;
  units: UnitRecord[];
}

export function readUnitFile(file: string): UnitFile {
  return JSON.parse(readFileSync(repoPath("data", "vn", file), "utf8")) as UnitFile;
}

export interface LoadedUnit extends UnitRecord {
  id: number;
  parentId: number | null;
  path: string;
}

/**
 * Gives each unit of a tree an id (in file order, parents first) and its materialized path.
 * The tree's nation is the shared one (`nation`); levels follow the one meaning of every
 * tree (3 is a commune even when its parent is a province); later trees tag their paths.
 */
export function buildUnitRows(tree: Tree, units: UnitRecord[], firstId: number, nation?: { id: number; path: string }): LoadedUnit[] {
  const byCode = new Map<string, LoadedUnit>();
  const out: LoadedUnit[] = [];
  let next = firstId;
  for (const u of units) {
    if (u.level === 0 && nation) {
      byCode.set(u.code, { ...u, id: nation.id, parentId: null, path: nation.path });
      continue;
    }
    const parent = u.parent ? byCode.get(u.parent) : undefined;
    if (u.parent && !parent) throw new Error(`Unit ${u.code} comes before its parent ${u.parent}`);
    const level = tree.levels[u.level] ?? u.level;
    const under = parent ? (parent.level === 0 && tree.pathTag ? `${parent.path}.${tree.pathTag}` : parent.path) : null;
    const row: LoadedUnit = { ...u, level, id: next++, parentId: parent?.id ?? null, path: under ? `${under}.${u.code}` : u.code };
    byCode.set(u.code, row);
    out.push(row);
  }
  return out;
}

/** Inserts every tree not yet loaded, in one transaction. Returns the number of units added. */
export async function ensureUnits(client: pg.ClientBase): Promise<number> {
  let added = 0;
  await client.query("BEGIN");
  try {
    await client.query("LOCK TABLE admin_unit IN SHARE ROW EXCLUSIVE MODE");
    for (const tree of TREES) added += await ensureTree(client, tree);
    await client.query("SELECT setval(pg_get_serial_sequence('admin_unit', 'id'), GREATEST((SELECT max(id) FROM admin_unit), 1))");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  }
  return added;
}

async function ensureTree(client: pg.ClientBase, tree: Tree): Promise<number> {
  const present = await client.query("SELECT 1 FROM admin_unit WHERE level > 0 AND valid_from = $1 LIMIT 1", [tree.validFrom]);
  if (present.rowCount) {
    // Databases loaded before the reform was known hold the first tree as open-ended.
    if (tree.validTo) await client.query("UPDATE admin_unit SET valid_to = $2 WHERE level > 0 AND valid_from = $1 AND valid_to IS NULL", [tree.validFrom, tree.validTo]);
    return 0;
  }
  const nation = (await client.query<{ id: number; path: string }>("SELECT id, path FROM admin_unit WHERE level = 0 ORDER BY id LIMIT 1")).rows[0];
  const { rows } = await client.query<{ next: number }>("SELECT coalesce(max(id), 0) + 1 AS next FROM admin_unit");
  const units = buildUnitRows(tree, readUnitFile(tree.file).units, rows[0]!.next, nation);
  await copyRows(
    client,
    "admin_unit",
    ["id", "code", "name", "short_name", "type", "level", "parent_id", "path", "search_name", "urban", "valid_from", "valid_to"],
    units.map((u) => [u.id, u.code, u.name, u.shortName, u.type, u.level, u.parentId, u.path, foldVietnamese(u.name), u.urban, tree.validFrom,
      u.level === 0 ? null : tree.validTo]),
  );
  return units.length;
}
