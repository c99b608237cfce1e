// A DataTable on a worksheet: header (with spanning group headers and the A, B, C, 1, 2…
// numbering row), then one row per table row, numbers stored as numbers with formats.
import type ExcelJS from "exceljs";
import type { DataTable, ValueColumn } from "../model.js";
import { NULL_MARK } from "../format.js";
import { cellDecimals, columnHeader, hasUnitColumn, isValueRow, labelHeader, markedRowLabel } from "../table.js";
import { HEADERS, LEADING_COLUMN_LETTERS } from "../text.js";
import { FONT } from "./workbook.js";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFECECEC" } };
const SECTION_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F5F5" } };
const EMPHASIS_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** "#,##0" for counts, "#,##0.0" for one decimal: Excel shows them with the reader's separators. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

export interface TablePlacement {
  /** Columns before the values: STT, label and, when present, ĐVT. */
  leading: number;
  /** Total columns of the sheet's table. */
  width: number;
  /** Last header row (the numbering row): freeze panes below it. */
  headerEnd: number;
  /** First header row: print titles start here. */
  headerStart: number;
  /** Last row of the table. */
  end: number;
  /** Sheet row of each table row, aligned with table.rows. */
  rowOf: number[];
}

export function tableWidth(table: DataTable): number {
  return (hasUnitColumn(table) ? 3 : 2) + table.columns.length;
}

function estimateLines(text: string, widthChars: number): number {
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / Math.max(1, widthChars - 1))), 0);
}

/** Sets column widths (in characters) from the content: label column wide, values as their headers need. */
export function setColumnWidths(ws: ExcelJS.Worksheet, table: DataTable): number[] {
  const unit = hasUnitColumn(table);
  const labels = table.rows.map((r) => (isValueRow(r) ? markedRowLabel(r).length + (r.depth ?? 0) * 2 : r.label.length));
  const widths = [6, Math.min(60, Math.max(24, ...labels) + 2)];
  if (unit) widths.push(10);
  for (const c of table.columns) {
    const longestWord = Math.max(...columnHeader(c).split(/\s+/).map((w) => w.length));
    widths.push(Math.max(11, longestWord + 2));
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return widths;
}

function headerCell(cell: ExcelJS.Cell, value: string, italic = false): void {
  cell.value = value;
  cell.font = { name: FONT, size: 10, bold: !italic, italic };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  cell.border = THIN;
  if (!italic) cell.fill = HEADER_FILL;
}

export function writeTable(ws: ExcelJS.Worksheet, table: DataTable, startRow: number, widths: number[]): TablePlacement {
  const unit = hasUnitColumn(table);
  const leading = unit ? 3 : 2;
  const width = leading + table.columns.length;
  const twoLevels = table.columns.some((c) => c.group !== undefined);
  const top = startRow;
  const columnsRow = twoLevels ? top + 1 : top;
  const numbersRow = columnsRow + 1;
  const leadingHeaders = [HEADERS.number, labelHeader(table), ...(unit ? [HEADERS.unit] : [])];
  leadingHeaders.forEach((h, i) => {
    if (twoLevels) ws.mergeCells(top, i + 1, columnsRow, i + 1);
    headerCell(ws.getCell(top, i + 1), h);
    headerCell(ws.getCell(numbersRow, i + 1), LEADING_COLUMN_LETTERS[i]!, true);
  });
  let tallest = 1;
  table.columns.forEach((c: ValueColumn, i) => {
    const col = leading + 1 + i;
    if (twoLevels && c.group === undefined) ws.mergeCells(top, col, columnsRow, col);
    headerCell(ws.getCell(c.group === undefined ? top : columnsRow, col), columnHeader(c));
    headerCell(ws.getCell(numbersRow, col), String(i + 1), true);
    tallest = Math.max(tallest, estimateLines(columnHeader(c), widths[col - 1] ?? 11));
  });
  if (twoLevels) {
    for (let i = 0; i < table.columns.length; ) {
      const group = table.columns[i]!.group;
      let j = i;
      while (j + 1 < table.columns.length && group !== undefined && table.columns[j + 1]!.group === group) j++;
      if (group !== undefined) {
        if (j > i) ws.mergeCells(top, leading + 1 + i, top, leading + 1 + j);
        headerCell(ws.getCell(top, leading + 1 + i), group);
      }
      i = j + 1;
    }
  }
  // Excel does not grow rows of wrapped header text on its own once a height is set anywhere.
  ws.getRow(columnsRow).height = Math.max(18, tallest * 13.5);

  let r = numbersRow + 1;
  const rowOf: number[] = [];
  for (const row of table.rows) {
    rowOf.push(r);
    if (!isValueRow(row)) {
      ws.getCell(r, 1).value = row.number ?? "";
      ws.mergeCells(r, 2, r, width);
      ws.getCell(r, 2).value = row.label;
      for (const col of [1, 2]) {
        const cell = ws.getCell(r, col);
        cell.font = { name: FONT, size: 11, bold: true };
        cell.fill = SECTION_FILL;
        cell.border = THIN;
        cell.alignment = { horizontal: col === 1 ? "center" : "left", vertical: "middle" };
      }
      r++;
      continue;
    }
    const depth = row.depth ?? 0;
    const font: Partial<ExcelJS.Font> = { name: FONT, size: 11, bold: row.emphasis, italic: depth > 0 && !row.emphasis };
    const stt = ws.getCell(r, 1);
    stt.value = row.number ?? "";
    stt.alignment = { horizontal: "center", vertical: "middle" };
    const label = ws.getCell(r, 2);
    label.value = markedRowLabel(row);
    label.alignment = { horizontal: "left", vertical: "middle", indent: depth * 2, wrapText: true };
    if (unit) {
      ws.getCell(r, 3).value = row.unit ?? "";
      ws.getCell(r, 3).alignment = { horizontal: "center", vertical: "middle" };
    }
    row.values.forEach((v, i) => {
      const column = table.columns[i];
      const cell = ws.getCell(r, leading + 1 + i);
      cell.value = v !== null && Number.isFinite(v) ? v : NULL_MARK;
      cell.numFmt = numberFormat(cellDecimals(row, column));
      cell.alignment = { horizontal: "right", vertical: "middle" };
      cell.font = { ...font, italic: false, bold: row.emphasis || column?.emphasis };
      if (column?.emphasis) cell.fill = EMPHASIS_FILL;
    });
    for (let col = 1; col <= width; col++) {
      const cell = ws.getCell(r, col);
      cell.border = THIN;
      if (col <= leading) cell.font = font;
    }
    const lines = estimateLines(label.value as string, (widths[1] ?? 40) - depth * 2);
    if (lines > 1) ws.getRow(r).height = lines * 15;
    r++;
  }
  return { leading, width, headerStart: top, headerEnd: numbersRow, end: r - 1, rowOf };
}
