// Report tables and forms as the API shows them (Vietnamese labels, English alongside).
import { getReportForm, UNIT_LABELS, type IndicatorDefinition, type ReportForm } from "@danso/domain";
import type { ReportTable } from "@danso/db";

export function formView(form: Pick<ReportForm, "code" | "name" | "level" | "periodKind" | "confirmed" | "note">) {
  return {
    code: form.code, name: form.name.vi, nameEn: form.name.en, level: form.level, periodKind: form.periodKind,
    confirmed: form.confirmed, note: form.note.vi, noteEn: form.note.en,
  };
}

const columnView = (c: ReportTable["unit"]) => ({ code: c.code, name: c.name, level: c.level, estimated: c.estimated ?? false });

export function tableView(table: ReportTable) {
  return {
    form: formView(table.form),
    period: table.period.code,
    periodLabel: table.period.label.vi,
    unit: columnView(table.columns[0] ?? table.unit),
    columns: table.columns.map(columnView),
    lines: table.lines.map((l) =>
      l.kind === "section"
        ? { kind: "section", number: l.number, label: l.label.vi, labelEn: l.label.en, indicator: null, depth: 0, unitLabel: null, unitLabelEn: null, decimals: 0, confirmed: true, values: [] }
        : { kind: "indicator", number: l.number, label: l.label.vi, labelEn: l.label.en, indicator: l.indicator, depth: l.depth, unitLabel: l.unitLabel.vi, unitLabelEn: l.unitLabel.en, decimals: l.decimals, confirmed: l.confirmed, values: l.values },
    ),
  };
}

/** The form of a stored report (its code is in the row; the catalogue has the rest). */
export const storedFormView = (code: string) => formView(getReportForm(code));

/** An indicator of the catalogue as the API shows it. */
export const indicatorView = (i: IndicatorDefinition) => ({
  code: i.code, name: i.name.vi, nameEn: i.name.en, theme: i.theme, unit: i.unit, unitLabel: UNIT_LABELS[i.unit].vi, unitLabelEn: UNIT_LABELS[i.unit].en,
  kind: i.kind, decimals: i.decimals, definition: i.definition.vi, definitionEn: i.definition.en,
});
