// An administrator's boundary file, checked against the units of the level in its tree and
// turned into the topology the map serves. Nothing is stored here: the caller writes the
// set and its audit row in one transaction.
import { addDays, checkBoundaryFile, servedTopology, type IsoDate } from "@danso/domain";
import type { Db } from "../client.js";
import type { Tree } from "../reference/trees.js";
import { unitValidOn } from "../register/units.js";
import { sha256 } from "./served-boundaries.js";

export class BoundaryFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

export interface PreparedBoundarySet {
  topology: string;
  hash: string;
  unitCount: number;
  missingCodes: string[];
}

/** The last day of a tree (today for the tree in force): the day its unit list is read. */
const lastDayOf = (tree: Tree, today: IsoDate): IsoDate => (tree.validTo === null ? today : addDays(tree.validTo, -1));

export async function prepareBoundarySet(db: Db, tree: Tree, level: number, text: string, today: IsoDate): Promise<PreparedBoundarySet> {
  if (!Object.values(tree.levels).includes(level) || level === 0) {
    throw new BoundaryFileError([`Danh mục ${tree.id} không có cấp ${level}.`]);
  }
  const units = await db.adminUnit.findMany({ where: { level, ...unitValidOn(lastDayOf(tree, today)) }, select: { code: true } });
  const check = checkBoundaryFile(text, new Set(units.map((u) => u.code)));
  if (check.errors.length) throw new BoundaryFileError(check.errors);
  const topology = JSON.stringify(servedTopology(check.shapes));
  return { topology, hash: sha256(topology), unitCount: check.shapes.length, missingCodes: check.missingCodes };
}
