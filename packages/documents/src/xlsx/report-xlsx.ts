// A statistical report form as XLSX: one sheet named after the form code, heading and title
// merged across the table, the table with numbers as numbers, frozen leading columns and
// header, the signature facts under it, and printing set up for A4.
import type ExcelJS from "exceljs";
import { formatDateTimeVi, formatPlaceDate } from "../format.js";
import type { ReportDocument, SignatureBlock } from "../model.js";
import { assertTableShape, unconfirmedNote } from "../table.js";
import { GENERATED_AT, MOTTO, NOTES_HEADING, STATUS_TEXT, UNSIGNED_TEXT, signatureFactLines } from "../text.js";
import { setColumnWidths, tableWidth, writeTable } from "./table-sheet.js";
import { createWorkbook, mergedLine, sheetName, workbookToBuffer } from "./workbook.js";

const RED = "FFA4161A";
const GREEN = "FF1B4332";

/**
 * Agency over the STT and label columns; motto and signature over the right half of the
 * table, so that on paper (fitted to the page width) they sit where Decree 30 puts them.
 */
function rightHalf(width: number): number {
  return Math.max(3, Math.floor(width / 2) + 1);
}

function writeHeading(ws: ExcelJS.Worksheet, report: ReportDocument, width: number, row: number): number {
  const split = 2;
  const right = rightHalf(width);
  mergedLine(ws, row, 1, width, report.formBasis ? `${report.formCode} — ${report.formBasis}` : report.formCode, { bold: true, size: 10, align: "right" });
  row++;
  const lines = Math.max(report.agency.length, MOTTO.length);
  for (let i = 0; i < lines; i++) {
    const agency = report.agency[i];
    if (agency !== undefined) mergedLine(ws, row + i, 1, split, agency, { bold: i === report.agency.length - 1, size: 12 });
    const motto = MOTTO[i];
    if (motto !== undefined) mergedLine(ws, row + i, right, width, motto, { bold: true, size: i === 0 ? 12 : 13, underline: i === 1, wrap: true });
  }
  row += lines;
  mergedLine(ws, row, 1, width, report.title, { bold: true, size: 14 });
  ws.getRow(row).height = 22;
  row++;
  for (const s of report.subtitles) mergedLine(ws, row++, 1, width, `${s.label}: ${s.value}`, { italic: true });
  const provisional = report.status === "provisional";
  mergedLine(ws, row++, 1, width, report.statusText ?? STATUS_TEXT[report.status], { bold: true, italic: provisional, color: provisional ? RED : GREEN });
  return row + 1;
}

function writeNotes(ws: ExcelJS.Worksheet, notes: string[], width: number, row: number, charsWide: number): number {
  if (notes.length === 0) return row;
  mergedLine(ws, row++, 1, width, NOTES_HEADING, { bold: true, align: "left", size: 10 });
  for (const note of notes) {
    mergedLine(ws, row, 1, width, note, { italic: true, align: "left", size: 10, wrap: true });
    ws.getRow(row).height = Math.max(1, Math.ceil(note.length / Math.max(20, charsWide))) * 14;
    row++;
  }
  return row + 1;
}

function writeSignature(ws: ExcelJS.Worksheet, sig: SignatureBlock, width: number, row: number): number {
  const split = 2;
  const right = (r: number, text: string, style: Parameters<typeof mergedLine>[5]) => mergedLine(ws, r, rightHalf(width), width, text, style);
  right(row++, formatPlaceDate(sig.place, sig.date), { italic: true });
  const titleRow = row;
  for (const t of sig.titleLines) right(row++, t, { bold: true });
  if (sig.preparer) mergedLine(ws, row - 1, 1, split, sig.preparer.title, { bold: true });
  right(row++, sig.digital ? "(Đã ký số)" : UNSIGNED_TEXT, sig.digital ? { italic: true } : { bold: true, color: RED });
  row += 2;
  right(row, sig.signerName ?? "", { bold: true });
  if (sig.preparer?.name) mergedLine(ws, row, 1, split, sig.preparer.name, { bold: true });
  row += 2;
  if (sig.digital) for (const line of signatureFactLines(sig.digital)) mergedLine(ws, row++, 1, width, line, { size: 9, align: "left" });
  return Math.max(row, titleRow);
}

export async function renderReportXlsx(report: ReportDocument): Promise<Buffer> {
  assertTableShape(report.table);
  const { table } = report;
  const wb = createWorkbook(`${report.formCode} — ${report.title}`, report.generatedAt, report.subtitles.map((s) => `${s.label}: ${s.value}`).join("; "));
  const width = tableWidth(table);
  const ws = wb.addWorksheet(sheetName(report.formCode.replace(/^Biểu\s+/i, "")), {
    pageSetup: {
      paperSize: 9, orientation: width > 8 ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${report.formCode} · ${GENERATED_AT} ${formatDateTimeVi(report.generatedAt)}&RTrang &P/&N` },
  });
  const widths = setColumnWidths(ws, table);
  let row = writeHeading(ws, report, width, 1);
  const placement = writeTable(ws, table, row, widths);
  ws.views = [{ state: "frozen", xSplit: placement.leading, ySplit: placement.headerEnd }];
  ws.pageSetup.printTitlesRow = `${placement.headerStart}:${placement.headerEnd}`;
  row = placement.end + 2;
  const notes = [...(report.notes ?? [])];
  const mark = unconfirmedNote(table);
  if (mark) notes.unshift(mark);
  row = writeNotes(ws, notes, width, row, widths.reduce((a, b) => a + b, 0));
  writeSignature(ws, report.signature, width, row);
  return workbookToBuffer(wb);
}
