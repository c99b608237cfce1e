// Change events the register writes itself while applying a verified one: the other side
// of a move, the spouse's line of a marriage or divorce. Each commune's flows are counted
// from its own events (one per person), so these rows keep flows and stocks in agreement;
// `causeEventId` in the payload points back to the line that produced them. Ids in
// payloads are JSON numbers, as the generator writes them.
import type { IsoDate } from "@danso/domain";
import type { Prisma } from "../generated/prisma/client.js";
import type { ChangeEventType } from "../generated/prisma/enums.js";
import { toDbDate, type Tx } from "./context.js";

export interface SystemEventInput {
  type: ChangeEventType;
  occurredOn: IsoDate;
  unitId: number;
  householdId: number | null;
  personId: number | null;
  payload: Record<string, unknown>;
  causeEventId: bigint;
  actorId: number;
}

export async function createVerifiedEvent(tx: Tx, e: SystemEventInput): Promise<bigint> {
  const now = new Date();
  const row = await tx.changeEvent.create({
    data: {
      type: e.type, status: "VERIFIED", source: "ONLINE", occurredOn: toDbDate(e.occurredOn), unitId: e.unitId,
      householdId: e.householdId, personId: e.personId,
      payload: { ...e.payload, causeEventId: Number(e.causeEventId) } as Prisma.InputJsonObject,
      recordedAt: now, recordedById: e.actorId, submittedAt: now, verifiedAt: now, verifiedById: e.actorId,
    },
    select: { id: true },
  });
  return row.id;
}
