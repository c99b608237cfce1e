"use client";
// A unit's key figures over a period so far, beside the same days a year before and the
// change between them.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { KeyFigurePeriodFieldsFragment } from "../../generated/gql/graphql";

export function KeyFigureTable({ id, title, period, day }: { id: string; title: string; period: KeyFigurePeriodFieldsFragment; day: (iso: string) => string }) {
  const t = useTranslations("Workspace");
  const format = useFormatter();
  const en = useLocale() === "en";
  const number = (n: number | null | undefined, decimals = 0) => (n === null || n === undefined ? "–" : format.number(n, { maximumFractionDigits: decimals }));
  const change = (now: number | null, before: number | null) => {
    if (now === null || before === null) return "–";
    const diff = now - before;
    const sign = diff > 0 ? "+" : "";
    return before === 0 ? `${sign}${number(diff)}` : `${sign}${number(diff)} (${sign}${format.number(diff / before, { style: "percent", maximumFractionDigits: 1 })})`;
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-xl font-bold text-brand-900">{title}</h2>
      <p className="text-sm text-slate-700">{t("comparedWith", { from: day(period.previousFrom), to: day(period.previousTo) })}</p>
      <table className="mt-3 w-full border-collapse text-left text-sm sm:text-base" data-testid={`figures-${id}`}>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-2">{t("indicator")}</th>
            <th scope="col" className="py-2 pr-2 text-right">{t("value")}</th>
            <th scope="col" className="py-2 pr-2 text-right">{t("previous")}</th>
            <th scope="col" className="py-2 text-right">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {period.figures.map((f) => (
            <tr key={f.indicator.code} data-indicator={f.indicator.code} className="border-b border-slate-200">
              <th scope="row" className="py-1.5 pr-2 font-normal">{en ? f.indicator.nameEn : f.indicator.name}</th>
              <td className="py-1.5 pr-2 text-right font-semibold tabular-nums">{number(f.value, f.indicator.decimals)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{number(f.previous, f.indicator.decimals)}</td>
              <td className="py-1.5 text-right tabular-nums">{change(f.value ?? null, f.previous ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
