// Documents from the statistics engine: a stored report as a printable form, and the
// population yearbook of a province or the nation (rendered by @danso/documents).
export { loadReportAgency, loadUnitLineage, reportAgency, type ReportAgency, type UnitName } from "./agency.js";
export { toReportDocument, type ReportMeta, type ReportSigning, type StoredReportStatus } from "./report-document.js";
export { buildYearbook, fiveYearGroups } from "./yearbook.js";
