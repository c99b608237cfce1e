// The change-event workflow: a collaborator or commune officer records a DRAFT and submits
// it; the commune officer verifies (the register changes) or rejects it with a reason.
import { listPendingArrivals, recordChangeEvent, rejectChangeEvent, submitChangeEvents, verifyChangeEvent, type ChangeEvent } from "@danso/db";
import { dateToIso, maskCccd } from "@danso/domain";
import type { Resolvers } from "../generated/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import { authorize, can, listScope, requireRole } from "../policy/authorize.js";
import type { Action } from "../policy/permissions.js";
import { ApiError, forbidden, notFound } from "../errors.js";
import { inTransaction, type Tx } from "../transaction.js";
import { requireUnit } from "../units/find-units.js";
import { toWarning } from "../warnings.js";
import { eventPlace } from "../policy/places.js";
import { findArrivalMatches } from "./arrivals.js";
import { checkSubjects } from "./subjects.js";

async function loadEvent(ctx: GraphQLContext, id: string): Promise<ChangeEvent> {
  const event = /^\d{1,18}$/.test(id) ? await ctx.db.changeEvent.findUnique({ where: { id: BigInt(id) } }) : null;
  if (!event) throw notFound(`biến động số ${id.slice(0, 20)}`, `Change event ${id.slice(0, 20)}`);
  return event;
}

/**
 * Separation of duties: nobody verifies a line they recorded or submitted themself, unless
 * they are the only commune officer of the unit; then the verification is allowed and
 * flagged in the audit trail (true), where the district or province sees it.
 */
async function ownLine(ctx: GraphQLContext, viewerId: number, line: ChangeEvent): Promise<boolean> {
  if (line.recordedById !== viewerId && line.submittedById !== viewerId) return false;
  const officers = await ctx.db.user.count({ where: { unitId: line.unitId, role: "COMMUNE_OFFICER", active: true } });
  if (officers > 1) {
    throw new ApiError("FORBIDDEN", "Người ghi hoặc gửi biến động không tự xác nhận được: một cán bộ khác của xã xác nhận dòng này.",
      "Whoever recorded or submitted a line cannot verify it: another officer of the commune does.");
  }
  return true;
}

/** Inside the transaction: the place the register resolved must be within reach, else
 * everything rolls back. */
async function placeWithinReach(ctx: GraphQLContext, tx: Tx, action: Action, event: ChangeEvent) {
  const unit = await tx.adminUnit.findUniqueOrThrow({ where: { id: event.unitId } });
  const household = event.householdId === null ? null : await tx.household.findUnique({ where: { id: event.householdId } });
  const place = { unitPath: unit.path, areaId: household?.areaId ?? null };
  if (!can(ctx.viewer, action, place)) throw forbidden();
  return place;
}

export const eventMutations: Resolvers = {
  Query: {
    arrivalMatches: async (_, { unitCode, identity }, ctx) => {
      const unit = await requireUnit(ctx.db, unitCode, ctx.today);
      const viewer = listScope(ctx.viewer, "event.record", unit.path) && ctx.viewer!;
      return findArrivalMatches(ctx, viewer, unit.path, identity);
    },
    pendingArrivals: async (_, { unitCode }, ctx) => {
      const unit = await requireUnit(ctx.db, unitCode, ctx.today);
      listScope(ctx.viewer, "event.record", unit.path);
      if (unit.level !== 3) return [];
      const rows = await ctx.db.$transaction((tx) => listPendingArrivals(tx, unit.id));
      return rows.map((r) => ({ ...r, moveOutEventId: r.moveOutEventId }));
    },
  },
  ArrivalMatch: {
    personId: (m) => String(m.person.id),
    fullName: (m) => m.person.fullName,
    sex: (m) => m.person.sex,
    birthDate: (m) => dateToIso(m.person.birthDate),
    cccd: (m) => (m.person.cccd === null ? null : maskCccd(m.person.cccd)),
    origin: async (m, _, ctx) => (await ctx.loaders.unit.load(m.originUnitId))!,
  },
  PendingArrival: {
    moveOutEvent: async (a, _, ctx) => (a.moveOutEventId === null ? null : (await ctx.loaders.changeEvent.load(a.moveOutEventId))[0] ?? null),
    personId: (a) => String(a.personId),
    person: (a, _, ctx) => ctx.loaders.person.load(a.personId),
    cccd: async (a, _, ctx) => {
      const cccd = (await ctx.loaders.person.load(a.personId))?.cccd ?? null;
      return cccd === null ? null : maskCccd(cccd);
    },
    origin: async (a, _, ctx) => (await ctx.loaders.unit.load(a.origin.id))!,
  },
  Mutation: {
    recordChangeEvent: async (_, { input }, ctx) => {
      const viewer = requireRole(ctx.viewer, "event.record");
      const { arrivalIdentity, ...line } = input;
      await checkSubjects(ctx, viewer, input);
      return inTransaction(ctx, async (tx, audit) => {
        const result = await recordChangeEvent(tx, viewer.id, { ...line, source: "ONLINE" }, { today: ctx.today });
        const place = await placeWithinReach(ctx, tx, "event.record", result.event);
        if (result.created) {
          await audit({ action: "changeEvent.record", entityType: "ChangeEvent", entityId: result.event.id, unitPath: place.unitPath, details: { type: result.event.type, idempotencyKey: input.idempotencyKey, byIdentity: arrivalIdentity ? true : undefined } });
        }
        return { changeEvent: result.event, created: result.created, warnings: result.warnings.map(toWarning) };
      });
    },

    submitChangeEvents: async (_, { ids }, ctx) => {
      const viewer = requireRole(ctx.viewer, "event.record");
      const events = await Promise.all(ids.slice(0, 1000).map((id) => loadEvent(ctx, id)));
      for (const e of events) authorize(viewer, "event.record", await eventPlace(ctx, e));
      return inTransaction(ctx, async (tx, audit) => {
        const submitted = await submitChangeEvents(tx, viewer.id, { ids });
        for (const e of submitted) {
          const place = await placeWithinReach(ctx, tx, "event.record", e);
          await audit({ action: "changeEvent.submit", entityType: "ChangeEvent", entityId: e.id, unitPath: place.unitPath });
        }
        return submitted;
      });
    },

    verifyChangeEvent: async (_, { id }, ctx) => {
      const viewer = requireRole(ctx.viewer, "event.verify");
      const line = await loadEvent(ctx, id);
      authorize(viewer, "event.verify", await eventPlace(ctx, line));
      const own = await ownLine(ctx, viewer.id, line);
      return inTransaction(ctx, async (tx, audit) => {
        const result = await verifyChangeEvent(tx, viewer.id, { id }, { today: ctx.today });
        const place = await placeWithinReach(ctx, tx, "event.verify", result.event);
        await audit({
          action: "changeEvent.verify", entityType: "ChangeEvent", entityId: result.event.id, unitPath: place.unitPath,
          details: { type: result.event.type, createdEventIds: result.createdEventIds.map(String) },
        });
        // The unit's only officer verified their own line: flagged where the level above reads.
        if (own) await audit({ action: "changeEvent.verifyOwnLine", entityType: "ChangeEvent", entityId: result.event.id, unitPath: place.unitPath, details: { soleOfficer: true } });
        return { changeEvent: result.event, created: false, warnings: result.warnings.map(toWarning) };
      }, { changesRegister: true });
    },

    rejectChangeEvent: async (_, { id, reason }, ctx) => {
      const viewer = requireRole(ctx.viewer, "event.verify");
      authorize(viewer, "event.verify", await eventPlace(ctx, await loadEvent(ctx, id)));
      return inTransaction(ctx, async (tx, audit) => {
        const event = await rejectChangeEvent(tx, viewer.id, { id, reason });
        const place = await placeWithinReach(ctx, tx, "event.verify", event);
        await audit({ action: "changeEvent.reject", entityType: "ChangeEvent", entityId: event.id, unitPath: place.unitPath, details: { reason } });
        return event;
      });
    },
  },
};
