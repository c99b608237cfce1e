// A collaborator hands in the month's slip: DRAFT → SUBMITTED for a list of lines, all or
// nothing. Lines already submitted stay as they are (a resent request changes nothing).
import type { ChangeEvent } from "../generated/prisma/client.js";
import type { Tx } from "./context.js";
import { invalidState, RegisterError } from "./errors.js";
import { lockEvents } from "./event-rows.js";
import { requestOriginSide } from "./origin-request.js";

/** More lines than a month's slip of one area could hold is a mistake of the caller. */
export const MAX_SUBMIT = 1000;

export async function submitChangeEvents(tx: Tx, actorId: number, input: { ids: (bigint | number | string)[] }): Promise<ChangeEvent[]> {
  if (!Array.isArray(input.ids) || input.ids.length === 0 || input.ids.length > MAX_SUBMIT) {
    const vi = `Chọn từ 1 đến ${MAX_SUBMIT} biến động để gửi`;
    throw new RegisterError("VALIDATION_FAILED", vi, `Choose 1 to ${MAX_SUBMIT} events to submit`, { ids: [vi] });
  }
  const rows = await lockEvents(tx, input.ids);
  const decided = rows.filter((r) => r.status !== "DRAFT" && r.status !== "SUBMITTED");
  if (decided.length) {
    const list = decided.map((r) => r.id).join(", ");
    throw invalidState(
      `Không gửi được: biến động số ${list} đã được xác nhận hoặc từ chối`,
      `Cannot submit: event(s) ${list} were already verified or rejected`,
      { kind: "STATUS", eventId: decided[0]!.id.toString(), status: decided[0]!.status },
    );
  }
  const drafts = rows.filter((r) => r.status === "DRAFT").map((r) => r.id);
  if (drafts.length) await tx.changeEvent.updateMany({ where: { id: { in: drafts }, status: "DRAFT" }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: actorId } });
  // An arrival of someone living in another commune asks that commune to confirm the departure.
  for (const row of rows) if (row.status === "DRAFT" && row.type === "MOVE_IN") await requestOriginSide(tx, row);
  return tx.changeEvent.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { id: "asc" } });
}
