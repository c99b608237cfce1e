// DEATH: the spell closes on the day of death; an open marriage ends and the spouse is
// widowed; contraception and a pregnancy end; the household gets a new head, or is
// dissolved when nobody is left.
import { ageAtDeath, checkDeath, eventIssue } from "@danso/domain";
import { toDbDate } from "../context.js";
import { settleHousehold } from "../households.js";
import { readPerson } from "../read-facts.js";
import { closeOpenSpell, touchPerson } from "../spells.js";
import { failed, type EventHandler } from "./handler.js";

export const deathHandler: EventHandler<"DEATH"> = {
  async check(tx, draft, ctx) {
    const person = await readPerson(tx, draft.personId, ctx.lock);
    if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
    return {
      issues: checkDeath({ occurredOn: draft.occurredOn, person }),
      unitId: person.residence?.unitId ?? null,
      householdId: person.residence?.householdId ?? null,
      personId: person.id,
      derived: { ageAtDeath: ageAtDeath(person.birthDate, draft.occurredOn) },
      facts: null,
    };
  },

  async apply(tx, draft, checked, ctx) {
    const personId = checked.personId!;
    const on = toDbDate(draft.occurredOn);
    await touchPerson(tx, personId, { deathDate: on }, ctx.actorId);
    const spell = await closeOpenSpell(tx, personId, draft.occurredOn, "DEATH");
    const marriage = await tx.marriage.findFirst({ where: { OR: [{ husbandId: personId }, { wifeId: personId }], endedOn: null } });
    if (marriage) {
      await tx.marriage.update({ where: { id: marriage.id }, data: { endedOn: on, endReason: "DEATH" } });
      const spouseId = marriage.husbandId === personId ? marriage.wifeId : marriage.husbandId;
      const spouse = spouseId !== null ? await tx.person.findUnique({ where: { id: spouseId }, select: { deathDate: true } }) : null;
      if (spouseId !== null && spouse && !spouse.deathDate) await touchPerson(tx, spouseId, { maritalStatus: "WIDOWED" }, ctx.actorId);
    }
    await tx.contraceptiveSpell.updateMany({ where: { personId, validTo: null }, data: { validTo: on } });
    await tx.pregnancy.updateMany({ where: { personId, endedOn: null }, data: { endedOn: on } });
    if (spell) await settleHousehold(tx, spell.householdId, draft.occurredOn, ctx.actorId);
    return {};
  },
};
