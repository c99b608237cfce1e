"use client";
// The projected years as a table: the population on 1 January and what plans ask of it
// (schools, military service, the elderly), the year's births, deaths and migrants. The
// year column stays in view while the table scrolls sideways on a phone.
import { useFormatter, useTranslations } from "next-intl";
import type { ProjectionFieldsFragment } from "../../generated/gql/graphql";

const COLUMNS = [
  ["total", 0], ["male", 0], ["female", 0], ["births", 0], ["deaths", 0], ["netMigration", 0], ["tfr", 2], ["dependencyRatio", 1], ["ageingIndex", 1],
  ["medianAge", 1], ["grade1", 0], ["primarySchool", 0], ["lowerSecondary", 0], ["upperSecondary", 0], ["militaryAge", 0], ["elderly60", 0], ["elderly80", 0],
] as const;

export function YearsTable({ years }: { years: ProjectionFieldsFragment["years"] }) {
  const t = useTranslations("Projections");
  const format = useFormatter();
  const cell = (v: number | null | undefined, digits: number) => (v === null || v === undefined ? "" : format.number(v, { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  return (
    <section aria-labelledby="years-heading" className="mt-8">
      <h3 id="years-heading" className="text-xl font-bold text-brand-900">{t("yearsHeading")}</h3>
      <p className="mt-1 text-sm text-slate-700">{t("yearsNote")}</p>
      <div className="mt-2 max-h-[32rem] overflow-auto rounded border border-slate-300" tabIndex={0} role="region" aria-labelledby="years-heading">
        <table className="text-sm">
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-100 px-2 py-1 text-left">{t("column.year")}</th>
              {COLUMNS.map(([key]) => <th key={key} scope="col" className="min-w-24 px-2 py-1 text-right align-bottom">{t(`column.${key}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} className="border-t border-slate-200">
                <th scope="row" className="sticky left-0 bg-white px-2 py-1 text-left">{y.year}</th>
                {COLUMNS.map(([key, digits]) => <td key={key} className="px-2 py-1 text-right tabular-nums">{cell(y[key], digits)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
