// A report form filled in for one unit and period: the one path that the API, the PDF
// export, the portal and the locked snapshots all use.
import {
  UNIT_LEVEL, UNIT_LABELS, getIndicator, getReportForm, periodLabelEn, periodLabelVi,
  type IndicatorParams, type IndicatorUnit, type Label, type Period, type PeriodKind, type ReportForm, type ReportLevel,
} from "@danso/domain";
import type { Db } from "../client.js";
import { unitColumns, type UnitRef } from "./columns.js";
import { indicatorsForColumns, toPeriod } from "./indicators.js";

export interface ReportSectionLine {
  kind: "section";
  number: string;
  label: Label;
}

export interface ReportIndicatorLine {
  kind: "indicator";
  number: string;
  indicator: string;
  depth: number;
  label: Label;
  unit: IndicatorUnit;
  unitLabel: Label;
  decimals: number;
  confirmed: boolean;
  /** One value per column; null where undefined (e.g. a rate with no population). */
  values: (number | null)[];
}

export type ReportLine = ReportSectionLine | ReportIndicatorLine;

export interface ReportTable {
  form: { code: string; name: Label; level: ReportLevel; periodKind: PeriodKind; confirmed: boolean; note: Label };
  period: { code: string; kind: PeriodKind; start: string; end: string; label: Label };
  unit: UnitRef;
  /** The unit, then one column per child unit when the form has them. */
  columns: UnitRef[];
  params: IndicatorParams;
  lines: ReportLine[];
}

export class ReportMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportMismatchError";
  }
}

export async function computeReport(
  db: Db, form: ReportForm | string, unitId: number, period: Period | string, options: { params?: Partial<IndicatorParams> } = {},
): Promise<ReportTable> {
  const f = typeof form === "string" ? getReportForm(form) : form;
  const p = toPeriod(period);
  if (p.kind !== f.periodKind) throw new ReportMismatchError(`Biểu ${f.code} là báo cáo theo ${f.periodKind}, không dùng cho kỳ ${p.code} (form ${f.code} is for ${f.periodKind} periods)`);
  const codes = [...new Set(f.rows.flatMap((r) => (r.kind === "indicator" ? [r.indicator] : [])))];
  const columns = await unitColumns(db, unitId, p, f.columns === "UNIT_AND_CHILDREN");
  const unit = columns[0]!.unit;
  if (unit.level !== UNIT_LEVEL[f.level]) throw new ReportMismatchError(`Biểu ${f.code} dành cho đơn vị cấp ${f.level}, không dùng cho ${unit.name} (form ${f.code} is for ${f.level} units)`);
  const table = await indicatorsForColumns(db, columns, p, codes, options.params);
  const valuesOf = new Map(codes.map((c, i) => [c, table.values[i]!]));
  return {
    form: { code: f.code, name: f.name, level: f.level, periodKind: f.periodKind, confirmed: f.confirmed, note: f.note },
    period: { code: p.code, kind: p.kind, start: p.start, end: p.end, label: { vi: periodLabelVi(p), en: periodLabelEn(p) } },
    unit,
    columns: table.columns,
    params: table.params,
    lines: f.rows.map((r): ReportLine => {
      if (r.kind === "section") return r;
      const def = getIndicator(r.indicator);
      return {
        kind: "indicator", number: r.number, indicator: r.indicator, depth: r.depth, label: r.label ?? def.name,
        unit: def.unit, unitLabel: UNIT_LABELS[def.unit], decimals: def.decimals, confirmed: r.confirmed, values: valuesOf.get(r.indicator)!,
      };
    }),
  };
}
