// Units are looked up with a date: a GSO code names different units in different trees.
import { unitValidOn, type AdminUnit, type Db } from "@danso/db";
import type { IsoDate } from "@danso/domain";
import { notFound } from "../errors.js";

export async function findUnit(db: Db, code: string, date: IsoDate): Promise<AdminUnit | null> {
  if (code.length > 20) return null;
  return db.adminUnit.findFirst({ where: { code, ...unitValidOn(date) } });
}

export async function requireUnit(db: Db, code: string, date: IsoDate): Promise<AdminUnit> {
  const unit = await findUnit(db, code, date);
  if (!unit) throw notFound(`đơn vị hành chính có mã "${code.slice(0, 20)}" vào ngày ${date}`, `Administrative unit "${code.slice(0, 20)}" on ${date}`);
  return unit;
}

/** The unit and everything under it (Prisma filter on a path column). */
export const underPath = (path: string) => ({ OR: [{ path }, { path: { startsWith: `${path}.` } }] });

export type CommuneRef = Pick<AdminUnit, "id" | "code" | "name" | "path">;

/** The communes of a unit's subtree valid on the date, in the order of their codes (the official order). */
export async function communesUnder(db: Db, unit: AdminUnit, date: IsoDate): Promise<CommuneRef[]> {
  if (unit.level === 3) return [unit];
  return db.adminUnit.findMany({ where: { level: 3, AND: [underPath(unit.path), unitValidOn(date)] }, select: { id: true, code: true, name: true, path: true }, orderBy: { code: "asc" } });
}

/** Ids of the communes of a unit's subtree, valid on the date. */
export async function communeIdsUnder(db: Db, unit: AdminUnit, date: IsoDate): Promise<number[]> {
  return (await communesUnder(db, unit, date)).map((c) => c.id);
}

export const LEVEL_NAMES = ["Quốc gia", "Tỉnh/Thành phố", "Quận/Huyện", "Xã/Phường/Thị trấn"];
