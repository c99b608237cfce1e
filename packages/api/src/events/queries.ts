// Reading change events: those recorded in a unit (a collaborator: in their area).
import { CHANGE_EVENT_TYPE, isoToDate, maskCccdsIn, parsePeriod, isPeriodCode } from "@danso/domain";
import type { Prisma } from "@danso/db";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize, listScope } from "../policy/authorize.js";
import { badInput } from "../errors.js";
import { paginate } from "../pagination.js";
import { communeIdsUnder, requireUnit } from "../units/find-units.js";
import { eventPlace } from "../policy/places.js";

export const eventResolvers: Resolvers = {
  Query: {
    changeEvents: async (_, { unitCode, date, status, type, period, first, after }, ctx) => {
      if (period && !isPeriodCode(period)) throw badInput("Kỳ báo cáo không hợp lệ (ví dụ 2026, 2026-Q1, 2026-M03).", "Invalid period.", { period: ["Ví dụ: 2026, 2026-Q1, 2026-M03"] });
      const range = period ? parsePeriod(period) : null;
      const on = date ?? range?.end ?? ctx.today;
      const unit = await requireUnit(ctx.db, unitCode, on);
      const area = ctx.viewer?.areaId ? await ctx.loaders.area.load(ctx.viewer.areaId) : null;
      const areaUnit = area ? await ctx.loaders.unit.load(area.unitId) : null;
      const scope = listScope(ctx.viewer, "event.read", unit.path, areaUnit?.path);
      const where: Prisma.ChangeEventWhereInput = {
        ...(scope.kind === "area" ? { household: { areaId: scope.areaId } } : unit.level > 0 ? { unitId: { in: await communeIdsUnder(ctx.db, unit, on) } } : {}),
        ...(status ? { status } : {}),
        ...(type ? { type } : {}),
        ...(range ? { occurredOn: { gte: isoToDate(range.start), lte: isoToDate(range.end) } } : {}),
      };
      return paginate({ first, after }, (cursor, take) => ctx.db.changeEvent.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }), () => ctx.db.changeEvent.count({ where }));
    },
    changeEvent: async (_, { id }, ctx) => {
      const event = /^\d{1,18}$/.test(id) ? await ctx.db.changeEvent.findUnique({ where: { id: BigInt(id) } }) : null;
      if (!event) return null;
      authorize(ctx.viewer, "event.read", await eventPlace(ctx, event));
      return event;
    },
  },
  ChangeEvent: {
    id: (e) => String(e.id),
    typeLabel: (e) => CHANGE_EVENT_TYPE[e.type].vi,
    unit: async (e, _, ctx) => (await ctx.loaders.unit.load(e.unitId))!,
    household: (e, _, ctx) => (e.householdId === null ? null : ctx.loaders.household.load(e.householdId)),
    // The line's subject may live elsewhere (an arrival not yet confirmed): the guard decides.
    person: (e, _, ctx) => (e.personId === null ? null : ctx.loaders.person.load(e.personId)),
    // A line still waiting holds the numbers entered; they are shown masked, like everywhere.
    payload: (e) => maskCccdsIn(e.payload),
    recordedBy: (e, _, ctx) => (e.recordedById === null ? null : ctx.loaders.user.load(e.recordedById)),
    submittedBy: (e, _, ctx) => (e.submittedById === null ? null : ctx.loaders.user.load(e.submittedById)),
    verifiedBy: (e, _, ctx) => (e.verifiedById === null ? null : ctx.loaders.user.load(e.verifiedById)),
    rejectedBy: (e, _, ctx) => (e.rejectedById === null ? null : ctx.loaders.user.load(e.rejectedById)),
  },
};
