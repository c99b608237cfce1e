// Hand-built registers name their units by key; the database gives them ids. A path names
// one unit of one tree, so it is the key's stable address.
import type pg from "pg";

export async function unitIdsByPath<K extends string>(pool: pg.Pool, paths: Record<K, string>): Promise<Record<K, number>> {
  const { rows } = await pool.query<{ id: number; path: string }>("SELECT id, path FROM admin_unit WHERE path = ANY($1)", [Object.values(paths)]);
  const byPath = new Map(rows.map((r) => [r.path, r.id]));
  return Object.fromEntries(Object.entries<string>(paths).map(([k, path]) => {
    const id = byPath.get(path);
    if (id === undefined) throw new Error(`Unit ${path} is not in the loaded trees`);
    return [k, id];
  })) as Record<K, number>;
}
