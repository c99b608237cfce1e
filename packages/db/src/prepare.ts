// Brings a database to the state the app needs: migrations applied, reference units loaded.
import pg from "pg";
import { migrateDatabase } from "./migrate/migrations.js";
import { ensureUnits } from "./reference/units.js";

export async function prepareDatabase(url: string, log: (line: string) => void = () => {}): Promise<void> {
  const applied = await migrateDatabase(url);
  if (applied.length) log(`Đã áp dụng migration: ${applied.join(", ")}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const added = await ensureUnits(client);
    if (added) log(`Đã nạp ${added.toLocaleString("vi-VN")} đơn vị hành chính`);
  } finally {
    await client.end();
  }
}
