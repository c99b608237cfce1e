"use client";
// A filled-in form as the paper has it: indicators down, the unit and each child unit
// across. Wide tables scroll sideways inside their own region (keyboard-focusable).
import { useFormatter, useTranslations } from "next-intl";
import type { LiveReportQuery } from "../../generated/gql/graphql";

type Table = LiveReportQuery["report"]["table"];

export function ReportTable({ table }: { table: Table }) {
  const t = useTranslations("Reports");
  const format = useFormatter();
  const value = (v: number | null | undefined, decimals: number) =>
    v === null || v === undefined ? "–" : format.number(v, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (
    <div role="region" aria-labelledby="report-caption" tabIndex={0} className="mt-4 max-h-[70vh] overflow-auto rounded border border-slate-300">
      <table className="min-w-full border-collapse text-sm">
        <caption id="report-caption" className="p-2 text-left font-semibold">
          {t("caption", { form: table.form.code, name: table.form.name, unit: table.unit.name, period: table.periodLabel })}
        </caption>
        <thead className="sticky top-0 bg-brand-50">
          <tr>
            <th scope="col" className="border border-slate-300 px-2 py-1 text-left">{t("number")}</th>
            <th scope="col" className="min-w-72 border border-slate-300 px-2 py-1 text-left">{t("indicator")}</th>
            <th scope="col" className="whitespace-nowrap border border-slate-300 px-2 py-1">{t("unitOfMeasure")}</th>
            {table.columns.map((c, i) => (
              <th key={c.code} scope="col" className={`border border-slate-300 px-2 py-1 text-right ${i === 0 ? "bg-brand-50 font-bold" : "font-semibold"}`}>
                {c.name}
                {c.estimated && <span className="block text-xs font-normal text-amber-900">{t("estimated")}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.lines.map((l) =>
            l.kind === "section" ? (
              <tr key={`s${l.number}`} className="bg-slate-100">
                <th scope="colgroup" colSpan={3 + table.columns.length} className="border border-slate-300 px-2 py-1 text-left">
                  {t("sectionLine", { number: l.number, label: l.label })}
                </th>
              </tr>
            ) : (
              <tr key={`${l.number}-${l.indicator}`}>
                <td className="whitespace-nowrap border border-slate-300 px-2 py-1">{l.number}</td>
                <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-normal" style={{ paddingLeft: `${0.5 + l.depth * 1.25}rem` }}>
                  {l.label}
                  {!l.confirmed && <span title={t("unconfirmedRow")}>{t("unconfirmedSign")}</span>}
                </th>
                <td className="whitespace-nowrap border border-slate-300 px-2 py-1 text-center">{l.unitLabel}</td>
                {l.values.map((v, i) => (
                  <td key={table.columns[i]?.code ?? i} className={`border border-slate-300 px-2 py-1 text-right tabular-nums ${i === 0 ? "font-semibold" : ""}`}>
                    {value(v, l.decimals)}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
