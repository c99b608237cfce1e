// One DataLoader per relation and request: a page of 50 persons asks the database for
// their households once, not 50 times.
import DataLoader from "dataloader";
import type { AdminUnit, Area, ChangeEvent, ContraceptiveSpell, Db, Household, HouseholdReaddress, Marriage, Person, Report, Residence, SigningKey, UnitSuccession, User } from "@danso/db";

/** Rows grouped by a key: one query for all the keys of a request. */
function grouped<K, T>(load: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K | K[]) {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await load([...keys]);
    const map = new Map<K, T[]>();
    for (const row of rows) for (const k of ([] as K[]).concat(keyOf(row))) (map.get(k) ?? map.set(k, []).get(k)!).push(row);
    return keys.map((k) => map.get(k) ?? []);
  });
}

function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(db: Db) {
  return {
    unit: byId<AdminUnit>((ids) => db.adminUnit.findMany({ where: { id: { in: ids } } })),
    /** A unit by its path (unique: a path names one unit of one tree), for audit lines. */
    unitByPath: new DataLoader<string, AdminUnit | null>(async (paths) => {
      const rows = await db.adminUnit.findMany({ where: { path: { in: [...paths] } } });
      return paths.map((p) => rows.find((r) => r.path === p) ?? null);
    }),
    area: byId<Area>((ids) => db.area.findMany({ where: { id: { in: ids } } })),
    household: byId<Household>((ids) => db.household.findMany({ where: { id: { in: ids } } })),
    person: byId<Person>((ids) => db.person.findMany({ where: { id: { in: ids } } })),
    user: byId<Pick<User, "id" | "login" | "fullName" | "role">>((ids) =>
      db.user.findMany({ where: { id: { in: ids } }, select: { id: true, login: true, fullName: true, role: true } })),
    report: byId<Report>((ids) => db.report.findMany({ where: { id: { in: ids } } })),
    signingKey: byId<SigningKey>((ids) => db.signingKey.findMany({ where: { id: { in: ids } } })),
    /** The version that corrects a report (at most one). */
    correctionOf: grouped<number, Report>((ids) => db.report.findMany({ where: { supersedesId: { in: ids } } }), (r) => r.supersedesId!),
    changeEvent: grouped<bigint, ChangeEvent>((ids) => db.changeEvent.findMany({ where: { id: { in: ids } } }), (e) => e.id),
    /** A person's history, oldest first. */
    residences: grouped<number, Residence>(
      (ids) => db.residence.findMany({ where: { personId: { in: ids } }, orderBy: [{ validFrom: "asc" }, { id: "asc" }] }), (r) => r.personId),
    personEvents: grouped<number, ChangeEvent>(
      (ids) => db.changeEvent.findMany({ where: { personId: { in: ids } }, orderBy: [{ occurredOn: "asc" }, { id: "asc" }] }), (e) => e.personId!),
    marriages: grouped<number, Marriage>(
      (ids) => db.marriage.findMany({ where: { OR: [{ husbandId: { in: ids } }, { wifeId: { in: ids } }] }, orderBy: { marriedOn: "asc" } }),
      (m) => [m.husbandId, m.wifeId].filter((x): x is number => x !== null)),
    contraception: grouped<number, ContraceptiveSpell>(
      (ids) => db.contraceptiveSpell.findMany({ where: { personId: { in: ids } }, orderBy: { validFrom: "asc" } }), (c) => c.personId),
    /** A unit's links to the units it was formed from, and to those it went into. */
    predecessors: grouped<number, UnitSuccession>((ids) => db.unitSuccession.findMany({ where: { successorId: { in: ids } }, orderBy: { predecessorId: "asc" } }), (s) => s.successorId),
    successors: grouped<number, UnitSuccession>((ids) => db.unitSuccession.findMany({ where: { predecessorId: { in: ids } }, orderBy: { successorId: "asc" } }), (s) => s.predecessorId),
    /** Where a household went in each reorganisation (scope across reorganisations). */
    readdresses: grouped<number, HouseholdReaddress>((ids) => db.householdReaddress.findMany({ where: { householdId: { in: ids } } }), (r) => r.householdId),
    /** The units of a person's spells, by household (scope across reorganisations). */
    spellUnits: grouped<number, { personId: number; householdId: number; unitId: number }>(
      (ids) => db.residence.findMany({ where: { personId: { in: ids } }, distinct: ["personId", "householdId", "unitId"], select: { personId: true, householdId: true, unitId: true } }),
      (r) => r.personId),
    /** Current residents of each household (open spells), in the household sheet's order. */
    members: new DataLoader<number, Person[]>(async (householdIds) => {
      const open = await db.residence.findMany({
        where: { householdId: { in: [...householdIds] }, validTo: null },
        include: { person: true },
      });
      const order = ["HEAD", "SPOUSE", "CHILD", "ADOPTED_OR_IN_LAW", "PARENT", "GRANDCHILD", "OTHER"];
      const rank = (p: Person) => order.indexOf(p.relationToHead) * 1e12 + p.birthDate.getTime() / 1000;
      return householdIds.map((h) =>
        open.filter((r) => r.householdId === h).map((r) => r.person).sort((a, b) => rank(a) - rank(b)));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
