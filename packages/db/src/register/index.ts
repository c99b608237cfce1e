// Public API of the register's write side: the change-event workflow (record → submit →
// verify | reject) and validated edits of households and persons. Every function takes the
// caller's transaction and the acting user's id; authorisation and the audit row are the
// caller's (packages/api), in the same transaction. Errors are RegisterError.
export { RegisterError, type RegisterErrorCode, type RegisterErrorDetails, type ChangedBy } from "./errors.js";
export type { RegisterOptions, Tx } from "./context.js";
export { recordChangeEvent, type RecordChangeEventResult } from "./record-change-event.js";
export { submitChangeEvents, MAX_SUBMIT } from "./submit-change-events.js";
export { verifyChangeEvent, type VerifyChangeEventResult } from "./verify-change-event.js";
export { rejectChangeEvent } from "./reject-change-event.js";
export { listPendingArrivals, type PendingArrival } from "./list-pending-arrivals.js";
export { createHousehold, type CreateHouseholdResult } from "./create-household.js";
export { createPerson } from "./create-person.js";
export { updateHousehold, type UpdateHouseholdInput } from "./update-household.js";
export { updatePerson, type UpdatePersonInput } from "./update-person.js";
export { unitValidOn } from "./units.js";
