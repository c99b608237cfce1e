export * from "./text/fold.js";
export * from "./time/dates.js";
export * from "./time/periods.js";
export * from "./codes/labels.js";
export * from "./codes/person.js";
export * from "./codes/contraception.js";
export * from "./codes/ethnicity.js";
