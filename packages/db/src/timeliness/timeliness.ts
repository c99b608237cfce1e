// For one month and the communes under a unit: how many changes happened, how many were
// recorded or verified after their deadline, how many are still waiting.
import { monthDeadlines, timelinessStatus, type Deadlines, type Period, type TimelinessStatus, type IsoDate } from "@danso/domain";
import type { Db } from "../client.js";

export interface CommuneTimeliness {
  unitId: number;
  code: string;
  name: string;
  districtName: string | null;
  total: number;
  recordedLate: number;
  verifiedLate: number;
  pending: number;
  rejected: number;
  status: TimelinessStatus;
}

export interface TimelinessReport {
  deadlines: Deadlines;
  communes: CommuneTimeliness[];
}

export async function communeTimeliness(db: Db, unitPath: string, month: Period, today: IsoDate): Promise<TimelinessReport> {
  const deadlines = monthDeadlines(month);
  // Deadlines end at midnight in Vietnam.
  const rows = await db.$queryRaw<{ unit_id: number; code: string; name: string; district: string | null; total: number; recorded_late: number; verified_late: number; pending: number; rejected: number }[]>`
    WITH communes AS (
      SELECT c.id, c.code, c.name, d.name AS district FROM admin_unit c LEFT JOIN admin_unit d ON d.id = c.parent_id AND d.level = 2
       WHERE c.level = 3 AND (c.path = ${unitPath} OR c.path LIKE ${`${unitPath}.%`})
         AND c.valid_from <= ${month.end}::date AND (c.valid_to IS NULL OR c.valid_to > ${month.end}::date)),
    limits AS (
      SELECT ((${deadlines.recordBy}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS record_by,
             ((${deadlines.verifyBy}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS verify_by)
    SELECT c.id AS unit_id, c.code, c.name, c.district,
           count(e.id)::int AS total,
           count(e.id) FILTER (WHERE e.recorded_at >= l.record_by)::int AS recorded_late,
           count(e.id) FILTER (WHERE e.status = 'VERIFIED' AND e.verified_at >= l.verify_by)::int AS verified_late,
           count(e.id) FILTER (WHERE e.status IN ('DRAFT', 'SUBMITTED'))::int AS pending,
           count(e.id) FILTER (WHERE e.status = 'REJECTED')::int AS rejected
      FROM communes c CROSS JOIN limits l
      LEFT JOIN change_event e ON e.unit_id = c.id AND e.occurred_on BETWEEN ${month.start}::date AND ${month.end}::date
     GROUP BY c.id, c.code, c.name, c.district
     ORDER BY c.district NULLS FIRST, c.code`;
  return {
    deadlines,
    communes: rows.map((r) => {
      const counts = { total: r.total, recordedLate: r.recorded_late, verifiedLate: r.verified_late, pending: r.pending };
      return { unitId: r.unit_id, code: r.code, name: r.name, districtName: r.district, ...counts, rejected: r.rejected, status: timelinessStatus(counts, deadlines, today) };
    }),
  };
}
