// MARRIAGE and DIVORCE. The reports count persons who married or divorced, so each spouse
// in the register has a line: verifying one spouse's line writes the other's (a line the
// other commune recorded as well is then refused as already recorded). A spouse who joins
// the other's household changes household inside a commune (HOUSEHOLD_CHANGE) or moves
// between communes (MOVE_OUT + MOVE_IN lines, so the flows agree with the spells).
import { checkDivorce, checkMarriage, eventIssue, type PersonFacts } from "@danso/domain";
import { toDbDate, type Tx } from "../context.js";
import { headOf, relationTo, settleHousehold } from "../households.js";
import { readPerson } from "../read-facts.js";
import { relocate, touchPerson } from "../spells.js";
import { createVerifiedEvent } from "../system-events.js";
import { communeById } from "../units.js";
import { failed, type EventHandler } from "./handler.js";
import { homeOf } from "./home.js";

interface Couple {
  person: PersonFacts;
  spouse: PersonFacts | null;
}

export const marriageHandler: EventHandler<"MARRIAGE", Couple | null> = {
  async check(tx, draft, ctx) {
    const p = draft.payload;
    const person = await readPerson(tx, draft.personId, ctx.lock);
    if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
    const spouse = await readPerson(tx, p.spouseId, ctx.lock);
    const home = await homeOf(tx, person);
    return {
      issues: checkMarriage({ occurredOn: draft.occurredOn, payload: p, person, spouse }),
      unitId: home.unitId, householdId: home.householdId, personId: person.id, derived: {}, facts: { person, spouse },
    };
  },

  async apply(tx, draft, checked, ctx) {
    const { person, spouse } = checked.facts!;
    const p = draft.payload;
    const wife = person.sex === "FEMALE" ? person : spouse;
    const husband = person.sex === "MALE" ? person : spouse;
    const marriage = await tx.marriage.create({
      data: { husbandId: husband?.id ?? null, wifeId: wife?.id ?? null, marriedOn: toDbDate(draft.occurredOn), consanguineous: p.consanguineous, counselled: p.counselled },
      select: { id: true },
    });
    const createdEventIds: bigint[] = [];
    for (const s of [person, spouse]) if (s) await touchPerson(tx, s.id, { maritalStatus: "MARRIED" }, ctx.actorId);
    if (spouse) {
      const home = await homeOf(tx, spouse);
      createdEventIds.push(await createVerifiedEvent(tx, {
        type: "MARRIAGE", occurredOn: draft.occurredOn, unitId: home.unitId, householdId: home.householdId, personId: spouse.id,
        payload: { spouseId: person.id, marriageId: Number(marriage.id), consanguineous: p.consanguineous, counselled: p.counselled, householdChange: p.householdChange },
        causeEventId: ctx.eventId, actorId: ctx.actorId,
      }));
      const moving = p.householdChange ?? "NONE";
      if (moving !== "NONE" && wife && husband) {
        const [mover, host] = moving === "WIFE_JOINS_HUSBAND" ? [wife, husband] : [husband, wife];
        createdEventIds.push(...(await joinHousehold(tx, mover, host, draft.occurredOn, ctx.eventId, ctx.actorId)));
      }
    }
    return { derived: { marriageId: Number(marriage.id) }, createdEventIds };
  },
};

/** The mover joins the host's household; across communes this is a move with its two lines. */
async function joinHousehold(tx: Tx, mover: PersonFacts, host: PersonFacts, on: string, causeEventId: bigint, actorId: number): Promise<bigint[]> {
  const to = host.residence!;
  if (mover.residence!.householdId === to.householdId) return [];
  const relation = await relationTo(tx, await headOf(tx, to.householdId), mover.id);
  const from = mover.residence!;
  const created: bigint[] = [];
  let moveIn: bigint | null = null;
  if (from.unitId !== to.unitId) {
    const [origin, destination] = [await communeById(tx, from.unitId), await communeById(tx, to.unitId)];
    created.push(await createVerifiedEvent(tx, {
      type: "MOVE_OUT", occurredOn: on, unitId: origin.id, householdId: from.householdId, personId: mover.id,
      payload: { destinationUnitId: destination.id, destinationUnitCode: destination.code, destinationUnitName: destination.name, abroad: false },
      causeEventId, actorId,
    }));
    moveIn = await createVerifiedEvent(tx, {
      type: "MOVE_IN", occurredOn: on, unitId: destination.id, householdId: to.householdId, personId: mover.id,
      payload: { originUnitId: origin.id, originUnitCode: origin.code, originUnitName: origin.name, abroad: false, moveOutEventId: Number(created[0]!) },
      causeEventId, actorId,
    });
    created.push(moveIn);
  }
  await relocate(tx, mover.id, { householdId: to.householdId, unitId: to.unitId }, on, moveIn ?? causeEventId, actorId);
  await touchPerson(tx, mover.id, { relationToHead: relation }, actorId);
  await settleHousehold(tx, from.householdId, on, actorId);
  return created;
}

export const divorceHandler: EventHandler<"DIVORCE", PersonFacts | null> = {
  async check(tx, draft, ctx) {
    const person = await readPerson(tx, draft.personId, ctx.lock);
    if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
    const home = await homeOf(tx, person);
    return {
      issues: checkDivorce({ occurredOn: draft.occurredOn, payload: draft.payload, person }),
      unitId: home.unitId, householdId: home.householdId, personId: person.id,
      derived: { spouseId: person.marriage?.spouseId ?? null, marriageId: person.marriage?.id ?? null },
      facts: person,
    };
  },

  async apply(tx, draft, checked, ctx) {
    const person = checked.facts!;
    const marriage = person.marriage!;
    await tx.marriage.update({ where: { id: BigInt(marriage.id) }, data: { endedOn: toDbDate(draft.occurredOn), endReason: "DIVORCE" } });
    await touchPerson(tx, person.id, { maritalStatus: "DIVORCED" }, ctx.actorId);
    const createdEventIds: bigint[] = [];
    const spouse = await readPerson(tx, marriage.spouseId, true);
    if (spouse && !spouse.deathDate) {
      await touchPerson(tx, spouse.id, { maritalStatus: "DIVORCED" }, ctx.actorId);
      const home = await homeOf(tx, spouse);
      createdEventIds.push(await createVerifiedEvent(tx, {
        type: "DIVORCE", occurredOn: draft.occurredOn, unitId: home.unitId, householdId: home.householdId, personId: spouse.id,
        payload: { spouseId: person.id, marriageId: Number(marriage.id) }, causeEventId: ctx.eventId, actorId: ctx.actorId,
      }));
    }
    return { createdEventIds };
  },
};
