// Public API of the report forms.
export * from "./types.js";
export { REPORT_FORMS, getReportForm, reportFormFor } from "./forms.js";
export { numberRows, type RowSpec, type SectionSpec } from "./rows.js";
