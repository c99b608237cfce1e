// Creating and correcting households and persons. The role is checked first, then the
// records named (unknown and out of reach answer alike), before any validation; the change
// and its audit line share one transaction.
import { createHousehold, createPerson, updateHousehold, updatePerson } from "@danso/db";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize, requireRole } from "../policy/authorize.js";
import { checkParents, requireHousehold, requirePerson } from "../events/subjects.js";
import { notFound } from "../errors.js";
import { inTransaction } from "../transaction.js";
import { toWarning } from "../warnings.js";
import { householdPlace, personPlace } from "../policy/places.js";

/** GraphQL leaves absent optional fields out; null means "clear it". */
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export const registerMutations: Resolvers = {
  Mutation: {
    createHousehold: async (_, { input }, ctx) => {
      const area = await ctx.db.area.findUnique({ where: { code: input.areaCode.slice(0, 40) } });
      if (!area) throw notFound(`địa bàn "${input.areaCode.slice(0, 40)}"`, `Area "${input.areaCode.slice(0, 40)}"`);
      const unit = (await ctx.loaders.unit.load(area.unitId))!;
      const viewer = authorize(ctx.viewer, "register.write", { unitPath: unit.path, areaId: area.id });
      await checkParents(ctx, viewer, input.members);
      return inTransaction(ctx, async (tx, audit) => {
        const { household, persons, warnings } = await createHousehold(tx, viewer.id, {
          household: { areaCode: input.areaCode, address: input.address, type: input.type ?? "FAMILY" },
          establishedOn: input.establishedOn ?? undefined,
          members: input.members.map(defined),
        }, { today: ctx.today });
        await audit({ action: "household.create", entityType: "Household", entityId: household.id, unitPath: unit.path, details: { code: household.code, members: persons.length } });
        return { household, members: persons, warnings: warnings.map(toWarning) };
      }, { changesRegister: true });
    },

    createPerson: async (_, { householdId, person, since }, ctx) => {
      const viewer = requireRole(ctx.viewer, "register.write");
      const household = await requireHousehold(ctx, viewer, householdId);
      await checkParents(ctx, viewer, [person]);
      const place = await householdPlace(ctx, household);
      return inTransaction(ctx, async (tx, audit) => {
        const result = await createPerson(tx, viewer.id, { householdId: household.id, person: defined(person), since: since ?? undefined }, { today: ctx.today });
        await audit({ action: "person.create", entityType: "Person", entityId: result.person.id, unitPath: place.unitPath, details: { householdId: household.id } });
        return { person: result.person, warnings: result.warnings.map(toWarning) };
      }, { changesRegister: true });
    },

    updateHousehold: async (_, { id, version, base, changes }, ctx) => {
      const viewer = requireRole(ctx.viewer, "register.write");
      const household = await requireHousehold(ctx, viewer, id);
      const place = await householdPlace(ctx, household);
      return inTransaction(ctx, async (tx, audit) => {
        const result = await updateHousehold(tx, viewer.id, { householdId: household.id, version, base: defined(base), changes: defined(changes) }, { today: ctx.today });
        await audit({ action: "household.update", entityType: "Household", entityId: household.id, unitPath: place.unitPath, details: { changes: defined(changes), version } });
        return { household: result.household, warnings: result.warnings.map(toWarning) };
      }, { changesRegister: true });
    },

    updatePerson: async (_, { id, version, base, changes }, ctx) => {
      const viewer = requireRole(ctx.viewer, "register.write");
      const person = await requirePerson(ctx, viewer, id);
      const place = await personPlace(ctx, person);
      return inTransaction(ctx, async (tx, audit) => {
        const result = await updatePerson(tx, viewer.id, { personId: person.id, version, base: defined(base), changes: defined(changes) }, { today: ctx.today });
        // The audit keeps which fields changed, not the values (personal data stays in the register).
        await audit({ action: "person.update", entityType: "Person", entityId: person.id, unitPath: place.unitPath, details: { fields: Object.keys(defined(changes)), version } });
        return { person: result.person, warnings: result.warnings.map(toWarning) };
      }, { changesRegister: true });
    },
  },
};
