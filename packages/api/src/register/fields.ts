// Fields of households, persons and their histories. They load what they name and nothing
// more: whether the viewer may see it (a mother living in another commune, a household
// the person left) is decided by the scope guard on the type (policy/guard.ts).
import { ageOn, CONTRACEPTIVE_METHOD, dateToIso, ethnicityByCode, maskCccd } from "@danso/domain";
import type { Resolvers } from "../generated/resolvers-types.js";

const required = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`Dangling reference: ${what}`);
  return value;
};

export const registerFields: Resolvers = {
  Household: {
    unit: async (h, _, ctx) => required(await ctx.loaders.unit.load(h.unitId), `unit ${h.unitId}`),
    area: async (h, _, ctx) => required(await ctx.loaders.area.load(h.areaId), `area ${h.areaId}`),
    updatedBy: (h, _, ctx) => (h.updatedById === null ? null : ctx.loaders.user.load(h.updatedById)),
    members: (h, _, ctx) => ctx.loaders.members.load(h.id),
    head: async (h, _, ctx) => (await ctx.loaders.members.load(h.id)).find((p) => p.relationToHead === "HEAD") ?? null,
    readdresses: async (h, _, ctx) => Promise.all((await ctx.loaders.readdresses.load(h.id)).map(async (r) => ({
      effectiveOn: dateToIso(r.effectiveOn), rule: r.rule, livedThrough: r.livedThrough,
      from: required(await ctx.loaders.unit.load(r.fromUnitId), `unit ${r.fromUnitId}`), to: required(await ctx.loaders.unit.load(r.toUnitId), `unit ${r.toUnitId}`),
    }))),
  },
  Person: {
    age: (p, _, ctx) => ageOn(dateToIso(p.birthDate), p.deathDate ? dateToIso(p.deathDate) : ctx.today),
    ethnicity: (p) => ({ code: p.ethnicity, name: ethnicityByCode(p.ethnicity)?.name ?? p.ethnicity }),
    // The full number only in the opened (and audited) record; masked in every list.
    cccd: (p) => (p.cccd === null ? null : p.opened ? p.cccd : maskCccd(p.cccd)),
    alive: (p) => p.deathDate === null,
    household: async (p, _, ctx) => required(await ctx.loaders.household.load(p.householdId), `household ${p.householdId}`),
    mother: (p, _, ctx) => (p.motherId === null ? null : ctx.loaders.person.load(p.motherId)),
    father: (p, _, ctx) => (p.fatherId === null ? null : ctx.loaders.person.load(p.fatherId)),
    residences: (p, _, ctx) => ctx.loaders.residences.load(p.id),
    events: (p, _, ctx) => ctx.loaders.personEvents.load(p.id),
    marriages: (p, _, ctx) => ctx.loaders.marriages.load(p.id),
    contraception: (p, _, ctx) => ctx.loaders.contraception.load(p.id),
  },
  ResidenceSpell: {
    id: (r) => String(r.id),
    household: async (r, _, ctx) => required(await ctx.loaders.household.load(r.householdId), `household ${r.householdId}`),
    unit: async (r, _, ctx) => required(await ctx.loaders.unit.load(r.unitId), `unit ${r.unitId}`),
    origin: (r, _, ctx) => (r.originUnitId === null ? null : ctx.loaders.unit.load(r.originUnitId)),
    destination: (r, _, ctx) => (r.destinationUnitId === null ? null : ctx.loaders.unit.load(r.destinationUnitId)),
  },
  Marriage: {
    id: (m) => String(m.id),
    husband: (m, _, ctx) => (m.husbandId === null ? null : ctx.loaders.person.load(m.husbandId)),
    wife: (m, _, ctx) => (m.wifeId === null ? null : ctx.loaders.person.load(m.wifeId)),
  },
  ContraceptiveSpell: {
    id: (c) => String(c.id),
    methodLabel: (c) => CONTRACEPTIVE_METHOD[c.method].vi,
    modern: (c) => CONTRACEPTIVE_METHOD[c.method].modern,
  },
};
