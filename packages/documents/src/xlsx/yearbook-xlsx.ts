// A yearbook as XLSX: a contents sheet with links, then one sheet per section (tables as
// tables, the pyramid as its numbers, rankings with rank and mark, text as paragraphs).
import type ExcelJS from "exceljs";
import type { DataTable, RankingSection, TextSection, YearbookDocument, YearbookSection } from "../model.js";
import { pyramidTable } from "../pyramid.js";
import { RANK_MARK_TEXT, rankEntries } from "../ranking.js";
import { assertTableShape, unconfirmedNote } from "../table.js";
import { NOTES_HEADING, TABLE_OF_CONTENTS } from "../text.js";
import { numberFormat, setColumnWidths, tableWidth, writeTable } from "./table-sheet.js";
import { FONT, createWorkbook, mergedLine, sheetName, workbookToBuffer } from "./workbook.js";

const BORDER: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

function writeNotes(ws: ExcelJS.Worksheet, row: number, width: number, notes: string[]): void {
  if (notes.length === 0) return;
  mergedLine(ws, row++, 1, width, NOTES_HEADING, { bold: true, align: "left", size: 10 });
  for (const n of notes) {
    mergedLine(ws, row, 1, width, n, { italic: true, align: "left", size: 10, wrap: true });
    ws.getRow(row++).height = 28;
  }
}

function tableSheet(ws: ExcelJS.Worksheet, title: string, table: DataTable, notes: string[]): void {
  assertTableShape(table);
  const width = tableWidth(table);
  const widths = setColumnWidths(ws, table);
  mergedLine(ws, 1, 1, width, title, { bold: true, size: 13 });
  ws.getRow(1).height = 20;
  const placement = writeTable(ws, table, 3, widths);
  ws.views = [{ state: "frozen", xSplit: placement.leading, ySplit: placement.headerEnd }];
  const mark = unconfirmedNote(table);
  writeNotes(ws, placement.end + 2, width, [...(mark ? [mark] : []), ...notes]);
}

function rankingSheet(ws: ExcelJS.Worksheet, title: string, section: RankingSection): void {
  const headers = ["Hạng", "Mã", "Đơn vị", `${section.indicator} (${section.unit})`, "Ghi chú"];
  [8, 10, 30, 20, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  mergedLine(ws, 1, 1, headers.length, title, { bold: true, size: 13 });
  headers.forEach((h, i) => {
    const c = ws.getCell(3, i + 1);
    c.value = h;
    c.font = { name: FONT, bold: true, size: 10 };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BORDER;
  });
  ws.getRow(3).height = 30;
  rankEntries(section).forEach((e, i) => {
    const r = ws.getRow(4 + i);
    r.values = [e.rank ?? "–", e.code, e.label, e.value ?? "–", e.mark ? RANK_MARK_TEXT[e.mark] : ""];
    r.getCell(4).numFmt = numberFormat(section.decimals ?? 0);
    r.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { name: FONT, size: 11, bold: e.mark !== null };
      c.border = BORDER;
      c.alignment = { horizontal: col === 3 || col === 5 ? "left" : col === 4 ? "right" : "center" };
    });
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
}

function textSheet(ws: ExcelJS.Worksheet, title: string, section: TextSection): void {
  ws.getColumn(1).width = 110;
  mergedLine(ws, 1, 1, 1, title, { bold: true, size: 13, wrap: true });
  section.paragraphs.forEach((p, i) => {
    const c = ws.getCell(3 + i, 1);
    const text = typeof p === "string" ? p : `${p.term}: ${p.text}`;
    c.value = typeof p === "string"
      ? p
      : { richText: [{ text: `${p.term}: `, font: { name: FONT, bold: true, size: 11 } }, { text: p.text, font: { name: FONT, size: 11 } }] };
    c.font = { name: FONT, size: 11 };
    c.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(3 + i).height = Math.ceil(text.length / 105) * 15 + 3;
  });
}

function sectionSheet(ws: ExcelJS.Worksheet, title: string, section: YearbookSection): void {
  switch (section.kind) {
    case "table":
      return tableSheet(ws, title, section.table, section.notes ?? []);
    case "pyramid":
      return tableSheet(ws, title, pyramidTable(section), section.notes ?? []);
    case "ranking":
      return rankingSheet(ws, title, section);
    case "text":
      return textSheet(ws, title, section);
  }
}

export async function renderYearbookXlsx(book: YearbookDocument): Promise<Buffer> {
  const wb = createWorkbook(`${book.title} ${book.unit} ${book.year}`, book.generatedAt, book.agency.join(" — "));
  const taken = new Set<string>();
  const contents = wb.addWorksheet(sheetName("Mục lục", taken));
  contents.getColumn(1).width = 6;
  contents.getColumn(2).width = 90;
  contents.getColumn(3).width = 30;
  let row = 1;
  book.agency.forEach((line, i) => mergedLine(contents, row++, 1, 3, line, { bold: i === book.agency.length - 1 }));
  row++;
  mergedLine(contents, row++, 1, 3, `${book.title} ${book.unit} NĂM ${book.year}`, { bold: true, size: 14 });
  mergedLine(contents, row++, 1, 3, TABLE_OF_CONTENTS, { bold: true });
  row++;
  book.sections.forEach((section, i) => {
    const number = i + 1;
    const name = sheetName(`${String(number).padStart(2, "0")} ${section.title}`, taken);
    sectionSheet(wb.addWorksheet(name), `${number}. ${section.title}`, section);
    const r = contents.getRow(row++);
    r.getCell(1).value = number;
    r.getCell(2).value = section.title;
    r.getCell(3).value = { text: name, hyperlink: `#'${name.replace(/'/g, "''")}'!A1` };
    r.getCell(3).font = { name: FONT, color: { argb: "FF0563C1" }, underline: true };
    r.getCell(2).alignment = { wrapText: true };
    for (const c of [1, 2]) r.getCell(c).font = { name: FONT, size: 11 };
  });
  return workbookToBuffer(wb);
}
