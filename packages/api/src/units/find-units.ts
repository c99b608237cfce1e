// Units are looked up with a date: a GSO code names different units in different trees.
import { unitValidOn, type AdminUnit, type Db } from "@danso/db";
import { dateToIso, formatDateVi, isoToDate, type IsoDate, type Period } from "@danso/domain";
import { badInput, notFound } from "../errors.js";

export async function findUnit(db: Db, code: string, date: IsoDate): Promise<AdminUnit | null> {
  if (code.length > 20) return null;
  return db.adminUnit.findFirst({ where: { code, ...unitValidOn(date) } });
}

export async function requireUnit(db: Db, code: string, date: IsoDate): Promise<AdminUnit> {
  const unit = await findUnit(db, code, date);
  if (!unit) throw notFound(`đơn vị hành chính có mã "${code.slice(0, 20)}" vào ngày ${date}`, `Administrative unit "${code.slice(0, 20)}" on ${date}`);
  return unit;
}

/** The last unit that bore a code and was abolished on or before a date (a district after
 * 1 July 2025), if any. */
export async function formerUnit(ctx: { db: Db }, code: string, on: IsoDate): Promise<AdminUnit | null> {
  if (code.length > 20) return null;
  return ctx.db.adminUnit.findFirst({ where: { code, validTo: { lte: isoToDate(on) } }, orderBy: { validTo: "desc" } });
}

/**
 * The unit a code names in the tree of the period's last day, the tree its figures use. A
 * code whose unit was abolished by then is refused as such (its figures and reports exist
 * only for periods ending before), not as an unknown code.
 */
export async function unitOfPeriod(ctx: { db: Db }, code: string, p: Period): Promise<AdminUnit> {
  const unit = await findUnit(ctx.db, code, p.end);
  if (unit) return unit;
  const former = await formerUnit(ctx, code, p.end);
  if (!former?.validTo) return requireUnit(ctx.db, code, p.end);
  const until = dateToIso(former.validTo);
  throw badInput(
    `${former.name} (mã ${former.code}) không còn từ ngày ${formatDateVi(until)} do sắp xếp đơn vị hành chính: số liệu và báo cáo của đơn vị này chỉ có cho các kỳ kết thúc trước ngày đó, kỳ ${p.code} kết thúc ngày ${formatDateVi(p.end)}.`,
    `${former.name} (${former.code}) no longer exists from ${until} (administrative reorganisation): its figures and reports cover only periods ending before that day; ${p.code} ends on ${p.end}.`,
    { period: [`Đơn vị không còn từ ngày ${formatDateVi(until)}`] },
  );
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

