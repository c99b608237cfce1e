// The origin's side of an arrival. A destination commune cannot end a residence in another
// commune by itself: when it submits the arrival of a person still living elsewhere, the
// origin commune gets a MOVE_OUT line in its own queue (unless one is waiting there
// already), and the arrival can be verified only once the origin has verified its line,
// which closes the residence there (the move becomes a LINK: see events/move.ts).
//
// When the origin does not answer: ORIGIN_ANSWER_DAYS after the request was sent, the
// destination may verify the arrival anyway; the origin's line is then verified with it
// (marked `verifiedAtDestinationAfterDays`), so the origin's flows still match its stock
// and its officer sees in the line who closed the residence and why. A line the origin
// rejected blocks the arrival until someone resolves it.
import { addDays, todayInVietnam, type IsoDate } from "@danso/domain";
import type { ChangeEvent, Prisma } from "../generated/prisma/client.js";
import { fromDbDate, toDbDate, type Tx } from "./context.js";
import { communeById } from "./units.js";

export const ORIGIN_ANSWER_DAYS = 30;

/** The origin's latest MOVE_OUT line for this person and date that is not verified. */
export async function originRequest(tx: Tx, personId: number, originUnitId: number, on: IsoDate): Promise<ChangeEvent | null> {
  return tx.changeEvent.findFirst({
    where: { personId, unitId: originUnitId, type: "MOVE_OUT", occurredOn: toDbDate(on), status: { in: ["DRAFT", "SUBMITTED", "REJECTED"] } },
    orderBy: { id: "desc" },
  });
}

/** "ok" when the arrival may close the origin's residence now. */
export function originAnswer(request: ChangeEvent | null, today: IsoDate): "ok" | "waiting" | "rejected" {
  if (!request) return "waiting";
  if (request.status === "REJECTED") return "rejected";
  if (request.status !== "SUBMITTED" || !request.submittedAt) return "waiting";
  const sent = todayInVietnam(request.submittedAt);
  return addDays(sent, ORIGIN_ANSWER_DAYS) <= today ? "ok" : "waiting";
}

/** Puts a MOVE_OUT line in the origin's queue for a submitted arrival, unless one waits there. */
export async function requestOriginSide(tx: Tx, arrival: ChangeEvent): Promise<bigint | null> {
  if (arrival.type !== "MOVE_IN" || arrival.personId === null) return null;
  const open = await tx.residence.findFirst({ where: { personId: arrival.personId, validTo: null } });
  if (!open || open.unitId === arrival.unitId) return null;
  const on = fromDbDate(arrival.occurredOn);
  const waiting = await originRequest(tx, arrival.personId, open.unitId, on);
  if (waiting && waiting.status !== "REJECTED") {
    if (waiting.status === "DRAFT") await tx.changeEvent.update({ where: { id: waiting.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    return waiting.id;
  }
  const here = await communeById(tx, arrival.unitId);
  const row = await tx.changeEvent.create({
    data: {
      type: "MOVE_OUT", status: "SUBMITTED", source: "ONLINE", occurredOn: arrival.occurredOn, unitId: open.unitId,
      householdId: open.householdId, personId: arrival.personId, submittedAt: new Date(),
      payload: { destinationUnitCode: here.code, destinationUnitId: here.id, destinationUnitName: here.name, abroad: false, requestedByArrivalEventId: Number(arrival.id) } as Prisma.InputJsonObject,
    },
    select: { id: true },
  });
  return row.id;
}
