// Disk use of the database and its largest tables (for the benchmark's report).
import pg from "pg";

export interface DatabaseSize {
  totalBytes: number;
  tables: { name: string; bytes: number }[];
}

export async function databaseSize(url: string, top = 8): Promise<DatabaseSize> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const total = await c.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    const tables = await c.query<{ name: string; bytes: string }>(
      `SELECT relname AS name, pg_total_relation_size(oid) AS bytes FROM pg_class
        WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT $1`,
      [top],
    );
    return { totalBytes: Number(total.rows[0]!.bytes), tables: tables.rows.map((t) => ({ name: t.name, bytes: Number(t.bytes) })) };
  } finally {
    await c.end();
  }
}
