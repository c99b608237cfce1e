// A statistical report form as data (domain guide § 4.2): a new circular is configuration,
// not code. Columns are the reporting unit and, on most forms, each of its child units.
import type { Label } from "../codes/labels.js";
import type { PeriodKind } from "../time/periods.js";

/** admin_unit.level of the reporting unit (the same in both trees; districts only before 2025). */
export const UNIT_LEVEL = { NATION: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3 } as const;
export type ReportLevel = keyof typeof UNIT_LEVEL;

export type ReportColumns = "UNIT" | "UNIT_AND_CHILDREN";

export interface SectionRow {
  kind: "section";
  /** "I", "II", … */
  number: string;
  label: Label;
}

export interface IndicatorRow {
  kind: "indicator";
  /** "1", "1.1", … as printed. */
  number: string;
  indicator: string;
  /** 0 = main row, 1 = "of which" row under it, 2 = under that. */
  depth: number;
  /** Printed instead of the indicator's name (e.g. "Trong đó: nam"). */
  label?: Label;
  /** false when the row is not in the official text (domain guide: unconfirmed). */
  confirmed: boolean;
}

export type ReportRow = SectionRow | IndicatorRow;

export interface ReportForm {
  /** "01-DSH"; provisional codes of unconfirmed forms are named as such (e.g. "DSH-NAM"). */
  code: string;
  name: Label;
  level: ReportLevel;
  periodKind: PeriodKind;
  columns: ReportColumns;
  /** false: the form itself (code, period, layout) was not found in the circular. */
  confirmed: boolean;
  /** Where the form comes from and what is unconfirmed about it. */
  note: Label;
  rows: ReportRow[];
}
