// A projection as an Excel workbook, numbers as numbers (whole persons, ratios to 2
// decimals). "Theo năm": the yearly indicators under a short heading. "Theo tuổi": the
// population by year, single year of age and sex in long form, one line per year and age
// with its five-year group, header on the first row with a filter: what a pivot table, a
// filter on one year (a pyramid) or a lookup wants. "Đầu vào": the scenario, the analyst's
// changes, the observed inputs and the provenance. Every page prints the audit reference.
import type ExcelJS from "exceljs";
import { formatDateTimeVi, roundTo } from "../format.js";
import { numberFormat } from "../xlsx/table-sheet.js";
import { createWorkbook, FONT, mergedLine, workbookToBuffer } from "../xlsx/workbook.js";
import { ageLabel, describeRun, YEAR_COLUMNS, YEAR_NOTES, type ProjectionDocument } from "./model.js";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
const GREY = { argb: "FF444444" };
const COUNT = numberFormat(0);
const BY_YEAR = "Theo năm", BY_AGE = "Theo tuổi", INPUTS = "Đầu vào";

/** Excel's header/footer codes start with "&": a literal one is doubled. */
const escapeHeader = (s: string) => s.replace(/&/g, "&&");

function sheet(wb: ExcelJS.Workbook, name: string, doc: ProjectionDocument, frozen: { x: number; y: number }): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: frozen.x, ySplit: frozen.y }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: frozen.y ? `${frozen.y}:${frozen.y}` : undefined },
    headerFooter: {
      oddHeader: `&L${escapeHeader(doc.title)}&R${escapeHeader(doc.scenarioLabel)}`,
      oddFooter: `&L${escapeHeader(`Nhật ký số ${doc.auditRef} — ${doc.exportedBy}, ${formatDateTimeVi(doc.exportedAt)}`)}&RTrang &P/&N`,
    },
  });
}

function header(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  });
}

function numbers(row: ExcelJS.Row, from: number, formats: string[]): void {
  row.font = { name: FONT, size: 11 };
  formats.forEach((f, i) => (row.getCell(from + i).numFmt = f));
}

const value = (v: number | null, decimals: number) => (v === null || !Number.isFinite(v) ? null : roundTo(v, decimals));

/** Lines of about `width` characters that `text` takes when wrapped (Excel does not size merged or wrapped rows). */
const linesOf = (text: string, width: number) => text.split("\n").reduce((k, part) => k + Math.max(1, Math.ceil((part.length * 1.1) / width)), 0);

function byYear(wb: ExcelJS.Workbook, doc: ProjectionDocument, stamp: string): void {
  const top: { text: string; style: Parameters<typeof mergedLine>[5] }[] = [
    { text: doc.title.toUpperCase(), style: { bold: true, size: 13 } },
    { text: `Kịch bản: ${doc.scenarioLabel}.`, style: { bold: true } },
    { text: `Điều chỉnh: ${doc.overrides.length ? doc.overrides.join("; ") : "không, dùng số liệu quan sát"}.`, style: {} },
    { text: `Giả định và số liệu đầu vào: trang «${INPUTS}»; dân số theo giới tính và từng độ tuổi: trang «${BY_AGE}».`, style: { italic: true } },
    { text: stamp, style: { italic: true, color: "FF444444" } },
  ];
  const ws = sheet(wb, BY_YEAR, doc, { x: 1, y: top.length + 1 });
  const widths = YEAR_COLUMNS.map((_, i) => (i === 0 ? 7 : 10));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const width = widths.reduce((a, b) => a + b, 0);
  top.forEach((t, i) => {
    mergedLine(ws, i + 1, 1, widths.length, t.text, { align: "left", wrap: true, ...t.style });
    ws.getRow(i + 1).height = linesOf(t.text, width) * ((t.style?.size ?? 11) + 4);
  });
  const head = ws.addRow(YEAR_COLUMNS.map((c) => c.header));
  header(head);
  head.height = 4 * 13.5;
  // The year is a label, not a quantity: no thousands separator.
  const formats = YEAR_COLUMNS.map((c) => (c.key === "year" ? "0" : numberFormat(c.decimals)));
  for (const y of doc.years) numbers(ws.addRow(YEAR_COLUMNS.map((c) => value(y[c.key], c.decimals))), 1, formats);
  ws.addRow([]);
  for (const note of YEAR_NOTES) ws.addRow([note]).getCell(1).font = { name: FONT, size: 10, italic: true };
}

function byAge(wb: ExcelJS.Workbook, doc: ProjectionDocument, stamp: string): void {
  const ws = sheet(wb, BY_AGE, doc, { x: 0, y: 1 });
  ws.columns = [{ width: 8 }, { width: 14 }, { width: 11 }, { width: 12 }, { width: 12 }, { width: 13 }];
  header(ws.addRow(["Năm", "Tuổi (100 = 100+)", "Nhóm tuổi", "Nam", "Nữ", "Tổng số"]));
  for (const y of doc.years) {
    const last = y.populationMale.length - 1;
    y.populationMale.forEach((m, x) => {
      const f = y.populationFemale[x] ?? 0;
      const group = x === last ? ageLabel(x, last) : `${x - (x % 5)}–${Math.min(last - 1, x - (x % 5) + 4)}`;
      const row = ws.addRow([y.year, x, group, roundTo(m, 0), roundTo(f, 0), roundTo(m + f, 0)]);
      numbers(row, 4, [COUNT, COUNT, COUNT]);
      for (const c of [1, 2, 3]) row.getCell(c).alignment = { horizontal: "center" };
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: 6 } };
  // The provenance goes to the right, not under the table: a filter or a pivot would take it in.
  ws.getCell(1, 8).value = stamp;
  ws.getCell(1, 8).font = { name: FONT, size: 10, italic: true, color: GREY };
}

function inputs(wb: ExcelJS.Workbook, doc: ProjectionDocument): void {
  const ws = sheet(wb, INPUTS, doc, { x: 0, y: 0 });
  ws.columns = [{ width: 34 }, { width: 100 }];
  ws.addRow([doc.title.toUpperCase()]).getCell(1).font = { name: FONT, size: 13, bold: true };
  ws.addRow([]);
  for (const line of describeRun(doc, formatDateTimeVi(doc.exportedAt), "\n")) {
    const row = ws.addRow([line.label, line.value]);
    row.font = { name: FONT, size: 11 };
    row.getCell(1).font = { name: FONT, size: 11, bold: true };
    row.alignment = { wrapText: true, vertical: "top" };
    row.height = linesOf(line.value, 100) * 15;
  }
  ws.addRow([]);
  header(ws.addRow(["Nhóm tuổi của mẹ", "ASFR quan sát (số sinh/1.000 phụ nữ/năm)"]));
  for (const a of doc.inputs.asfr) {
    const row = ws.addRow([a.group, roundTo(a.rate * 1000, 2)]);
    numbers(row, 2, [numberFormat(2)]);
    row.getCell(2).alignment = { horizontal: "left" };
  }
}

export async function renderProjectionXlsx(doc: ProjectionDocument): Promise<Buffer> {
  const wb = createWorkbook(doc.title, doc.exportedAt, doc.scenarioLabel);
  const stamp = `Xuất bởi ${doc.exportedBy} lúc ${formatDateTimeVi(doc.exportedAt)}, nhật ký số ${doc.auditRef}.`;
  byYear(wb, doc, stamp);
  byAge(wb, doc, stamp);
  inputs(wb, doc);
  return workbookToBuffer(wb);
}
