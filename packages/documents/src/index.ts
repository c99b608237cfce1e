// Printable and downloadable documents: reports and yearbooks as PDF, XLSX and CSV. Plain
// document models in, Buffers (or a CSV stream) out; no database, no framework.
export type * from "./model.js";
export { renderReportPdf, renderReportPdfWithLayout, type RenderedReportPdf } from "./pdf/report-pdf.js";
export { renderYearbookPdf, renderYearbookPdfWithToc, type RenderedYearbookPdf } from "./pdf/yearbook-pdf.js";
export type { TableLayout, ColumnGroup } from "./pdf/table-layout.js";
export type { TocEntry } from "./pdf/toc.js";
export { renderReportXlsx } from "./xlsx/report-xlsx.js";
export { renderYearbookXlsx } from "./xlsx/yearbook-xlsx.js";
export { renderReportCsv, streamReportCsv, csvLines, type CsvOptions } from "./csv/report-csv.js";
export { formatNumberVi, formatNumberPlain, formatDateTimeVi, formatPlaceDate, formatFingerprint } from "./format.js";
export { STATUS_TEXT, signatureFacts } from "./text.js";
export { CONTENT_TYPES } from "./content-types.js";
export type { ListDocument, ListColumnSpec } from "./lists/model.js";
export { streamList, renderList, type ListFormat } from "./lists/stream.js";
export type { ProjectionDocument, ProjectionInputsSummary, ProjectionYearRow } from "./projections/model.js";
export { renderProjectionCsv } from "./projections/projection-csv.js";
export { renderProjectionXlsx } from "./projections/projection-xlsx.js";
