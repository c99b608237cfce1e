// Runs the re-addressing of a reorganisation once per database: recorded in data_step, so
// `pnpm start` upgrades an existing register the first time and never again.
import type pg from "pg";
import { REORGANISATION_2025 } from "../reference/trees.js";
import { readdressHouseholds, type ReaddressImport, type ReaddressResult } from "./readdress.js";

export const READDRESS_STEP = `readdress-${REORGANISATION_2025}`;

/**
 * Re-addresses the register on 1 July 2025 if that day has come, the step has not run and
 * households of the old tree exist. Runs in the caller's transaction when `inTransaction`.
 */
export async function applyReorganisation(
  client: pg.ClientBase, today: string, options: { inTransaction?: boolean; imported?: ReaddressImport } = {},
): Promise<ReaddressResult | null> {
  if (today < REORGANISATION_2025) return null;
  const own = !options.inTransaction;
  if (own) await client.query("BEGIN");
  try {
    await client.query("LOCK TABLE data_step IN EXCLUSIVE MODE");
    const done = await client.query("SELECT 1 FROM data_step WHERE name = $1", [READDRESS_STEP]);
    const old = done.rowCount ? null : await client.query(
      `SELECT 1 FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE u.valid_to = $1::date LIMIT 1`, [REORGANISATION_2025]);
    if (!old?.rowCount) {
      if (own) await client.query("COMMIT");
      return null;
    }
    const result = await readdressHouseholds(client, REORGANISATION_2025, options.imported);
    await client.query("INSERT INTO data_step (name, detail) VALUES ($1, $2)", [READDRESS_STEP, JSON.stringify(result)]);
    if (own) await client.query("COMMIT");
    return result;
  } catch (e) {
    if (own) await client.query("ROLLBACK");
    throw e;
  }
}
