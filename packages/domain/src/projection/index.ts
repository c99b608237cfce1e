export * from "./cohort-component.js";
export * from "./life-table.js";
export * from "./indicators.js";
export * from "./scenarios.js";
