// Reading the register: households and persons of a unit, one person's record. Lists are
// narrowed to the viewer's scope; every list and every opened record is audited.
import { addYears, foldVietnamese, isoToDate, type IsoDate } from "@danso/domain";
import type { Prisma } from "@danso/db";
import type { QueryResolvers } from "../generated/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import { writeAudit } from "../audit/write-audit.js";
import { authorize, isWithin, listScope } from "../policy/authorize.js";
import { badInput, notFound } from "../errors.js";
import { paginate } from "../pagination.js";
import { communeIdsUnder, requireUnit } from "../units/find-units.js";
import { householdPlace, personPlace } from "../policy/places.js";

/** How far a name search counts its matches (the list pages on, whatever the count). */
export const SEARCH_COUNT_CAP = 10_000;

const MAX_SEARCH = 100;

function checkText(field: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value.length > MAX_SEARCH) throw badInput(`Giá trị tìm kiếm quá dài (tối đa ${MAX_SEARCH} ký tự).`, `Search value too long.`, { [field]: [`Tối đa ${MAX_SEARCH} ký tự`] });
  return value;
}

/** The unit asked for, and the viewer's scope inside it. */
async function scopeOf(ctx: GraphQLContext, unitCode: string, date: IsoDate, areaCode?: string | null) {
  const unit = await requireUnit(ctx.db, unitCode, date);
  const area = ctx.viewer?.areaId ? await ctx.loaders.area.load(ctx.viewer.areaId) : null;
  const areaUnit = area ? await ctx.loaders.unit.load(area.unitId) : null;
  const scope = listScope(ctx.viewer, "register.read", unit.path, areaUnit?.path);
  let areaId = scope.kind === "area" ? scope.areaId : undefined;
  if (areaCode) {
    const wanted = await ctx.db.area.findUnique({ where: { code: checkText("areaCode", areaCode)! } });
    const wantedUnit = wanted ? await ctx.loaders.unit.load(wanted.unitId) : null;
    // An area outside the unit asked for (which is inside the viewer's scope) is answered
    // like an unknown one: the answer must not tell what exists elsewhere.
    if (!wanted || !wantedUnit || !isWithin(wantedUnit.path, unit.path)) throw notFound(`địa bàn "${areaCode}" trong ${unit.name}`, `Area "${areaCode}" in ${unit.name}`);
    if (areaId !== undefined && wanted.id !== areaId) authorize(ctx.viewer, "register.read", { unitPath: wantedUnit.path, areaId: wanted.id });
    areaId = wanted.id;
  }
  const communes = areaId === undefined && unit.level > 0 ? await communeIdsUnder(ctx.db, unit, date) : undefined;
  return { unit, areaId, communes };
}

export const registerQueries: Pick<QueryResolvers, "households" | "household" | "persons" | "person"> = {
  households: async (_, { unitCode, date, areaCode, search, status, first, after }, ctx) => {
    const on = date ?? ctx.today;
    const { unit, areaId, communes } = await scopeOf(ctx, unitCode, on, areaCode);
    const text = checkText("search", search);
    // Before a reorganisation, a household was where it was re-addressed from.
    const past = on < ctx.today;
    const day = isoToDate(on);
    const where: Prisma.HouseholdWhereInput = {
      ...(status && !past ? { status } : {}),
      ...(status === "ACTIVE" && past ? { establishedOn: { lte: day }, OR: [{ dissolvedOn: null }, { dissolvedOn: { gt: day } }] } : {}),
      ...(status === "DISSOLVED" && past ? { dissolvedOn: { lte: day } } : {}),
      ...(areaId !== undefined ? { areaId }
        : communes ? { AND: [{ OR: [{ unitId: { in: communes } }, { readdresses: { some: { fromUnitId: { in: communes }, effectiveOn: { gt: day } } } }] }] } : {}),
      ...(text ? { OR: [{ code: { contains: text } }, { address: { contains: text, mode: "insensitive" } }] } : {}),
    };
    const page = await paginate({ first, after }, (cursor, take) => ctx.db.household.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }), () => ctx.db.household.count({ where }));
    await writeAudit(ctx.db, ctx.viewer, ctx.request, {
      action: "household.list", entityType: "Household", unitPath: unit.path,
      details: { unitCode, areaCode, search: text, status, returned: page.edges.length },
    });
    return page;
  },

  household: async (_, { id, code }, ctx) => {
    if (!id && !code) throw badInput("Cần mã hộ hoặc id.", "Give the household's id or code.");
    const household = id
      ? await ctx.loaders.household.load(Number(id) || 0)
      : await ctx.db.household.findUnique({ where: { code: checkText("code", code)! } });
    if (!household) return null;
    const place = await householdPlace(ctx, household);
    authorize(ctx.viewer, "register.read", place);
    await writeAudit(ctx.db, ctx.viewer, ctx.request, { action: "household.view", entityType: "Household", entityId: household.id, unitPath: place.unitPath });
    return household;
  },

  persons: async (_, { unitCode, date, filter, cccd, householdCode, first, after }, ctx) => {
    const today = date ?? ctx.today;
    const { unit, areaId, communes } = await scopeOf(ctx, unitCode, today);
    const search = checkText("search", filter?.search);
    const day = isoToDate(today);
    const birthDate: Prisma.DateTimeFilter = {};
    if (filter?.minAge !== null && filter?.minAge !== undefined) birthDate.lte = isoToDate(addYears(today, -filter.minAge));
    if (filter?.maxAge !== null && filter?.maxAge !== undefined) birthDate.gt = isoToDate(addYears(today, -(filter.maxAge + 1)));
    const where: Prisma.PersonWhereInput = {
      OR: [{ deathDate: null }, { deathDate: { gt: day } }],
      residences: {
        some: {
          validFrom: { lte: day },
          OR: [{ validTo: null }, { validTo: { gt: day } }],
          ...(areaId !== undefined ? { household: { areaId } } : communes ? { unitId: { in: communes } } : {}),
        },
      },
      ...(search ? { searchName: { contains: foldVietnamese(search) } } : {}),
      ...(filter?.sex ? { sex: filter.sex } : {}),
      ...(filter?.residenceStatus ? { residenceStatus: filter.residenceStatus } : {}),
      ...(birthDate.lte || birthDate.gt ? { birthDate } : {}),
      ...(cccd ? { cccd: checkText("cccd", cccd) } : {}),
      ...(householdCode ? { household: { code: checkText("householdCode", householdCode) } } : {}),
    };
    // A search counts its matches up to SEARCH_COUNT_CAP: the page itself comes at once by
    // id, but counting every "Nguyễn" of a province (800,000) takes over a second.
    const page = await paginate(
      { first, after },
      (cursor, take) => ctx.db.person.findMany({ where: { ...where, ...cursor }, orderBy: { id: "asc" }, take }),
      () => ctx.db.person.count({ where, ...(search ? { take: SEARCH_COUNT_CAP + 1 } : {}) }),
    );
    await writeAudit(ctx.db, ctx.viewer, ctx.request, {
      action: "person.list", entityType: "Person", unitPath: unit.path,
      details: { unitCode, filter: { ...filter, search }, cccd: cccd ? "(có)" : undefined, householdCode, returned: page.edges.length },
    });
    return { ...page, totalCount: Math.min(page.totalCount, SEARCH_COUNT_CAP), totalCountIsExact: page.totalCount <= SEARCH_COUNT_CAP };
  },

  person: async (_, { id }, ctx) => {
    const person = await ctx.loaders.person.load(Number(id) || 0);
    if (!person) return null;
    const place = await personPlace(ctx, person);
    authorize(ctx.viewer, "register.read", place);
    await writeAudit(ctx.db, ctx.viewer, ctx.request, { action: "person.view", entityType: "Person", entityId: person.id, unitPath: place.unitPath });
    return { ...person, opened: true };
  },
};
