// Test helpers of the exports: a seeded register, and PDFs read back with poppler's
// pdftotext (pdfkit re-encodes fonts, so the bytes cannot be searched).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedPopulation } from "@danso/db/admin";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";

/** Hải Dương and Hải Phòng at 1 % of their size, five years of history. */
export async function seededDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.01, seed: 1, today: "2026-11-25" }, () => {});
  return t;
}

export async function unitIdByPath(t: TestDatabase, path: string): Promise<number> {
  const { rows } = await t.pool.query<{ id: number }>("SELECT id FROM admin_unit WHERE path = $1 AND valid_to IS NULL", [path]);
  if (rows.length !== 1) throw new Error(`No single unit at ${path}`);
  return rows[0]!.id;
}

/** The text of a PDF with whitespace collapsed to single spaces. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "danso-exports-"));
  try {
    writeFileSync(join(dir, "doc.pdf"), pdf);
    const r = spawnSync("pdftotext", ["-enc", "UTF-8", join(dir, "doc.pdf"), "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
    return r.stdout.replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
