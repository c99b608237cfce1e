// The columns of a table for one unit: the unit itself and, when asked, each of its child
// units, all taken from the tree valid on the given date (a report uses the tree of its
// period's last day). A column holds the unit and every unit below it.
import type { IsoDate } from "@danso/domain";
import type { Db } from "../client.js";
import type { StatColumn } from "./base-counts.js";

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  /** 0 nation, 1 province, 2 district, 3 commune (pre-2025 tree). */
  level: number;
  path: string;
}

export interface UnitColumn extends StatColumn {
  unit: UnitRef;
}

export class UnitNotFoundError extends Error {
  constructor(readonly unitId: number, readonly onDate: IsoDate) {
    super(`Đơn vị ${unitId} không tồn tại vào ngày ${onDate} (unit ${unitId} is not valid on ${onDate})`);
    this.name = "UnitNotFoundError";
  }
}

const valid = (t: string) => `${t}.valid_from <= $2::date AND (${t}.valid_to IS NULL OR ${t}.valid_to > $2::date)`;

// $1 unit id, $2 date, $3 with children.
const SQL = `
WITH root AS (SELECT r.id, r.code, r.name, r.level, r.path FROM admin_unit r WHERE r.id = $1 AND ${valid("r")}),
cols AS (
  SELECT 0 AS ord, root.* FROM root
  UNION ALL
  SELECT 1, c.id, c.code, c.name, c.level, c.path FROM admin_unit c JOIN root ON c.parent_id = root.id WHERE $3 AND ${valid("c")}
)
SELECT cols.id, cols.code, cols.name, cols.level, cols.path, array_agg(u.id ORDER BY u.id) AS "unitIds"
  FROM cols JOIN admin_unit u ON (u.id = cols.id OR u.path LIKE cols.path || '.%') AND ${valid("u")}
 GROUP BY cols.ord, cols.id, cols.code, cols.name, cols.level, cols.path
 ORDER BY cols.ord, cols.code`;

export async function unitColumns(db: Db, unitId: number, onDate: IsoDate, withChildren: boolean): Promise<UnitColumn[]> {
  const rows = await db.$queryRawUnsafe<(UnitRef & { unitIds: number[] })[]>(SQL, unitId, onDate, withChildren);
  if (rows.length === 0) throw new UnitNotFoundError(unitId, onDate);
  return rows.map(({ unitIds, ...unit }) => ({ key: unit.code, unitIds, unit }));
}
