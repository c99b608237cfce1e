export * from "./cohort-component.js";
export * from "./life-table.js";
export * from "./model-life-table.js";
export * from "./indicators.js";
export * from "./observed-inputs.js";
export * from "./scenarios.js";
export * from "./run.js";
