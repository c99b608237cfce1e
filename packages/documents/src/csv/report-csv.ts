// A report's table as CSV for machines and for Excel: UTF-8 with a BOM (else Excel reads
// Vietnamese as mojibake), RFC 4180 quoting, CRLF, one header line, one line per value row
// (section headers are layout, not data), numbers with a dot decimal and no grouping.
import { Readable } from "node:stream";
import { formatNumberPlain } from "../format.js";
import type { DataTable, ReportDocument } from "../model.js";
import { assertTableShape, cellDecimals, columnHeader, valueRows } from "../table.js";
import { HEADERS } from "../text.js";

export const BOM = "\uFEFF";
const EOL = "\r\n";

export interface CsvOptions {
  /** Header of value columns: their labels (default, for people) or their keys (unit codes, for programs). */
  header?: "labels" | "keys";
}

/** Quotes a field when it holds a separator, quote or line break. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
 * apostrophe: a label typed by a user must not become code on an official's machine.
 */
export function csvField(field: string): string {
  return quote(/^[=+\-@\t\r]/.test(field) ? `'${field}` : field);
}

const UNCONFIRMED_HEADER = "Chưa xác nhận";

function headerLine(table: DataTable, options: CsvOptions): string {
  const values = table.columns.map((c) => csvField(options.header === "keys" ? c.key : columnHeader(c)));
  return [HEADERS.code, HEADERS.number, csvField(table.labelHeader ?? HEADERS.label), HEADERS.unit, UNCONFIRMED_HEADER, ...values].join(",");
}

/** The lines of the CSV, header first, without line ends. */
export function* csvLines(table: DataTable, options: CsvOptions = {}): Generator<string> {
  assertTableShape(table);
  yield headerLine(table, options);
  for (const row of valueRows(table)) {
    const values = row.values.map((v, i) => formatNumberPlain(v, cellDecimals(row, table.columns[i])));
    yield [csvField(row.code), csvField(row.number ?? ""), csvField(row.label), csvField(row.unit ?? ""), row.unconfirmed ? "x" : "", ...values].join(",");
  }
}

export function renderReportCsv(report: ReportDocument, options: CsvOptions = {}): string {
  return BOM + [...csvLines(report.table, options)].map((l) => l + EOL).join("");
}

/** The same bytes as renderReportCsv, as a stream, for tables too large to hold as one string. */
export function streamReportCsv(report: ReportDocument, options: CsvOptions = {}): Readable {
  function* chunks(): Generator<string> {
    yield BOM;
    for (const line of csvLines(report.table, options)) yield line + EOL;
  }
  return Readable.from(chunks(), { objectMode: false });
}
