// `npx tsx packages/api/src/exports/render-real-samples.ts`: documents from the full-size
// Hải Dương of the benchmark cluster (.bench/, `pnpm bench:seed` makes it), so that the
// layout is judged on real numbers: Biểu 01-DSH of Thành phố Hải Dương for 2025-Q2, signed
// with a throwaway key, and the province's 2025 yearbook. Writes /tmp/danso-real/*.pdf,
// *.xlsx, *.csv and a PNG per PDF page (pdftoppm -r 60). Reads the cluster, writes nothing to it.
// A dev tool for looking at the layout, not a test: the PNGs need poppler's pdftoppm
// (`apt-get install poppler-utils`), which is optional; without it only the PNGs are skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { closeDb, computeReport, getDb, type Db } from "@danso/db";
import { decryptPrivateKey, generateSigningKeyPair, repoPath, signSnapshot, startEmbeddedPostgres } from "@danso/db/admin";
import { renderReportCsv, renderReportPdf, renderReportXlsx, renderYearbookPdf, renderYearbookXlsx } from "@danso/documents";
import { loadReportAgency } from "./agency.js";
import { toReportDocument } from "./report-document.js";
import { buildYearbook } from "./yearbook.js";

const OUT = "/tmp/danso-real";

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

async function unitId(db: Db, path: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ id: number }[]>("SELECT id FROM admin_unit WHERE path = $1 AND valid_from <= '2025-12-31' AND (valid_to IS NULL OR valid_to > '2025-12-31')", path);
  if (rows.length !== 1) throw new Error(`No single unit at ${path}`);
  return rows[0]!.id;
}

async function districtReport(db: Db): Promise<void> {
  const city = await unitId(db, "VN.30.288");
  const table = await timed("Biểu 01-DSH, Thành phố Hải Dương, 2025-Q2 (computeReport)", () => computeReport(db, "01-DSH", city, "2025-Q2"));
  const secret = "render-real-samples: throwaway secret";
  const pair = generateSigningKeyPair(secret);
  const signed = signSnapshot(table, decryptPrivateKey(pair.encryptedPrivateKey, secret));
  const doc = toReportDocument(table, {
    status: "APPROVED", version: 1, reportId: 1, agency: await loadReportAgency(db, city, table.period.end),
    generatedAt: new Date("2025-07-07T02:15:00Z"), preparerName: "Trần Thị Mai",
    signing: { signerName: "Nguyễn Văn Hùng", signedAt: new Date("2025-07-08T03:30:00Z"), contentHash: signed.contentHash, publicKeyPem: pair.publicKey },
  });
  writeFileSync(join(OUT, "dsh01-288-2025-Q2.pdf"), await renderReportPdf(doc));
  writeFileSync(join(OUT, "dsh01-288-2025-Q2.xlsx"), await renderReportXlsx(doc));
  writeFileSync(join(OUT, "dsh01-288-2025-Q2.csv"), renderReportCsv(doc));
}

async function yearbook(db: Db): Promise<void> {
  const province = await unitId(db, "VN.30");
  const book = await timed("Yearbook, Tỉnh Hải Dương, 2025 (buildYearbook)", () => buildYearbook(db, { unitId: province, year: 2025 }));
  const pdf = await timed("Yearbook PDF (renderYearbookPdf)", () => renderYearbookPdf(book));
  writeFileSync(join(OUT, "yearbook-30-2025.pdf"), pdf);
  writeFileSync(join(OUT, "yearbook-30-2025.xlsx"), await renderYearbookXlsx(book));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await timed("Start the benchmark cluster", () => startEmbeddedPostgres({ dataDir: repoPath(".bench", "postgres"), port: 54339 }));
try {
  const db = getDb(server.url);
  await districtReport(db);
  await yearbook(db);
} finally {
  await closeDb();
  await server.stop();
}
if (spawnSync("pdftoppm", ["-v"]).error) {
  console.log("pdftoppm (poppler-utils) is not installed: no PNGs, open the PDFs instead.");
} else {
  for (const f of readdirSync(OUT).filter((n) => n.endsWith(".pdf"))) {
    execFileSync("pdftoppm", ["-png", "-r", "60", join(OUT, f), join(OUT, f.replace(/\.pdf$/, ""))]);
  }
}
console.log(`Written to ${OUT}:\n  ${readdirSync(OUT).sort().join("\n  ")}`);
