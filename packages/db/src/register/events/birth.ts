// BIRTH: the child enters the register in the mother's household (or the one chosen on
// the line) with a BIRTH spell from the birth date; the mother's birth order advances and
// her current pregnancy ends with a live birth.
import { birthOrderOf, checkBirth, eventIssue, foldVietnamese, type PersonFacts } from "@danso/domain";
import { fromDbDate, toDbDate } from "../context.js";
import { headOf, relationTo } from "../households.js";
import { readHousehold, readPerson } from "../read-facts.js";
import { openSpell } from "../spells.js";
import type { EventHandler } from "./handler.js";

export const birthHandler: EventHandler<"BIRTH", { mother: PersonFacts | null }> = {
  async check(tx, draft, ctx) {
    const p = draft.payload;
    const mother = await readPerson(tx, p.motherId, ctx.lock);
    const father = p.fatherId !== null && p.fatherId !== p.motherId ? await readPerson(tx, p.fatherId) : null;
    const householdId = draft.householdId ?? mother?.residence?.householdId ?? null;
    const household = await readHousehold(tx, householdId, ctx.lock);
    const motherChildren = (await tx.person.findMany({ where: { motherId: p.motherId }, select: { fullName: true, birthDate: true } }))
      .map((c) => ({ fullName: c.fullName, birthDate: fromDbDate(c.birthDate) }));
    const issues = checkBirth({ occurredOn: draft.occurredOn, payload: p, mother, father, household, motherChildren, householdChosen: draft.householdId !== null });
    if (p.cccd && (await tx.person.count({ where: { cccd: p.cccd } }))) issues.push(eventIssue("CCCD_TAKEN", "error", "payload.cccd"));
    return { issues, unitId: household?.unitId ?? null, householdId, personId: null, derived: {}, facts: { mother } };
  },

  async apply(tx, draft, checked, ctx) {
    const p = draft.payload;
    const householdId = checked.householdId!;
    const mother = await tx.person.findUniqueOrThrow({ where: { id: p.motherId }, select: { ethnicity: true } });
    const siblings = await tx.person.count({ where: { motherId: p.motherId } });
    const birthOrder = birthOrderOf(p, siblings);
    const head = await headOf(tx, householdId);
    const child = await tx.person.create({
      data: {
        householdId, fullName: p.fullName, searchName: foldVietnamese(p.fullName), sex: p.sex, birthDate: toDbDate(draft.occurredOn),
        ethnicity: p.ethnicity ?? mother.ethnicity, education: "NONE", maritalStatus: "NEVER_MARRIED", relationToHead: "OTHER",
        residenceStatus: "PERMANENT", cccd: p.cccd, insuranceNumber: p.insuranceNumber, motherId: p.motherId, fatherId: p.fatherId,
        birthOrder, updatedById: ctx.actorId,
      },
      select: { id: true },
    });
    // The relation follows the parents' links to the head (child, grandchild, …).
    await tx.person.update({ where: { id: child.id }, data: { relationToHead: await relationTo(tx, head, child.id) } });
    await openSpell(tx, { personId: child.id, householdId, unitId: checked.unitId!, from: draft.occurredOn, startReason: "BIRTH", startEventId: ctx.eventId });
    await tx.pregnancy.updateMany({
      where: { personId: p.motherId, endedOn: null, recordedOn: { lte: toDbDate(draft.occurredOn) } },
      data: { endedOn: toDbDate(draft.occurredOn), outcome: "LIVE_BIRTH" },
    });
    return { personId: child.id, householdId, derived: { birthOrder, childId: child.id } };
  },
};
