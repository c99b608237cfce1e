// A statistical report form as PDF: heading, table (split over page groups when too wide),
// notes, signature block, and a footer with the form code, generation time and page number.
import { formatDateTimeVi } from "../format.js";
import type { ReportDocument } from "../model.js";
import { assertTableShape, unconfirmedNote } from "../table.js";
import { CONTINUED, GENERATED_AT, pageLabel } from "../text.js";
import { createPdf, pdfToBuffer } from "./document.js";
import { drawReportHeading } from "./heading.js";
import { addPage, stampFooters } from "./page.js";
import { drawNotes, notesHeight } from "./notes.js";
import { drawSignature, signatureHeight } from "./signature.js";
import { TableDrawer } from "./table-draw.js";
import { layoutTable, pdfMeasure, type TableLayout } from "./table-layout.js";

/** "Phần 2/3 (cột 10–18)" on each group's first page; "(tiếp theo)" on continued pages. */
export function groupCaption(prefix: string, group: number, groups: number, continued: boolean, [from, to]: [number, number]): string | null {
  const part = groups > 1 ? `phần ${group + 1}/${groups}, cột ${from}–${to}` : "";
  if (!continued && groups === 1) return null;
  if (!continued) return `${prefix} — ${part}`;
  return `${prefix} ${CONTINUED}${part ? ` — ${part}` : ""}`;
}

export interface RenderedReportPdf {
  pdf: Buffer;
  layout: TableLayout;
}

/** Renders and also tells how the table was laid out (orientation, font size, column groups). */
export async function renderReportPdfWithLayout(report: ReportDocument): Promise<RenderedReportPdf> {
  assertTableShape(report.table);
  const doc = createPdf({ title: `${report.formCode} — ${report.title}`, subject: report.subtitles.map((s) => `${s.label}: ${s.value}`).join("; "), createdAt: report.generatedAt });
  const layout = layoutTable(pdfMeasure(doc), report.table);
  const box = addPage(doc, layout.orientation);
  const newPage = () => addPage(doc, layout.orientation).y;
  const notes = [...(report.notes ?? [])];
  const mark = unconfirmedNote(report.table);
  if (mark) notes.unshift(mark);
  let y = drawReportHeading(doc, box, report);
  y = new TableDrawer(doc, report.table, layout).draw(y, {
    x: box.x,
    bottom: box.bottom,
    newPage,
    caption: (g, n, continued, range) => groupCaption(report.formCode, g, n, continued, range),
    tailHeight: notesHeight(doc, box, notes) + signatureHeight(doc, box, report.signature),
  });
  y = drawNotes(doc, box, y, notes, newPage);
  drawSignature(doc, box, y, report.signature, newPage);
  const left = `${report.formCode} · ${GENERATED_AT} ${formatDateTimeVi(report.generatedAt)}`;
  const center = report.status === "provisional" ? "SỐ LIỆU TẠM TÍNH" : undefined;
  stampFooters(doc, (page, count) => ({ left, center, right: pageLabel(page, count) }));
  return { pdf: await pdfToBuffer(doc), layout };
}

export async function renderReportPdf(report: ReportDocument): Promise<Buffer> {
  return (await renderReportPdfWithLayout(report)).pdf;
}
