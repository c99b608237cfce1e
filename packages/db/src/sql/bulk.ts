// Bulk loads are several times faster into tables without secondary indexes and foreign
// keys: drop them, load, and recreate them exactly as they were (same definitions, so the
// schema does not drift). Call inside a transaction so a failure restores everything.
import type pg from "pg";

export async function withoutIndexes<T>(client: pg.ClientBase, tables: string[], load: () => Promise<T>, log: (m: string) => void = () => {}): Promise<T> {
  const fks = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint
      WHERE contype = 'f' AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid::regclass::text = ANY($1) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
  for (const ix of indexes.rows) await client.query(`DROP INDEX ${ix.name}`);
  const result = await load();
  let t = Date.now();
  for (const ix of indexes.rows) await client.query(ix.def);
  log(`Tạo lại ${indexes.rows.length} chỉ mục (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  t = Date.now();
  for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  log(`Kiểm tra lại ${fks.rows.length} khóa ngoại (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return result;
}
