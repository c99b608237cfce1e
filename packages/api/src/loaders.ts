// One DataLoader per relation and request: a page of 50 persons asks the database for
// their households once, not 50 times.
import DataLoader from "dataloader";
import type { AdminUnit, Area, Db, Household, Person, User } from "@danso/db";

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
    area: byId<Area>((ids) => db.area.findMany({ where: { id: { in: ids } } })),
    household: byId<Household>((ids) => db.household.findMany({ where: { id: { in: ids } } })),
    person: byId<Person>((ids) => db.person.findMany({ where: { id: { in: ids } } })),
    user: byId<Pick<User, "id" | "login" | "fullName" | "role">>((ids) =>
      db.user.findMany({ where: { id: { in: ids } }, select: { id: true, login: true, fullName: true, role: true } })),
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
