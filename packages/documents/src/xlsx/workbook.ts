// A workbook with the document's properties, Excel's sheet-name rules, and its bytes.
import ExcelJS from "exceljs";

export const FONT = "Times New Roman";

export function createWorkbook(title: string, createdAt: Date, subject?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Dân số";
  wb.lastModifiedBy = "Dân số";
  wb.title = title;
  if (subject) wb.subject = subject;
  wb.created = createdAt;
  wb.modified = createdAt;
  return wb;
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]; names must be unique. */
export function sheetName(wanted: string, taken: Set<string> = new Set()): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim() || "Sheet";
  let name = clean.slice(0, 31);
  for (let i = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name);
  return name;
}

export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Merges a row's cells from `from` to `to` (1-based columns) and writes one styled value. */
export function mergedLine(
  ws: ExcelJS.Worksheet, row: number, from: number, to: number, value: string,
  style: { bold?: boolean; italic?: boolean; size?: number; align?: "left" | "center" | "right"; color?: string; underline?: boolean; wrap?: boolean } = {},
): ExcelJS.Cell {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = value;
  cell.font = { name: FONT, size: style.size ?? 11, bold: style.bold, italic: style.italic, underline: style.underline, color: style.color ? { argb: style.color } : undefined };
  cell.alignment = { horizontal: style.align ?? "center", vertical: "middle", wrapText: style.wrap ?? false };
  return cell;
}
