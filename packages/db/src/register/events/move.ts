// Moves between communes: the design.
//
// A move is one fact (a person, a date, an origin and a destination commune), but two
// communes see it, each with its own collaborator and officer, at different times, and
// each counts it in its own flows (moves out at the origin, moves in at the destination).
// The register keeps it as two linked change events, one per commune, so every level
// counts its flows from its own events and a move inside a district or province nets to
// zero there; and as two spells that meet on the move date, so the stock on any date
// counts the person once. Whichever side is verified first does what it can, the second
// side links to it: nothing is counted twice, and nobody is lost.
//
// 1. MOVE_OUT verified at the origin: the origin spell closes on the move date with the
//    destination commune when known (null when abroad or not known). A person announced
//    to a commune of the register is then "pending arrival" there: listPendingArrivals()
//    shows them to the destination's officer until the arrival is recorded. Until then
//    they are in no commune's stock: they left, and there is no household for them yet.
// 2. MOVE_IN verified at the destination (Arrival in the domain's move.ts):
//    - TRANSFER: the origin has not verified its side (the person still has an open spell
//      there). A destination cannot close a residence elsewhere on its own word: submitting
//      the arrival put a MOVE_OUT line in the origin's queue (origin-request.ts), and the
//      arrival is refused until the origin verifies it (it then becomes a LINK). Only when
//      the origin stays silent past ORIGIN_ANSWER_DAYS does the arrival close that spell on
//      the move date (MOVE_OUT, destination = here) and verify the origin's line with it,
//      marked for the origin to see; with no line there, it writes one (VERIFIED, with
//      `recordedAtDestination`), so the origin's flows agree with its stock.
//    - LINK: the origin verified its side on the same date. The arrival opens the spell on
//      that date with the origin commune; a destination the origin did not know (or got
//      wrong) is set to this commune on the spell and on the origin's event (an entered
//      value is kept as `previousDestination`), so higher levels see an internal move.
//      The two sides must share the date: another date is refused, naming the origin's.
//    - ENTRY: from outside the register (abroad, never registered, a temporary resident
//      who becomes a resident, back after a stay outside, or a newcomer whose details are
//      on the line and who is created now). The spell opens with no origin and the
//      payload's originUnitId is null, because no spell closed anywhere in the register;
//      the origin as declared stays in `declaredOriginUnitId`, code and name.
// 3. A family arriving together: the first arrival sets up the new household, the others
//    name it with `withEventId` and are verified after it.
import { checkMoveIn, checkMoveOut, classifyArrival, eventIssue, foldVietnamese, todayInVietnam, type Arrival, type PersonFacts } from "@danso/domain";
import type { Prisma } from "../../generated/prisma/client.js";
import { toDbDate, type Tx } from "../context.js";
import { invalidState } from "../errors.js";
import { createHouseholdRow, headOf, relationTo, settleHousehold } from "../households.js";
import { readHousehold, readPerson } from "../read-facts.js";
import { closeOpenSpell, openSpell, relocate, touchPerson } from "../spells.js";
import { originAnswer, originRequest } from "../origin-request.js";
import { createVerifiedEvent } from "../system-events.js";
import { communeById, findArea, resolveCommune, type AreaRef, type CommuneRef } from "../units.js";
import { failed, type EventHandler } from "./handler.js";

export const moveOutHandler: EventHandler<"MOVE_OUT"> = {
  async check(tx, draft, ctx) {
    const p = draft.payload;
    const person = await readPerson(tx, draft.personId, ctx.lock);
    if (!person) return failed([eventIssue("PERSON_NOT_FOUND", "error", "personId")], null);
    // Verifying a line whose person has left the commune since: the destination (or another
    // line) recorded this move already.
    if (ctx.recordedUnitId !== undefined && person.residence?.unitId !== ctx.recordedUnitId) {
      return failed([eventIssue("ALREADY_MOVED", "error", "personId")], null);
    }
    const dest = await resolveCommune(tx, { code: p.destinationUnitCode, id: p.destinationUnitId }, draft.occurredOn, {
      code: "payload.destinationUnitCode", id: "payload.destinationUnitId",
    });
    return {
      issues: [...checkMoveOut({ occurredOn: draft.occurredOn, person, destinationUnitId: dest.unit?.id ?? null }), ...dest.issues],
      unitId: person.residence?.unitId ?? null,
      householdId: person.residence?.householdId ?? null,
      personId: person.id,
      derived: { destinationUnitId: dest.unit?.id ?? null, destinationUnitCode: dest.unit?.code ?? null, destinationUnitName: dest.unit?.name ?? null },
      facts: null,
    };
  },

  async apply(tx, draft, checked, ctx) {
    const spell = await closeOpenSpell(tx, checked.personId!, draft.occurredOn, "MOVE_OUT", checked.derived.destinationUnitId as number | null);
    await settleHousehold(tx, spell!.householdId, draft.occurredOn, ctx.actorId);
    return {};
  },
};

type Target = { kind: "EXISTING"; householdId: number } | { kind: "NEW"; area: AreaRef } | { kind: "JOIN"; eventId: bigint };
interface MoveInFacts {
  person: PersonFacts | null;
  arrival: Arrival;
  target: Target | null;
  /** For a TRANSFER: the origin's line that this arrival verifies with it (origin silent). */
  originRequestId: bigint | null;
}

/** The household moved into and its commune, as far as the line and the register tell. */
async function findTarget(tx: Tx, draft: Parameters<EventHandler<"MOVE_IN">["check"]>[1], lock: boolean) {
  const p = draft.payload;
  if (draft.householdId !== null) {
    const household = await readHousehold(tx, draft.householdId, lock);
    if (!household) return { issues: [eventIssue("HOUSEHOLD_NOT_FOUND", "error", "householdId")] };
    return { household, unitId: household.unitId, target: { kind: "EXISTING", householdId: household.id } as Target, issues: [] };
  }
  if (p.newHousehold) {
    const area = await findArea(tx, p.newHousehold.areaCode);
    if (!area) return { issues: [eventIssue("AREA_NOT_FOUND", "error", "payload.newHousehold.areaCode")] };
    return { household: null, unitId: area.unitId, target: { kind: "NEW", area } as Target, issues: [] };
  }
  const other = p.withEventId !== null ? await tx.changeEvent.findUnique({ where: { id: BigInt(p.withEventId) } }) : null;
  const otherPayload = (other?.payload ?? {}) as { newHousehold?: unknown };
  if (!other || other.type !== "MOVE_IN" || !otherPayload.newHousehold || other.occurredOn.getTime() !== toDbDate(draft.occurredOn).getTime() || other.status === "REJECTED") {
    return { issues: [eventIssue("JOIN_EVENT_INVALID", "error", "payload.withEventId")] };
  }
  const household = await readHousehold(tx, other.householdId, lock);
  return { household, unitId: other.unitId, target: { kind: "JOIN", eventId: other.id } as Target, issues: [] };
}

export const moveInHandler: EventHandler<"MOVE_IN", MoveInFacts> = {
  async check(tx, draft, ctx) {
    const p = draft.payload;
    const person = await readPerson(tx, draft.personId, ctx.lock);
    const found = await findTarget(tx, draft, ctx.lock);
    const origin = await resolveCommune(tx, { code: p.originUnitCode, id: p.originUnitId }, draft.occurredOn, {
      code: "payload.originUnitCode", id: "payload.originUnitId",
    });
    const newcomer = p.person;
    const cccdTaken = !!newcomer?.cccd && (await tx.person.count({ where: { cccd: newcomer.cccd } })) > 0;
    const namesakes = newcomer
      ? await tx.person.count({ where: { searchName: foldVietnamese(newcomer.fullName), birthDate: toDbDate(newcomer.birthDate), deathDate: null } })
      : 0;
    const unitId = found.unitId ?? null;
    const issues = [...found.issues, ...origin.issues];
    for (const field of ["motherId", "fatherId"] as const) {
      const id = newcomer?.[field] ?? null;
      if (id !== null && !(await tx.person.count({ where: { id } }))) issues.push(eventIssue("PERSON_NOT_FOUND", "error", `payload.person.${field}`));
    }
    if (unitId !== null) {
      issues.push(...checkMoveIn({
        occurredOn: draft.occurredOn, payload: p, person, personId: draft.personId, household: found.household ?? null, unitId,
        originUnitId: origin.unit?.id ?? null, cccdTaken, namesakes,
      }));
    }
    const arrival = classifyArrival(person, draft.occurredOn);
    // Verifying the arrival of someone still living elsewhere: only with the origin's answer
    // (or its silence past the deadline): see origin-request.ts.
    let originRequestId: bigint | null = null;
    if (arrival.kind === "TRANSFER" && ctx.recordedUnitId !== undefined) {
      const request = await originRequest(tx, person!.id, arrival.fromUnitId, draft.occurredOn);
      const answer = originAnswer(request, ctx.today);
      if (answer === "ok") originRequestId = request!.id;
      else issues.push(eventIssue(answer === "rejected" ? "ORIGIN_REJECTED_MOVE" : "ORIGIN_NOT_CONFIRMED", "error", "personId"));
    }
    let derived: Record<string, unknown>;
    if (arrival.kind === "ENTRY") {
      derived = { originUnitId: null, declaredOriginUnitId: origin.unit?.id ?? null, originUnitCode: origin.unit?.code ?? null, originUnitName: origin.unit?.name ?? null };
    } else {
      const from = await communeById(tx, arrival.fromUnitId);
      derived = { originUnitId: from.id, originUnitCode: from.code, originUnitName: from.name };
    }
    return {
      // A household set up or joined by this arrival is the event's once verified.
      issues, unitId, householdId: found.target?.kind === "EXISTING" ? found.target.householdId : null, personId: draft.personId, derived,
      facts: { person, arrival, target: found.target ?? null, originRequestId },
    };
  },

  async apply(tx, draft, checked, ctx) {
    const { person, arrival, target, originRequestId } = checked.facts;
    const p = draft.payload;
    const unitId = checked.unitId!;
    const householdId = await targetHousehold(tx, draft, target!, ctx.actorId);
    const head = target!.kind === "NEW" ? null : await headOf(tx, householdId);
    const createdEventIds: bigint[] = [];
    let personId: number;
    let moveOutEventId: bigint | null = null;

    if (!person) {
      personId = await createNewcomer(tx, draft, householdId, target!.kind === "NEW", ctx.actorId);
      await openSpell(tx, { personId, householdId, unitId, from: draft.occurredOn, startReason: "MOVE_IN", startEventId: ctx.eventId });
    } else {
      personId = person.id;
      const relation = p.relationToHead ?? (await relationTo(tx, head, personId));
      if (arrival.kind === "TRANSFER") {
        const moved = await relocate(tx, personId, { householdId, unitId }, draft.occurredOn, ctx.eventId, ctx.actorId);
        const here = await communeById(tx, unitId);
        const payload = { destinationUnitId: here.id, destinationUnitCode: here.code, destinationUnitName: here.name, abroad: false, recordedAtDestination: true, arrivalEventId: Number(ctx.eventId) };
        moveOutEventId = originRequestId === null
          ? await createVerifiedEvent(tx, {
            type: "MOVE_OUT", occurredOn: draft.occurredOn, unitId: moved.fromUnitId, householdId: moved.fromHouseholdId, personId,
            payload, causeEventId: ctx.eventId, actorId: ctx.actorId,
          })
          : await verifySilentOrigin(tx, originRequestId, payload, ctx);
        createdEventIds.push(moveOutEventId);
        await settleHousehold(tx, moved.fromHouseholdId, draft.occurredOn, ctx.actorId);
      } else {
        if (arrival.kind === "LINK") moveOutEventId = await linkMoveOut(tx, personId, draft.occurredOn, await communeById(tx, unitId), ctx.eventId);
        await openSpell(tx, {
          personId, householdId, unitId, from: draft.occurredOn, startReason: "MOVE_IN",
          originUnitId: arrival.kind === "LINK" ? arrival.fromUnitId : null, startEventId: ctx.eventId,
        });
        await touchPerson(tx, personId, { householdId, residenceStatus: "PERMANENT" }, ctx.actorId);
      }
      await touchPerson(tx, personId, { relationToHead: target!.kind === "NEW" ? "HEAD" : relation }, ctx.actorId);
    }
    return {
      personId, householdId, createdEventIds,
      derived: { moveOutEventId: moveOutEventId !== null ? Number(moveOutEventId) : null, ...(target!.kind === "NEW" ? { newHouseholdId: householdId } : {}) },
    };
  },
};

/** The origin's line, unanswered past the deadline, verified together with the arrival. */
async function verifySilentOrigin(tx: Tx, id: bigint, payload: Record<string, unknown>, ctx: { actorId: number; eventId: bigint; today: string }): Promise<bigint> {
  const line = await tx.changeEvent.findUniqueOrThrow({ where: { id } });
  const days = Math.round((toDbDate(ctx.today).getTime() - toDbDate(todayInVietnam(line.submittedAt!)).getTime()) / 86_400_000);
  await tx.changeEvent.update({
    where: { id },
    data: {
      status: "VERIFIED", verifiedAt: new Date(), verifiedById: ctx.actorId,
      payload: { ...(line.payload as Record<string, unknown>), ...payload, causeEventId: Number(ctx.eventId), verifiedAtDestinationAfterDays: days } as Prisma.InputJsonObject,
    },
  });
  return id;
}

type MoveInDraft = Parameters<EventHandler<"MOVE_IN">["apply"]>[1];

/** The household moved into; a new one is set up now, a joined one must be verified. */
async function targetHousehold(tx: Tx, draft: MoveInDraft, target: Target, actorId: number): Promise<number> {
  if (target.kind === "EXISTING") return target.householdId;
  if (target.kind === "NEW") {
    const h = draft.payload.newHousehold!;
    return (await createHouseholdRow(tx, { area: target.area, address: h.address, type: h.type, establishedOn: draft.occurredOn, actorId })).id;
  }
  const other = await tx.changeEvent.findUniqueOrThrow({ where: { id: target.eventId } });
  if (other.status !== "VERIFIED" || other.householdId === null) {
    throw invalidState(
      `Cần xác nhận trước biến động chuyển đến số ${other.id}, lập hộ mới mà người này đến cùng`,
      `First verify move-in ${other.id}, which set up the household this person joins`,
      { kind: "STATUS", eventId: other.id.toString(), status: other.status },
    );
  }
  return other.householdId;
}

async function createNewcomer(tx: Tx, draft: MoveInDraft, householdId: number, isNewHousehold: boolean, actorId: number): Promise<number> {
  const n = draft.payload.person!;
  const row = await tx.person.create({
    data: {
      householdId, fullName: n.fullName, searchName: foldVietnamese(n.fullName), sex: n.sex, birthDate: toDbDate(n.birthDate),
      ethnicity: n.ethnicity, education: n.education, maritalStatus: n.maritalStatus, relationToHead: isNewHousehold ? "HEAD" : n.relationToHead,
      residenceStatus: n.residenceStatus, cccd: n.cccd, insuranceNumber: n.insuranceNumber, motherId: n.motherId, fatherId: n.fatherId,
      updatedById: actorId,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * The other side of a move the origin verified: its spell and event get this commune as
 * the destination (an earlier, different value is kept), and the two events point to
 * each other. Returns the origin's event id.
 */
async function linkMoveOut(tx: Tx, personId: number, on: string, here: CommuneRef, arrivalEventId: bigint): Promise<bigint | null> {
  const date = toDbDate(on);
  const spell = await tx.residence.findFirstOrThrow({ where: { personId, validTo: date, endReason: "MOVE_OUT" }, orderBy: { validFrom: "desc" } });
  if (spell.destinationUnitId !== here.id) await tx.residence.update({ where: { id: spell.id }, data: { destinationUnitId: here.id } });
  const origin = await tx.changeEvent.findFirst({
    where: { personId, type: "MOVE_OUT", status: "VERIFIED", occurredOn: date, unitId: spell.unitId },
    orderBy: { id: "desc" },
  });
  if (!origin) return null;
  const payload = (origin.payload ?? {}) as Record<string, unknown>;
  const changed = payload.destinationUnitId !== here.id;
  const previous = { unitId: payload.destinationUnitId ?? null, code: payload.destinationUnitCode ?? null, name: payload.destinationUnitName ?? null, abroad: payload.abroad ?? false };
  await tx.changeEvent.update({
    where: { id: origin.id },
    data: {
      payload: {
        ...payload,
        ...(changed ? { destinationUnitId: here.id, destinationUnitCode: here.code, destinationUnitName: here.name, abroad: false, previousDestination: previous } : {}),
        arrivalEventId: Number(arrivalEventId),
      } as Prisma.InputJsonObject,
    },
  });
  return origin.id;
}
