// The commune officer rejects a submitted line with a reason the collaborator can act on.
// The register does not change.
import { dropCccdsIn, validateRejection } from "@danso/domain";
import type { ChangeEvent, Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./context.js";
import { invalidState, validationFailed } from "./errors.js";
import { lockEvent } from "./event-rows.js";

export async function rejectChangeEvent(tx: Tx, actorId: number, input: { id: bigint | number | string; reason: unknown }): Promise<ChangeEvent> {
  const parsed = validateRejection({ reason: input.reason });
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const event = await lockEvent(tx, input.id);
  if (event.status !== "SUBMITTED") {
    throw invalidState(
      `Chỉ từ chối được biến động đang chờ xác nhận (biến động số ${event.id} đang ở trạng thái ${event.status})`,
      `Only submitted events can be rejected (event ${event.id} is ${event.status})`,
      { kind: "STATUS", eventId: event.id.toString(), status: event.status },
    );
  }
  return tx.changeEvent.update({
    where: { id: event.id },
    // A rejected line is never applied: the CCCD numbers it carried are not kept.
    data: { status: "REJECTED", rejectionReason: parsed.value.reason, rejectedAt: new Date(), rejectedById: actorId, payload: dropCccdsIn(event.payload) as Prisma.InputJsonObject },
  });
}
