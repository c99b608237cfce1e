// Public API of the map helpers: classification, palettes, references.
export * from "./classify.js";
export * from "./palettes.js";
export * from "./references.js";
export * from "./boundaries.js";
