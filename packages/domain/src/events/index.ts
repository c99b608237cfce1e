// Public API of the change events (one line of a P0/CTV slip each): the types and their
// Vietnamese names, the payload schemas, and the plausibility rules against the register.
export * from "./event-types.js";
export * from "./messages.js";
export * from "./facts.js";
export * from "./validate-event.js";
export * from "./birth.js";
export * from "./death.js";
export * from "./move.js";
export * from "./marriage.js";
export * from "./contraception.js";
export * from "./pregnancy.js";
export * from "./education.js";
export * from "./household.js";
export * from "./relations.js";
export * from "./rejection.js";
export * from "./register-edits.js";
