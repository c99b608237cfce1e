// Loads the administrative tree (data/vn/units-2025-03.json: nation, 63 provinces,
// 696 districts, 10,047 communes) into admin_unit, once.
import { readFileSync } from "node:fs";
import type pg from "pg";
import { foldVietnamese } from "@danso/domain";
import { repoPath } from "../paths.js";
import { copyRows } from "../sql/copy.js";

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

/**
 * The GSO list is a snapshot of 2025-03-01. The register's history starts with the 2021
 * book renewal, and the synthetic population uses this tree for its whole history, so the
 * units are valid from the register's start. (Units merged before 2025 are not in the list.)
 */
export const PRE_REFORM_TREE = { file: "units-2025-03.json", validFrom: "2021-01-01" } as const;

export function readUnitFile(file: string = PRE_REFORM_TREE.file): UnitFile {
  return JSON.parse(readFileSync(repoPath("data", "vn", file), "utf8")) as UnitFile;
}

export interface LoadedUnit extends UnitRecord {
  id: number;
  parentId: number | null;
  path: string;
}

/** Gives each unit an id (in file order, parents first) and its materialized path. */
export function buildUnitRows(units: UnitRecord[], firstId = 1): LoadedUnit[] {
  const byCode = new Map<string, LoadedUnit>();
  return units.map((u, i) => {
    const parent = u.parent ? byCode.get(u.parent) : undefined;
    if (u.parent && !parent) throw new Error(`Unit ${u.code} comes before its parent ${u.parent}`);
    const row: LoadedUnit = { ...u, id: firstId + i, parentId: parent?.id ?? null, path: parent ? `${parent.path}.${u.code}` : u.code };
    byCode.set(u.code, row);
    return row;
  });
}

/** Inserts the pre-reform tree if admin_unit is empty. Returns the number of units added. */
export async function ensureUnits(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM admin_unit");
  if (Number(rows[0]?.n) > 0) return 0;
  const rowsToLoad = buildUnitRows(readUnitFile().units);
  await client.query("BEGIN");
  try {
    await copyRows(
      client,
      "admin_unit",
      ["id", "code", "name", "short_name", "type", "level", "parent_id", "path", "search_name", "urban", "valid_from"],
      rowsToLoad.map((u) => [u.id, u.code, u.name, u.shortName, u.type, u.level, u.parentId, u.path, foldVietnamese(u.name), u.urban, PRE_REFORM_TREE.validFrom]),
    );
    await client.query("SELECT setval(pg_get_serial_sequence('admin_unit', 'id'), (SELECT max(id) FROM admin_unit))");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  }
  return rowsToLoad.length;
}
