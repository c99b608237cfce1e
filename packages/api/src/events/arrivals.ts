// A destination commune and the person arriving from elsewhere. It cannot read that person's
// record (it lives in the origin's scope) and must not be able to reach anyone by guessing
// ids, so it names them by identity, as on their papers: the CCCD, or full name and birth
// date. arrivalMatches shows what is needed to confirm the match (name, sex, birth date,
// masked CCCD, commune of origin) and is audited under the origin's commune; a MOVE_IN line
// may name a person outside the recorder's scope only with a matching identity, or when the
// origin already announced the move to the recorder's commune.
import { foldVietnamese, isoToDate, type IsoDate } from "@danso/domain";
import type { Person } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { Viewer } from "../viewer.js";
import { badInput } from "../errors.js";
import { writeAudit } from "../audit/write-audit.js";
import { unitPath } from "../policy/places.js";

export interface ArrivalIdentity {
  cccd?: string | null;
  fullName?: string | null;
  birthDate?: IsoDate | null;
}

/** The identity as a query, or a clear refusal when it names nobody precisely. */
export function identityWhere(identity: ArrivalIdentity) {
  const cccd = identity.cccd?.trim();
  if (cccd) {
    if (!/^\d{12}$/.test(cccd)) throw badInput("Số CCCD gồm đúng 12 chữ số.", "A CCCD number has exactly 12 digits.", { "identity.cccd": ["Số CCCD gồm đúng 12 chữ số"] });
    return { cccd };
  }
  const name = identity.fullName?.trim();
  if (name && identity.birthDate && name.length <= 100) return { searchName: foldVietnamese(name), birthDate: isoToDate(identity.birthDate) };
  const vi = "Cho biết số CCCD, hoặc họ tên và ngày sinh của người chuyển đến.";
  throw badInput(vi, "Give the CCCD number, or the full name and birth date, of the person arriving.", { identity: [vi] });
}

export function matchesIdentity(person: Person, identity: ArrivalIdentity | null | undefined): boolean {
  if (!identity) return false;
  const where = identityWhere(identity);
  if ("cccd" in where) return person.cccd === where.cccd;
  return person.searchName === where.searchName && person.birthDate.getTime() === where.birthDate.getTime();
}

/** True when the origin verified a move of this person to a commune within the viewer's unit. */
export async function announcedTo(ctx: GraphQLContext, viewer: Viewer, personId: number): Promise<boolean> {
  const rows = await ctx.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM residence r JOIN admin_unit d ON d.id = r.destination_unit_id
     WHERE r.person_id = ${personId} AND r.end_reason = 'MOVE_OUT' AND (d.path = ${viewer.unitPath} OR d.path LIKE ${`${viewer.unitPath}.%`})
       AND NOT EXISTS (SELECT 1 FROM residence n WHERE n.person_id = r.person_id AND n.valid_from >= r.valid_to)`;
  return (rows[0]?.n ?? 0) > 0;
}

/** Living persons who match, living (or last living) outside `unitPathHere`. */
export async function findArrivalMatches(ctx: GraphQLContext, viewer: Viewer, unitPathHere: string, identity: ArrivalIdentity) {
  const people = await ctx.db.person.findMany({ where: { ...identityWhere(identity), deathDate: null }, take: 6, orderBy: { id: "asc" } });
  const matches: { person: Person; originUnitId: number; originPath: string }[] = [];
  for (const person of people) {
    const household = await ctx.loaders.household.load(person.householdId);
    if (!household) continue;
    const originPath = await unitPath(ctx, household.unitId);
    if (originPath === unitPathHere || originPath.startsWith(`${unitPathHere}.`)) continue;
    matches.push({ person, originUnitId: household.unitId, originPath });
  }
  for (const m of matches.slice(0, 5)) {
    await writeAudit(ctx.db, viewer, ctx.request, {
      action: "person.arrivalMatch", entityType: "Person", entityId: m.person.id, unitPath: m.originPath,
      details: { askedFor: unitPathHere, by: "cccd" in identityWhere(identity) ? "cccd" : "name+birthDate" },
    });
  }
  return matches.slice(0, 5);
}
