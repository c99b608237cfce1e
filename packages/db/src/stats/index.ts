// Public API of the statistics engine: base counts for any columns and period, indicators
// for a unit and its children, and filled-in report forms.
export { getNationalSummary, type NationalSummary } from "./national-summary.js";
export { computeBaseCounts, type StatColumn } from "./base-counts.js";
export { keptBaseCounts, pruneKeptCounts } from "./kept-counts.js";
export { unitColumns, unitsColumns, UnitNotFoundError, type UnitColumn, type UnitRef } from "./columns.js";
export { computeIndicators, indicatorsForColumns, type IndicatorQuery, type IndicatorTable } from "./indicators.js";
export {
  computeReport, ReportMismatchError, type ReportIndicatorLine, type ReportLine, type ReportSectionLine, type ReportTable,
} from "./report.js";
export { stockBySingleYear } from "./single-year-stock.js";
