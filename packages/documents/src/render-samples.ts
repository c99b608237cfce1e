// Writes the sample documents to /tmp/danso-docs (or the folder given) to look at them:
//   npx tsx packages/documents/src/render-samples.ts
// A dev tool, not a test. To get PNGs of the pages, optionally, with poppler's pdftoppm
// (`apt-get install poppler-utils`; nothing else in the repo needs it):
//   for f in /tmp/danso-docs/*.pdf; do pdftoppm -png -r 60 "$f" "${f%.pdf}"; done
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderReportCsv } from "./csv/report-csv.js";
import { renderReportPdfWithLayout } from "./pdf/report-pdf.js";
import { renderYearbookPdfWithToc } from "./pdf/yearbook-pdf.js";
import { communeYearReport, districtQuarterReport, provinceYearReport } from "./samples/report-samples.js";
import { provinceYearbook } from "./samples/yearbook-sample.js";
import { renderReportXlsx } from "./xlsx/report-xlsx.js";
import { renderYearbookXlsx } from "./xlsx/yearbook-xlsx.js";

const out = process.argv[2] ?? "/tmp/danso-docs";
mkdirSync(out, { recursive: true });

const reports = {
  "report-district-01-DSH": districtQuarterReport(),
  "report-district-01-DSH-12-unsigned": districtQuarterReport({ signed: false, children: 12 }),
  "report-province-DST-NAM": provinceYearReport(),
  "report-commune-03-DSX": communeYearReport(),
  "report-hanoi-DST-NAM-30-districts": provinceYearReport("01"),
};

for (const [name, doc] of Object.entries(reports)) {
  const { pdf, layout } = await renderReportPdfWithLayout(doc);
  writeFileSync(join(out, `${name}.pdf`), pdf);
  writeFileSync(join(out, `${name}.xlsx`), await renderReportXlsx(doc));
  writeFileSync(join(out, `${name}.csv`), renderReportCsv(doc));
  const groups = layout.groups.map((g) => g.columns.length).join("+");
  console.log(`${name}: ${layout.orientation}, ${layout.fontSize} pt, value columns per page group: ${groups}`);
}

const book = provinceYearbook();
const { pdf, toc, pageCount } = await renderYearbookPdfWithToc(book);
writeFileSync(join(out, "yearbook-hai-duong-2026.pdf"), pdf);
writeFileSync(join(out, "yearbook-hai-duong-2026.xlsx"), await renderYearbookXlsx(book));
console.log(`yearbook: ${pageCount} pages; contents: ${toc.map((e) => `${e.number} p.${e.page}`).join(", ")}`);

// A long book: the contents run over two pages.
const long = await renderYearbookPdfWithToc(provinceYearbook({ extraTables: 45 }));
writeFileSync(join(out, "yearbook-long.pdf"), long.pdf);
console.log(`long yearbook: ${long.pageCount} pages; last section on p.${long.toc.at(-1)!.page}`);
