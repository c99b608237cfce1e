// The columns of a table for one unit: the unit itself and, when asked, each of its child
// units, taken from the tree valid on the period's last day (a report uses the tree of its
// period's last day). A column holds the unit and every unit below it.
//
// A unit of a later tree may be asked for a period that starts before its tree (the 2025
// annual figures of a province formed on 1 July 2025, or its 2023 figures): the columns are
// then "re-aggregated": spells and events recorded in the old units count in the new unit
// their household went to (successor_unit_id, see reorganisation/readdress.ts). Where a
// column holds part, not all, of a divided commune (some of its successors lie outside the
// column), the households of that commune which ended before the reorganisation were
// apportioned by rule, so the column is marked estimated; a province holding all of the
// commune's successors is exact.
import { dayBefore, type IsoDate, type Period } from "@danso/domain";
import type { Db } from "../client.js";
import { TREES, treeOn } from "../reference/trees.js";
import type { StatColumn } from "./base-counts.js";

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  /** 0 nation, 1 province, 2 district, 3 commune, in every tree. */
  level: number;
  path: string;
  /** Set (true) on a table's column whose figures are partly apportioned (UnitColumn.estimated). */
  estimated?: true;
}

export interface UnitColumn extends StatColumn {
  unit: UnitRef;
  /** Re-aggregated with apportioned households (see above). */
  estimated: boolean;
}

export class UnitNotFoundError extends Error {
  constructor(readonly unitId: number, readonly onDate: IsoDate) {
    super(`Đơn vị ${unitId} không tồn tại vào ngày ${onDate} (unit ${unitId} is not valid on ${onDate})`);
    this.name = "UnitNotFoundError";
  }
}

const valid = (t: string) => `${t}.valid_from <= $2::date AND (${t}.valid_to IS NULL OR ${t}.valid_to > $2::date)`;

// $1 unit ids (the roots), $2 date of the tree, $3 with children, $4 re-aggregated.
const SQL = `
WITH root AS (SELECT r.id, r.code, r.name, r.level, r.path FROM admin_unit r WHERE r.id = ANY($1::int[]) AND ${valid("r")}),
cols AS (
  SELECT 0 AS ord, root.id, root.code, root.name, root.level, root.path FROM root
  UNION ALL
  SELECT 1, c.id, c.code, c.name, c.level, c.path FROM admin_unit c JOIN root ON c.parent_id = root.id WHERE $3 AND ${valid("c")}
),
members AS (
  SELECT cols.*, u.id AS unit_id FROM cols JOIN admin_unit u ON (u.id = cols.id OR u.path LIKE cols.path || '.%') AND ${valid("u")}
),
-- Columns holding part, not all, of a divided unit: some of its successors lie outside.
apportioned AS (
  SELECT DISTINCT m.id FROM members m JOIN unit_succession s ON s.successor_id = m.unit_id AND s.kind = 'PARTIAL'
   WHERE EXISTS (SELECT 1 FROM unit_succession o WHERE o.predecessor_id = s.predecessor_id
                    AND NOT EXISTS (SELECT 1 FROM members x WHERE x.id = m.id AND x.unit_id = o.successor_id))
)
SELECT m.id, m.code, m.name, m.level, m.path, array_agg(m.unit_id ORDER BY m.unit_id) AS "unitIds",
       $4::boolean AS reaggregated,
       coalesce(array_agg(DISTINCT s.predecessor_id) FILTER (WHERE s.predecessor_id IS NOT NULL AND $4::boolean), '{}') AS "linkedUnitIds",
       $4::boolean AND m.id IN (SELECT id FROM apportioned) AS estimated
  FROM members m LEFT JOIN unit_succession s ON s.successor_id = m.unit_id
 GROUP BY m.ord, m.id, m.code, m.name, m.level, m.path
 ORDER BY m.ord, m.code`;

/**
 * The columns for a period, on the tree of its last day. A unit of a later tree asked for
 * an earlier period uses the tree of its first day; a unit abolished before the period's
 * last day, or any unit for a period ending before the first tree, is not found.
 */
export async function unitColumns(db: Db, unitId: number, period: Period, withChildren: boolean): Promise<UnitColumn[]> {
  const { treeDate, reaggregate } = (await treesOf(db, [unitId], period))[0]!;
  const rows = await db.$queryRawUnsafe<Row[]>(SQL, [unitId], treeDate, withChildren, reaggregate);
  if (rows.length === 0) throw new UnitNotFoundError(unitId, period.end);
  return rows.map(toColumn);
}

/** The column of each unit (no children) for a period, as unitColumns gives it, in one
 * query per tree instead of one per unit (a province's hundred communes). */
export async function unitsColumns(db: Db, unitIds: readonly number[], period: Period): Promise<UnitColumn[]> {
  const trees = await treesOf(db, unitIds, period);
  const byId = new Map<number, UnitColumn>();
  const groups = new Map<string, { treeDate: IsoDate; reaggregate: boolean; ids: number[] }>();
  for (const t of trees) {
    const key = `${t.treeDate}:${t.reaggregate}`;
    const group = groups.get(key) ?? { treeDate: t.treeDate, reaggregate: t.reaggregate, ids: [] };
    group.ids.push(t.unitId);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const rows = await db.$queryRawUnsafe<Row[]>(SQL, g.ids, g.treeDate, false, g.reaggregate);
    for (const row of rows) byId.set(row.id, toColumn(row));
  }
  return unitIds.map((id) => {
    const column = byId.get(id);
    if (!column) throw new UnitNotFoundError(id, period.end);
    return column;
  });
}

type Row = UnitRef & { unitIds: number[]; reaggregated: boolean; linkedUnitIds: number[]; estimated: boolean };

function toColumn({ unitIds, reaggregated, linkedUnitIds, estimated, ...unit }: Row): UnitColumn {
  return { key: unit.code, unitIds, reaggregated, linkedUnitIds, estimated, unit };
}

/** Each unit's tree for the period: the tree of its last day, or of the unit's first day
 * when it began later; re-aggregated when the period reaches before that tree. */
async function treesOf(db: Db, unitIds: readonly number[], period: Period): Promise<{ unitId: number; treeDate: IsoDate; reaggregate: boolean }[]> {
  const onDate = period.end, from = dayBefore(period);
  // Before the register's first tree there are no units (and no register) to count.
  if (onDate < TREES[0]!.validFrom) throw new UnitNotFoundError(unitIds[0]!, onDate);
  const starts = await db.$queryRawUnsafe<{ id: number; from: string }[]>(
    "SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS from FROM admin_unit WHERE id = ANY($1::int[]) AND (valid_to IS NULL OR valid_to > $2::date)",
    [...unitIds], onDate);
  const startOf = new Map(starts.map((s) => [s.id, s.from]));
  return unitIds.map((unitId) => {
    const start = startOf.get(unitId);
    if (!start) throw new UnitNotFoundError(unitId, onDate);
    const treeDate = start > onDate ? start : onDate;
    // The period reaches before the tree of its columns began (the nation is in every tree).
    const tree = treeOn(treeDate);
    return { unitId, treeDate, reaggregate: tree !== TREES[0] && from < tree.validFrom };
  });
}
