// Brings a database to the state the app needs: migrations applied, both administrative
// trees and their successions loaded, the register re-addressed to the tree of today.
import pg from "pg";
import { todayInVietnam } from "@danso/domain";
import { migrateDatabase } from "./migrate/migrations.js";
import { ensureSuccessions } from "./reference/successions.js";
import { ensureUnits } from "./reference/units.js";
import { applyReorganisation } from "./reorganisation/apply.js";
import type { ReaddressImport } from "./reorganisation/readdress.js";

export async function prepareDatabase(
  url: string, log: (line: string) => void = () => {}, today = todayInVietnam(), options: { imported?: ReaddressImport } = {},
): Promise<void> {
  const applied = await migrateDatabase(url);
  if (applied.length) log(`Đã áp dụng migration: ${applied.join(", ")}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const added = await ensureUnits(client);
    if (added) log(`Đã nạp ${added.toLocaleString("vi-VN")} đơn vị hành chính`);
    const links = await ensureSuccessions(client);
    if (links) log(`Đã nạp ${links.toLocaleString("vi-VN")} liên kết kế thừa của đợt sắp xếp 01/07/2025`);
    const started = Date.now();
    const result = await applyReorganisation(client, today, options);
    if (result) {
      log(`Đã chuyển sổ sang đơn vị hành chính mới từ 01/07/2025 (re-addressed): ${result.households.toLocaleString("vi-VN")} hộ, `
        + `${result.spellsSplit.toLocaleString("vi-VN")} người đang cư trú, ${result.areasSplit} địa bàn tách, ${result.usersMoved} tài khoản chuyển `
        + `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await client.end();
  }
}
