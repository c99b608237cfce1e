// Contraception (start, stop, change of method), pregnancies and the check-ups of the
// slip. Contraceptive use is a spell on the woman's record; a pregnancy is a row that a
// birth, a death or an outcome line ends; check-ups are counted from their lines only.
import {
  checkCheckup, checkContraception, checkPregnancy, eventIssue, type DraftOf, type PersonFacts, type RecordableEventType,
} from "@danso/domain";
import { toDbDate, type Tx } from "../context.js";
import { readPerson } from "../read-facts.js";
import { failed, type Checked, type CheckContext, type EventHandler } from "./handler.js";
import { homeOf } from "./home.js";

/** Reads the subject and runs a rule; every line of this file is about one woman (or child, or elder). */
async function checkSubjectLine<T extends RecordableEventType>(
  tx: Tx,
  draft: DraftOf<T>,
  ctx: CheckContext,
  rule: (person: PersonFacts) => ReturnType<typeof checkCheckup>,
  derive: (person: PersonFacts) => Record<string, unknown> = () => ({}),
): Promise<Checked<PersonFacts | null>> {
  const person = await readPerson(tx, draft.personId, ctx.lock);
  if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
  const home = await homeOf(tx, person);
  return { issues: rule(person), unitId: home.unitId, householdId: home.householdId, personId: person.id, derived: derive(person), facts: person };
}

export const contraceptionStartHandler: EventHandler<"CONTRACEPTION_START", PersonFacts | null> = {
  check: (tx, draft, ctx) => checkSubjectLine(tx, draft, ctx, (person) => checkContraception({ type: draft.type, occurredOn: draft.occurredOn, person, payload: draft.payload })),
  async apply(tx, draft, checked) {
    await tx.contraceptiveSpell.create({ data: { personId: checked.personId!, method: draft.payload.method, validFrom: toDbDate(draft.occurredOn) } });
    return {};
  },
};

export const contraceptionStopHandler: EventHandler<"CONTRACEPTION_STOP", PersonFacts | null> = {
  check: (tx, draft, ctx) =>
    checkSubjectLine(tx, draft, ctx, (person) => checkContraception({ type: draft.type, occurredOn: draft.occurredOn, person, payload: draft.payload }), (person) => ({
      method: draft.payload.method ?? person.contraception?.method ?? null,
    })),
  async apply(tx, draft, checked) {
    await tx.contraceptiveSpell.updateMany({ where: { personId: checked.personId!, validTo: null }, data: { validTo: toDbDate(draft.occurredOn) } });
    return {};
  },
};

export const contraceptionChangeHandler: EventHandler<"CONTRACEPTION_CHANGE", PersonFacts | null> = {
  check: (tx, draft, ctx) =>
    checkSubjectLine(tx, draft, ctx, (person) => checkContraception({ type: draft.type, occurredOn: draft.occurredOn, person, payload: draft.payload }), (person) => ({
      fromMethod: draft.payload.fromMethod ?? person.contraception?.method ?? null,
    })),
  async apply(tx, draft, checked) {
    const on = toDbDate(draft.occurredOn);
    await tx.contraceptiveSpell.updateMany({ where: { personId: checked.personId!, validTo: null }, data: { validTo: on } });
    await tx.contraceptiveSpell.create({ data: { personId: checked.personId!, method: draft.payload.method, validFrom: on } });
    return {};
  },
};

export const pregnancyHandler: EventHandler<"PREGNANCY", PersonFacts | null> = {
  check: (tx, draft, ctx) => checkSubjectLine(tx, draft, ctx, (person) => checkPregnancy({ occurredOn: draft.occurredOn, person, payload: draft.payload })),
  async apply(tx, draft, checked) {
    const p = draft.payload;
    const on = toDbDate(draft.occurredOn);
    if (p.outcome) {
      const current = checked.facts!.pregnancy!;
      await tx.pregnancy.update({ where: { id: BigInt(current.id) }, data: { endedOn: on, outcome: p.outcome } });
      return { derived: { pregnancyId: current.id } };
    }
    const row = await tx.pregnancy.create({
      data: { personId: checked.personId!, recordedOn: on, expectedDelivery: p.expectedDelivery ? toDbDate(p.expectedDelivery) : null },
      select: { id: true },
    });
    return { derived: { pregnancyId: Number(row.id) } };
  },
};

type CheckupType = "PRENATAL_SCREENING" | "NEWBORN_SCREENING" | "ELDERLY_CHECKUP";
const checkCheckupLine = (tx: Tx, draft: DraftOf<CheckupType>, ctx: CheckContext) =>
  checkSubjectLine(tx, draft, ctx, (person) => checkCheckup({ type: draft.type, occurredOn: draft.occurredOn, person }), (person) =>
    draft.type === "PRENATAL_SCREENING" ? { pregnancyId: person.pregnancy?.id ?? null } : {},
  );
const noChange = async () => ({});

export const prenatalScreeningHandler: EventHandler<"PRENATAL_SCREENING", PersonFacts | null> = { check: checkCheckupLine, apply: noChange };
export const newbornScreeningHandler: EventHandler<"NEWBORN_SCREENING", PersonFacts | null> = { check: checkCheckupLine, apply: noChange };
export const elderlyCheckupHandler: EventHandler<"ELDERLY_CHECKUP", PersonFacts | null> = { check: checkCheckupLine, apply: noChange };
