// The commune officer verifies a submitted line: the line is checked again against the
// register as it is now (rows locked), then applied, in the caller's transaction. A line
// that no longer fits (the person died or moved meanwhile, the other commune recorded the
// same move) is refused with field errors and changes nothing.
import {
  dropCccdsIn, enteredPayloadKeys, eventIssue, isRecordableType, subjectOf, validateChangeEventInput, type ValidationIssue,
} from "@danso/domain";
import type { ChangeEvent, Prisma } from "../generated/prisma/client.js";
import { checkLine, handlerOf, warningsPayload } from "./check-line.js";
import { fromDbDate, todayOf, type RegisterOptions, type Tx } from "./context.js";
import { invalidState, validationFailed } from "./errors.js";
import { lockEvent } from "./event-rows.js";

export interface VerifyChangeEventResult {
  event: ChangeEvent;
  warnings: ValidationIssue[];
  /** Lines the register wrote itself (the other side of a move, the spouse's line). */
  createdEventIds: bigint[];
}

export async function verifyChangeEvent(tx: Tx, actorId: number, input: { id: bigint | number | string }, options: RegisterOptions = {}): Promise<VerifyChangeEventResult> {
  const today = todayOf(options);
  const event = await lockEvent(tx, input.id);
  if (event.status !== "SUBMITTED" || !isRecordableType(event.type)) {
    throw invalidState(
      `Chỉ xác nhận được biến động đang chờ xác nhận (biến động số ${event.id} đang ở trạng thái ${event.status})`,
      `Only submitted events can be verified (event ${event.id} is ${event.status})`,
      { kind: "STATUS", eventId: event.id.toString(), status: event.status },
    );
  }
  const { warnings: _recorded, ...stored } = (event.payload ?? {}) as Record<string, unknown>;
  const entered = Object.fromEntries(enteredPayloadKeys(event.type).filter((k) => k in stored).map((k) => [k, stored[k]]));
  const parsed = validateChangeEventInput({
    type: event.type, occurredOn: fromDbDate(event.occurredOn), personId: event.personId,
    householdId: subjectOf(event.type).household === "NONE" ? null : event.householdId, payload: entered, source: event.source === "SLIP" ? "SLIP" : "ONLINE",
  }, { today });
  if (!parsed.ok) throw validationFailed(parsed.errors, parsed.warnings);
  const draft = parsed.value;
  const { checked, warnings } = await checkLine(tx, draft, { today, lock: true, recordedUnitId: event.unitId }, parsed.warnings);
  if (checked.unitId !== event.unitId) {
    // The person now lives elsewhere: another commune's line already moved them.
    throw validationFailed([eventIssue(event.type === "MOVE_OUT" ? "ALREADY_MOVED" : "PERSON_NOT_RESIDENT", "error", "personId")]);
  }
  const applied = await handlerOf(draft.type).apply(tx, draft as never, checked, { actorId, eventId: event.id, today });
  const verified = await tx.changeEvent.update({
    where: { id: event.id },
    data: {
      status: "VERIFIED", verifiedAt: new Date(), verifiedById: actorId,
      personId: applied.personId ?? checked.personId ?? event.personId,
      householdId: applied.householdId ?? checked.householdId ?? event.householdId,
      // The numbers entered now live in the person record: the line refers to it, never repeats it.
      payload: dropCccdsIn({ ...stored, ...checked.derived, ...applied.derived, ...warningsPayload(warnings) }) as Prisma.InputJsonObject,
    },
  });
  return { event: verified, warnings, createdEventIds: applied.createdEventIds ?? [] };
}
