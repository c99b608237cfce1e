// The boundaries the map draws for one level of one tree: an administrator's import when
// there is one, else the bundled reference file (data/vn), simplified once per process and
// kept in memory. Each version is named by the SHA-256 of its bytes, so its URL can be
// cached by browsers for good and a new import is a new URL.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { servedTopology, shapesOfTopology } from "@danso/domain";
import type { Db } from "../client.js";
import { repoPath } from "../paths.js";
import { TREES, type Tree } from "../reference/trees.js";

export interface ServedBoundaries {
  body: string;
  hash: string;
  source: "BUNDLED" | "IMPORTED";
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

const bundled = new Map<string, Promise<ServedBoundaries>>();
/** Imported sets by hash (a replaced set's entry is dropped when the map grows). */
const imported = new Map<string, ServedBoundaries>();

export const treeById = (id: string): Tree | undefined => TREES.find((t) => t.id === id);

/** The version (hash) the map should ask for, or null when the level has no boundaries. */
export async function boundaryVersion(db: Db, tree: Tree, level: number): Promise<string | null> {
  const row = await db.boundarySet.findUnique({ where: { tree_level: { tree: tree.id, level } }, select: { hash: true } });
  if (row) return row.hash;
  return tree.boundaries[level] ? (await bundledBoundaries(tree, level)).hash : null;
}

/** The boundaries themselves, or null when the level has none. */
export async function servedBoundaries(db: Db, tree: Tree, level: number): Promise<ServedBoundaries | null> {
  const row = await db.boundarySet.findUnique({ where: { tree_level: { tree: tree.id, level } }, select: { hash: true } });
  if (row) {
    let served = imported.get(row.hash);
    if (!served) {
      const full = await db.boundarySet.findUniqueOrThrow({ where: { tree_level: { tree: tree.id, level } }, select: { topology: true, hash: true } });
      served = { body: full.topology, hash: full.hash, source: "IMPORTED" };
      if (imported.size >= 16) imported.clear();
      imported.set(full.hash, served);
    }
    return served;
  }
  return tree.boundaries[level] ? bundledBoundaries(tree, level) : null;
}

function bundledBoundaries(tree: Tree, level: number): Promise<ServedBoundaries> {
  const key = `${tree.id}/${level}`;
  let served = bundled.get(key);
  if (!served) {
    served = (async () => {
      const topo = JSON.parse(await readFile(repoPath("data", "vn", tree.boundaries[level]!), "utf8")) as Parameters<typeof shapesOfTopology>[0];
      const body = JSON.stringify(servedTopology(shapesOfTopology(topo)));
      return { body, hash: sha256(body), source: "BUNDLED" as const };
    })();
    served.catch(() => bundled.delete(key));
    bundled.set(key, served);
  }
  return served;
}
