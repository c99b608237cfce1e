// Who makes, receives and signs the statistics of a unit, for the heading of a report or a
// yearbook. The exact agency names are UNCONFIRMED and vary by province (and changed with
// the 2025 reform): these are the usual bodies of the health sector's population apparatus.
// They are decided here and nowhere else; a caller that knows better passes its own
// ReportAgency.
import type { Db } from "@danso/db";
import type { IsoDate } from "@danso/domain";

/** A unit as printed: "Tỉnh Hải Dương", short name "Hải Dương". */
export interface UnitName {
  id: number;
  code: string;
  name: string;
  shortName: string;
  /** 0 nation, 1 province, 2 district, 3 commune (in every tree; the tree since 1 July 2025 has no districts). */
  level: number;
}

export interface ReportAgency {
  /** Top-left heading lines, upper level first, in capitals. */
  lines: string[];
  /** "Đơn vị báo cáo". */
  reporter: string;
  /** "Đơn vị nhận báo cáo": the agency of the level above. */
  receiver: string;
  /** Place in the date line of the signature: the province's short name. */
  place: string;
  /** The signer's title when the stored report does not name one. */
  signerTitle: string[];
}

const upper = (s: string) => s.toLocaleUpperCase("vi");
/** "Tỉnh Hải Dương" → "tỉnh Hải Dương": a unit's type is lower case inside an agency's name (Decree 30). */
const inName = (u: UnitName) => u.name.charAt(0).toLocaleLowerCase("vi") + u.name.slice(1);

/** The agency of the last unit of `lineage` (the unit and its ancestors, nation first). */
export function reportAgency(lineage: readonly UnitName[]): ReportAgency {
  const unit = lineage.at(-1);
  if (!unit) throw new RangeError("reportAgency: empty lineage");
  const at = (level: number) => {
    const u = lineage.find((x) => x.level === level);
    if (!u) throw new RangeError(`reportAgency: no level-${level} unit above ${unit.name}`);
    return u;
  };
  const ministry = "Cục Dân số, Bộ Y tế";
  if (unit.level === 0) {
    return { lines: ["BỘ Y TẾ", "CỤC DÂN SỐ"], reporter: ministry, receiver: "Bộ Y tế", place: "Hà Nội", signerTitle: ["CỤC TRƯỞNG"] };
  }
  const province = at(1);
  const health = `SỞ Y TẾ ${upper(province.name)}`;
  const branch = `Chi cục Dân số ${inName(province)}`;
  if (unit.level === 1) {
    return { lines: [health, "CHI CỤC DÂN SỐ"], reporter: branch, receiver: ministry, place: province.shortName, signerTitle: ["CHI CỤC TRƯỞNG"] };
  }
  if (unit.level === 2) {
    const centre = `Trung tâm Y tế ${inName(unit)}`;
    return { lines: [health, upper(centre)], reporter: centre, receiver: branch, place: province.shortName, signerTitle: ["GIÁM ĐỐC"] };
  }
  // Before 1 July 2025 a commune reports to its district's health centre; in the tree since
  // then there are no districts and the commune reports to the province's branch.
  const district = lineage.find((x) => x.level === 2);
  return {
    lines: [`UBND ${upper(unit.name)}`, "TRẠM Y TẾ"], reporter: `Trạm Y tế ${inName(unit)}`,
    receiver: district ? `Trung tâm Y tế ${inName(district)}` : branch, place: province.shortName, signerTitle: ["TRẠM TRƯỞNG"],
  };
}

// The unit ($1) and every unit above it on the date ($2), from the materialized path.
const LINEAGE_SQL = `
SELECT a.id, a.code, a.name, a.short_name AS "shortName", a.level
  FROM admin_unit u JOIN admin_unit a ON a.path = u.path OR u.path LIKE a.path || '.%'
 WHERE u.id = $1 AND a.valid_from <= $2::date AND (a.valid_to IS NULL OR a.valid_to > $2::date)
 ORDER BY a.level`;

export async function loadUnitLineage(db: Db, unitId: number, onDate: IsoDate): Promise<UnitName[]> {
  const rows = await db.$queryRawUnsafe<UnitName[]>(LINEAGE_SQL, unitId, onDate);
  if (rows.at(-1)?.id !== unitId) throw new RangeError(`Unit ${unitId} is not valid on ${onDate}`);
  return rows;
}

/** The agency of a unit as the tree stood on a date (a report's period end). */
export async function loadReportAgency(db: Db, unitId: number, onDate: IsoDate): Promise<ReportAgency> {
  return reportAgency(await loadUnitLineage(db, unitId, onDate));
}
