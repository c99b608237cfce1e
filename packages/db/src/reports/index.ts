// The report workflow (generate → approve → sign → publish, corrections by supersession)
// and the public check of signatures.
export { storeReportVersion, approveReport, signReport, publishReport } from "./workflow.js";
export { checkReportSignature, type SignatureCheck } from "./verify-report.js";
export { revokeUnitSigningKey } from "./signing-keys.js";
export { asSnapshot, type ReportSnapshot } from "./snapshot.js";
export { STATUS_VI } from "./errors.js";
