"use client";
// A filled-in form as the paper has it: indicators down, the unit and each child unit
// across. Wide tables (the nation's 34 provinces, a city's hundred communes) scroll inside their own region, which
// takes keyboard focus so arrow keys scroll it; the page itself never scrolls sideways.
// The row number and indicator stay in place while the figures scroll under them, and the
// header row stays on top: sticky cells need an opaque background, and the table's borders
// are drawn per cell (border-separate) because collapsed borders do not move with them;
// a heavier line marks where the fixed columns end.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { LiveReportQuery } from "../../generated/gql/graphql";
import { reportWords } from "./report-words";

type Table = LiveReportQuery["report"]["table"];

// The number column's width is fixed so the indicator column knows where to stick.
const cell = "border-b border-r border-slate-300 px-2 py-1";
const numberCell = `sticky left-0 w-12 min-w-12 max-w-12 ${cell}`;
const labelCell = `sticky left-12 min-w-40 max-w-56 sm:min-w-72 sm:max-w-md ${cell} border-r-2 border-r-slate-400 text-left`;

export function ReportTable({ table }: { table: Table }) {
  const t = useTranslations("Reports");
  const format = useFormatter();
  const words = reportWords(useLocale());
  const value = (v: number | null | undefined, decimals: number) =>
    v === null || v === undefined ? "–" : format.number(v, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (
    <div role="region" aria-labelledby="report-caption" tabIndex={0} data-testid="report-scroll" className="mt-4 max-h-[70vh] max-w-full overflow-auto rounded border border-slate-300 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
      <table className="min-w-full border-separate border-spacing-0 text-sm">
        <caption id="report-caption" className="p-2 text-left font-semibold">
          {/* Kept at the left edge while the table scrolls sideways. */}
          <span className="sticky left-2 inline-block max-w-[min(calc(100vw-4rem),67rem)]">
            {t("caption", { form: table.form.code, name: words.formName(table.form), unit: table.unit.name, period: words.periodLabel(table) })}
          </span>
        </caption>
        <thead>
          <tr className="bg-brand-50">
            <th scope="col" className={`${numberCell} top-0 z-30 border-t bg-brand-50 text-left`}>{t("number")}</th>
            <th scope="col" className={`${labelCell} top-0 z-30 border-t bg-brand-50`}>{t("indicator")}</th>
            <th scope="col" className={`sticky top-0 z-20 whitespace-nowrap border-t bg-brand-50 ${cell}`}>{t("unitOfMeasure")}</th>
            {table.columns.map((c, i) => (
              <th key={c.code} scope="col" className={`sticky top-0 z-20 border-t bg-brand-50 ${cell} text-right ${i === 0 ? "font-bold" : "font-semibold"}`}>
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
                <th scope="colgroup" colSpan={3 + table.columns.length} className={`${cell} text-left`}>
                  <span className="sticky left-2">{t("sectionLine", { number: l.number, label: words.lineLabel(l) })}</span>
                </th>
              </tr>
            ) : (
              <tr key={`${l.number}-${l.indicator}`}>
                <td className={`${numberCell} z-10 whitespace-nowrap bg-white`}>{l.number}</td>
                <th scope="row" className={`${labelCell} z-10 bg-white font-normal`} style={{ paddingLeft: `${0.5 + l.depth * 1.25}rem` }}>
                  {words.lineLabel(l)}
                  {!l.confirmed && <span title={t("unconfirmedRow")}>{t("unconfirmedSign")}</span>}
                </th>
                <td className={`whitespace-nowrap text-center ${cell}`}>{words.unitLabel(l)}</td>
                {l.values.map((v, i) => (
                  <td key={table.columns[i]?.code ?? i} className={`${cell} text-right tabular-nums ${i === 0 ? "font-semibold" : ""}`}>
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
