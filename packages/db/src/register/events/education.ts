// EDUCATION_CHANGE: the highest level completed, with the previous one kept on the line.
import { checkEducation, eventIssue } from "@danso/domain";
import { readPerson } from "../read-facts.js";
import { touchPerson } from "../spells.js";
import { failed, type EventHandler } from "./handler.js";
import { homeOf } from "./home.js";

export const educationHandler: EventHandler<"EDUCATION_CHANGE"> = {
  async check(tx, draft, ctx) {
    const person = await readPerson(tx, draft.personId, ctx.lock);
    if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
    const home = await homeOf(tx, person);
    return {
      issues: checkEducation({ occurredOn: draft.occurredOn, person, payload: draft.payload }),
      unitId: home.unitId, householdId: home.householdId, personId: person.id,
      derived: { from: draft.payload.from ?? person.education }, facts: null,
    };
  },
  async apply(tx, draft, checked, ctx) {
    await touchPerson(tx, checked.personId!, { education: draft.payload.to }, ctx.actorId);
    return {};
  },
};
