"use client";
// One projection: the key figures, every scenario's totals on one chart, the animated
// pyramid, the yearly table, the inputs it started from and the file downloads.
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ProjectionFieldsFragment } from "../../generated/gql/graphql";
import { InputsPanel } from "./inputs-panel";
import { PopulationPyramid } from "./population-pyramid";
import { TotalsChart } from "./totals-chart";
import { YearsTable } from "./years-table";

export function ProjectionResult({ projection: p, title, downloads, children }: {
  projection: ProjectionFieldsFragment;
  title: string;
  /** The query string of /api/projections/{csv,xlsx} for this projection. */
  downloads: string;
  children?: ReactNode;
}) {
  const t = useTranslations("Projections");
  const format = useFormatter();
  const first = p.years[0]!, last = p.years.at(-1)!;
  const peak = p.years.reduce((a, b) => (b.total > a.total ? b : a));
  const change = (100 * (last.total - first.total)) / first.total;
  const cards: [string, string][] = [
    [t("card.start", { year: first.year }), format.number(Math.round(first.total))],
    [t("card.end", { year: last.year }), t("card.endValue", { total: format.number(Math.round(last.total)), change: format.number(change, { maximumFractionDigits: 1, signDisplay: "always" }) })],
    [t("card.peak"), peak === last ? t("card.noPeak", { year: last.year }) : t("card.peakValue", { year: peak.year, total: format.number(Math.round(peak.total)) })],
    [t("card.median", { year: last.year }), format.number(last.medianAge ?? 0, { maximumFractionDigits: 1 })],
  ];
  return (
    <section aria-labelledby="projection-result" className="mt-8">
      <h2 id="projection-result" className="text-2xl font-bold text-brand-900">{title}</h2>
      <p className="mt-1 text-slate-700">{t("resultLine", { unit: p.unit.name, base: p.baseYear, horizon: p.horizon, scenario: t(`scenario.${p.scenario}`) })}</p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map(([label, value]) => (
          <div key={label} className="rounded border border-slate-300 bg-brand-50 p-3">
            <dt className="text-sm font-semibold text-slate-700">{label}</dt>
            <dd className="mt-1 text-xl font-bold text-brand-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-wrap gap-3" role="group" aria-label={t("downloads")}>
        {(["xlsx", "csv"] as const).map((f) => (
          <a key={f} className="btn" href={`/api/projections/${f}?${downloads}`} download>{t(`download.${f}`)}</a>
        ))}
      </div>
      {children}
      <h3 className="mt-8 text-xl font-bold text-brand-900">{t("chartHeading")}</h3>
      <TotalsChart baseYear={p.baseYear} lines={p.scenarios} selected={p.scenario} />
      <PopulationPyramid key={`${p.unit.code}-${p.baseYear}-${p.horizon}`} years={p.years} />
      <YearsTable years={p.years} />
      <InputsPanel inputs={p.inputs} overrides={p.overrides} />
    </section>
  );
}
