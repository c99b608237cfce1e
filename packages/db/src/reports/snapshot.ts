// What a report version stores: the figures as generated, who generated them, and once
// approved, who approved them and when. Approval locks it; the signature covers all of it.
import type { ReportTable } from "../stats/report.js";

export interface PersonRef {
  id: number;
  fullName: string;
}

export interface ReportSnapshot {
  schema: "danso.report/1";
  report: { id: number; formCode: string; version: number; unit: { id: number; code: string; name: string }; period: string };
  generated: { at: string; by: PersonRef | null };
  supersedes: { reportId: number; version: number; reason: string } | null;
  approval: { at: string; by: PersonRef & { role: string } } | null;
  table: ReportTable;
}

export const asSnapshot = (value: unknown): ReportSnapshot => value as ReportSnapshot;
