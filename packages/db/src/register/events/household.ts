// HOUSEHOLD_SPLIT and HOUSEHOLD_MERGE: members change household inside one commune
// (HOUSEHOLD_CHANGE spells, no migration). A split sets up a new household headed by the
// line's person; a merge moves members (everybody by default) into the line's household.
// The household left behind gets a new head or is dissolved.
import { checkHouseholdMerge, checkHouseholdSplit, eventIssue, type HouseholdFacts } from "@danso/domain";
import { createHouseholdRow, headOf, relationTo, setHead, settleHousehold } from "../households.js";
import { readHousehold, readPersons, residentsOf } from "../read-facts.js";
import { relocate, touchPerson } from "../spells.js";
import { findArea, type AreaRef } from "../units.js";
import { failed, type EventHandler } from "./handler.js";

interface SplitFacts {
  area: AreaRef;
  from: HouseholdFacts;
}

export const householdSplitHandler: EventHandler<"HOUSEHOLD_SPLIT", SplitFacts | null> = {
  async check(tx, draft, ctx) {
    const p = draft.payload;
    const persons = await readPersons(tx, [draft.personId!, ...p.memberIds], ctx.lock);
    const person = persons.get(draft.personId!);
    if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
    const from = await readHousehold(tx, person.residence?.householdId ?? null, ctx.lock);
    const area = p.areaCode !== null ? await findArea(tx, p.areaCode) : from ? await tx.area.findUnique({ where: { id: from.areaId } }) : null;
    const issues = checkHouseholdSplit({
      occurredOn: draft.occurredOn, payload: p, person, members: p.memberIds.map((id) => persons.get(id) ?? null),
      residents: from ? (await residentsOf(tx, from.id)).length : 0, areaInCommune: area && from ? area.unitId === from.unitId : null,
    });
    return {
      issues, unitId: from?.unitId ?? null, householdId: from?.id ?? null, personId: person.id,
      derived: { fromHouseholdId: from?.id ?? null }, facts: area && from ? { area, from } : null,
    };
  },

  async apply(tx, draft, checked, ctx) {
    const p = draft.payload;
    const { area, from } = checked.facts!;
    const created = await createHouseholdRow(tx, { area, address: p.address, type: p.type ?? "FAMILY", establishedOn: draft.occurredOn, actorId: ctx.actorId });
    for (const id of [checked.personId!, ...p.memberIds]) {
      await relocate(tx, id, { householdId: created.id, unitId: created.unitId }, draft.occurredOn, ctx.eventId, ctx.actorId);
    }
    await setHead(tx, created.id, checked.personId!, ctx.actorId);
    await settleHousehold(tx, from.id, draft.occurredOn, ctx.actorId);
    // As the generator writes it: the line belongs to the new household, the old one is in the payload.
    return { householdId: created.id, derived: { newHouseholdId: created.id, newHouseholdCode: created.code } };
  },
};

interface MergeFacts {
  from: HouseholdFacts;
  movers: number[];
}

export const householdMergeHandler: EventHandler<"HOUSEHOLD_MERGE", MergeFacts | null> = {
  async check(tx, draft, ctx) {
    const p = draft.payload;
    const household = await readHousehold(tx, draft.householdId, ctx.lock);
    if (!household) return failed([eventIssue("HOUSEHOLD_NOT_FOUND", "error", "householdId")], null);
    const from = await readHousehold(tx, p.fromHouseholdId, ctx.lock);
    const movers = p.memberIds.length ? p.memberIds : from ? await residentsOf(tx, from.id) : [];
    const persons = await readPersons(tx, movers, ctx.lock);
    const issues = checkHouseholdMerge({ occurredOn: draft.occurredOn, payload: p, household, from, movers: movers.map((id) => persons.get(id) ?? null) });
    return {
      issues, unitId: household.unitId, householdId: household.id, personId: null,
      derived: { memberIds: movers }, facts: from ? { from, movers } : null,
    };
  },

  async apply(tx, draft, checked, ctx) {
    const { from, movers } = checked.facts!;
    const householdId = checked.householdId!;
    const head = await headOf(tx, householdId);
    for (const id of movers) {
      const relation = await relationTo(tx, head, id);
      await relocate(tx, id, { householdId, unitId: checked.unitId! }, draft.occurredOn, ctx.eventId, ctx.actorId);
      await touchPerson(tx, id, { relationToHead: relation }, ctx.actorId);
    }
    await settleHousehold(tx, from.id, draft.occurredOn, ctx.actorId);
    return {};
  },
};

