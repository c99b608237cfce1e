// Public API of the statistics engine.
export { getNationalSummary, type NationalSummary } from "./national-summary.js";
