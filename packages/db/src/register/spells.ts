// Residence spells: person × household × commune × [from, to). A spell closes on the day
// of a death or a move and the next one opens the same day, so a person's spells chain
// without gaps and the stock on any date counts everybody once. A change of household
// inside a commune is HOUSEHOLD_CHANGE (not a migration); across communes it is
// MOVE_OUT + MOVE_IN with the other commune on each side.
import type { IsoDate } from "@danso/domain";
import type { Prisma } from "../generated/prisma/client.js";
import type { SpellEnd, SpellStart } from "../generated/prisma/enums.js";
import { toDbDate, type Tx } from "./context.js";

export interface OpenSpellInput {
  personId: number;
  householdId: number;
  unitId: number;
  from: IsoDate;
  startReason: SpellStart;
  originUnitId?: number | null;
  startEventId?: bigint | null;
}

/** Opens a spell, copying sex and birth date from the person (stock by age and sex is one scan). */
export async function openSpell(tx: Tx, s: OpenSpellInput): Promise<void> {
  const p = await tx.person.findUniqueOrThrow({ where: { id: s.personId }, select: { sex: true, birthDate: true } });
  await tx.residence.create({
    data: {
      personId: s.personId, householdId: s.householdId, unitId: s.unitId, validFrom: toDbDate(s.from), startReason: s.startReason,
      originUnitId: s.originUnitId ?? null, startEventId: s.startEventId ?? null, sex: p.sex, birthDate: p.birthDate,
    },
  });
}

/**
 * Opens the spell of someone found living in a household since a date (an INITIAL spell),
 * following the household's addresses: a household that a reorganisation re-addressed
 * after that date was in its former commune until then, so the spell is split there as the
 * re-addressing split those of the household's other members (end REORGANISATION in the
 * former commune, recording the successor, and start REORGANISATION in the next).
 */
export async function openSpellSince(tx: Tx, s: OpenSpellInput): Promise<void> {
  const readdresses = await tx.householdReaddress.findMany({
    where: { householdId: s.householdId, effectiveOn: { gt: toDbDate(s.from) } },
    orderBy: { effectiveOn: "asc" },
    select: { effectiveOn: true, fromUnitId: true, toUnitId: true },
  });
  if (readdresses.length === 0) return openSpell(tx, s);
  const p = await tx.person.findUniqueOrThrow({ where: { id: s.personId }, select: { sex: true, birthDate: true } });
  const person = { personId: s.personId, householdId: s.householdId, sex: p.sex, birthDate: p.birthDate };
  const first = { startReason: s.startReason, originUnitId: s.originUnitId ?? null, startEventId: s.startEventId ?? null };
  const next = { startReason: "REORGANISATION" as const, originUnitId: null, startEventId: null };
  let from = toDbDate(s.from);
  for (const [i, r] of readdresses.entries()) {
    await tx.residence.create({
      data: { ...person, ...(i === 0 ? first : next), unitId: r.fromUnitId, validFrom: from, validTo: r.effectiveOn, endReason: "REORGANISATION", successorUnitId: r.toUnitId },
    });
    from = r.effectiveOn;
  }
  await tx.residence.create({ data: { ...person, ...next, unitId: s.unitId, validFrom: from } });
}

export interface ClosedSpell {
  id: bigint;
  householdId: number;
  unitId: number;
}

/** Closes the person's open spell on `to`; null when there is none. */
export async function closeOpenSpell(tx: Tx, personId: number, to: IsoDate, endReason: SpellEnd, destinationUnitId: number | null = null): Promise<ClosedSpell | null> {
  const open = await tx.residence.findFirst({ where: { personId, validTo: null }, select: { id: true, householdId: true, unitId: true } });
  if (!open) return null;
  await tx.residence.update({
    where: { id: open.id },
    data: { validTo: toDbDate(to), endReason, destinationUnitId: endReason === "MOVE_OUT" ? destinationUnitId : null },
  });
  return open;
}

/** Updates a person row, counting the change in its version (optimistic concurrency). */
export async function touchPerson(tx: Tx, id: number, data: Prisma.PersonUncheckedUpdateInput, actorId: number): Promise<void> {
  await tx.person.update({ where: { id }, data: { ...data, version: { increment: 1 }, updatedById: actorId } });
}

export interface Relocation {
  fromHouseholdId: number;
  fromUnitId: number;
  /** The commune changed: a move out of the old one and a move in to the new one. */
  migrated: boolean;
}

/**
 * Moves a counted person into another household on `on`: closes the open spell and opens
 * the next one, the person's current household follows.
 */
export async function relocate(
  tx: Tx,
  personId: number,
  to: { householdId: number; unitId: number },
  on: IsoDate,
  eventId: bigint | null,
  actorId: number,
): Promise<Relocation> {
  const open = await tx.residence.findFirstOrThrow({ where: { personId, validTo: null }, select: { unitId: true } });
  const migrated = open.unitId !== to.unitId;
  const closed = await closeOpenSpell(tx, personId, on, migrated ? "MOVE_OUT" : "HOUSEHOLD_CHANGE", to.unitId);
  await openSpell(tx, {
    personId, householdId: to.householdId, unitId: to.unitId, from: on, startReason: migrated ? "MOVE_IN" : "HOUSEHOLD_CHANGE",
    originUnitId: migrated ? open.unitId : null, startEventId: eventId,
  });
  // Someone who arrives in a commune lives there; a change of household inside it changes nothing else.
  await touchPerson(tx, personId, migrated ? { householdId: to.householdId, residenceStatus: "PERMANENT" } : { householdId: to.householdId }, actorId);
  return { fromHouseholdId: closed!.householdId, fromUnitId: open.unitId, migrated };
}
