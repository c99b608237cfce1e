// Test helpers of the exports: a seeded register, and PDFs read back with the documents
// package's PDF.js reader (pdfkit re-encodes fonts, so the bytes cannot be searched).
import { seedPopulation } from "@danso/db/admin";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { pdfPages } from "@danso/documents/testing";

/** Hải Dương and Hải Phòng at 1 % of their size, five years of history: generated on the
 * tree before 1 July 2025 and re-addressed that day into the merged Hải Phòng city. */
export async function seededDatabase(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.01, seed: 1, today: "2026-11-25" }, () => {});
  return t;
}

/** A unit by its path, which names one unit of one tree: VN.30.288 (before 1 July 2025),
 * VN.T2025.31 (since), VN (the nation, in every tree). */
export async function unitIdByPath(t: TestDatabase, path: string): Promise<number> {
  const { rows } = await t.pool.query<{ id: number }>("SELECT id FROM admin_unit WHERE path = $1", [path]);
  if (rows.length !== 1) throw new Error(`No single unit at ${path}`);
  return rows[0]!.id;
}

/** The text of a PDF, its pages one after the other, with whitespace collapsed to single spaces. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join(" ");
}
