// Persons whose origin verified a move to this commune and who have not been recorded as
// arrived: the destination officer's list, so that a move announced by one collaborator
// is not lost before the other records it (see events/move.ts).
import { fromDbDate, type Tx } from "./context.js";
import type { IsoDate } from "@danso/domain";

export interface PendingArrival {
  personId: number;
  fullName: string;
  sex: "MALE" | "FEMALE";
  birthDate: IsoDate;
  /** The move date the origin verified; the arrival must carry the same date. */
  movedOn: IsoDate;
  origin: { id: number; code: string; name: string };
  moveOutEventId: bigint | null;
}

export async function listPendingArrivals(tx: Tx, unitId: number): Promise<PendingArrival[]> {
  const rows = await tx.$queryRaw<
    { id: number; full_name: string; sex: "MALE" | "FEMALE"; birth_date: Date; moved_on: Date; unit_id: number; code: string; name: string; event_id: bigint | null }[]
  >`
    SELECT p.id, p.full_name, p.sex::text AS sex, p.birth_date, r.valid_to AS moved_on, u.id AS unit_id, u.code, u.name,
           (SELECT e.id FROM change_event e WHERE e.person_id = p.id AND e.type = 'MOVE_OUT' AND e.status = 'VERIFIED'
               AND e.occurred_on = r.valid_to ORDER BY e.id DESC LIMIT 1) AS event_id
      FROM residence r JOIN person p ON p.id = r.person_id JOIN admin_unit u ON u.id = r.unit_id
     WHERE r.destination_unit_id = ${unitId} AND r.end_reason = 'MOVE_OUT' AND p.death_date IS NULL
       AND NOT EXISTS (SELECT 1 FROM residence n WHERE n.person_id = r.person_id AND n.valid_from >= r.valid_to)
     ORDER BY r.valid_to, p.id`;
  return rows.map((r) => ({
    personId: r.id, fullName: r.full_name, sex: r.sex, birthDate: fromDbDate(r.birth_date), movedOn: fromDbDate(r.moved_on),
    origin: { id: r.unit_id, code: r.code, name: r.name }, moveOutEventId: r.event_id,
  }));
}
