// Serving a level's boundaries: public (administrative boundaries are public information),
// versioned by the hash in the URL so a browser keeps them for good; any other URL (an old
// version) gets the current set, to be revalidated on every use.
import { servedBoundaries, treeById, type Db } from "@danso/db";

const json = (status: number, message: string) => Response.json({ error: { code: status === 404 ? "NOT_FOUND" : "BAD_USER_INPUT", message } }, { status });

export async function boundaryResponse(db: Db, treeId: string, levelText: string, version: string | null, ifNoneMatch: string | null): Promise<Response> {
  const tree = treeById(treeId);
  const level = Number(levelText);
  if (!tree || !Number.isInteger(level)) return json(404, "Không có ranh giới này.");
  const served = await servedBoundaries(db, tree, level);
  if (!served) return json(404, `Cấp ${level} của danh mục ${tree.id} chưa có ranh giới.`);
  const etag = `"${served.hash.slice(0, 32)}"`;
  const current = version !== null && served.hash.startsWith(version);
  const headers = {
    etag,
    "content-type": "application/json; charset=utf-8",
    "cache-control": current ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
  };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
  return new Response(served.body, { headers });
}
