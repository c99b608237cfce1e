"use client";
// The workspace home of a unit: breadcrumbs up to the viewer's own unit, the work waiting,
// the key figures this month and this year so far beside the same days a year before, and
// the units below to drill into. Every figure comes from the API's workspace query.
import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useFragment } from "../../generated/gql";
import { KeyFigurePeriodFields, WorkspaceHomeQuery } from "./queries";
import { KeyFigureTable } from "./key-figure-table";
import { WorkWaiting } from "./work-waiting";
import { useDay } from "../use-day";
import { Alert, ApiAlert } from "../alert";

export const workspaceHref = (code: string) => `/lam-viec?ma=${encodeURIComponent(code)}`;
const within = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

export function WorkspaceHome({ unitCode }: { unitCode?: string }) {
  const t = useTranslations("Workspace");
  const en = useLocale() === "en";
  const day = useDay();
  const format = useFormatter();
  const { data, error, loading } = useQuery(WorkspaceHomeQuery, { variables: { unit: unitCode } });
  const month = useFragment(KeyFigurePeriodFields, data?.workspace.month);
  const year = useFragment(KeyFigurePeriodFields, data?.workspace.year);
  if (loading) return <p aria-live="polite">{t("loading")}</p>;
  if (error || !data || !month || !year) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        {error ? <ApiAlert className="mt-6" error={error} /> : <Alert className="mt-6">{t("loading")}</Alert>}
      </>
    );
  }
  const { workspace: w, me } = data;
  const number = (n: number | null | undefined) => (n === null || n === undefined ? "–" : format.number(n, { maximumFractionDigits: 0 }));
  // Breadcrumbs go up to the viewer's own unit: above it the viewer reads nothing.
  const crumbs = me ? w.unit.ancestors.filter((a) => within(a.path, me.unit.path)) : [];
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-x-2">
          {crumbs.map((a) => (
            <li key={a.code} className="after:ml-2 after:content-['›']">
              <Link href={workspaceHref(a.code)} className="underline hover:text-brand-700">{a.name}</Link>
            </li>
          ))}
          <li aria-current="page" className="font-semibold">{w.unit.name}</li>
        </ol>
      </nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("heading", { unit: w.unit.name })}</h1>
      <p className="mt-1 text-slate-700">
        {`${t("unitLine", { level: en ? w.unit.levelNameEn : w.unit.levelName, code: w.unit.code })} · `}
        {w.unit.validTo ? t("asOfAbolished", { date: day(w.asOf) }) : t("asOf", { date: day(w.asOf) })}
      </p>
      <WorkWaiting work={w.work} unitCode={w.unit.code} permissions={me?.permissions ?? []} />
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <KeyFigureTable id="month" title={t("monthSoFar", { from: day(month.from), to: day(month.to) })} period={month} day={day} />
        <KeyFigureTable id="year" title={t("yearSoFar", { from: day(year.from), to: day(year.to) })} period={year} day={day} />
      </div>
      {w.subunits.length > 0 && (
        <section aria-labelledby="below-heading" className="mt-10">
          <h2 id="below-heading" className="text-xl font-bold text-brand-900">{t("below", { n: w.subunits.length, level: en ? w.subunits[0]!.unit.levelNameEn : w.subunits[0]!.unit.levelName })}</h2>
          <div className="mt-3 max-h-[32rem] overflow-auto rounded border border-slate-300" tabIndex={0} role="region" aria-labelledby="below-heading">
            <table className="w-full border-collapse text-left" data-testid="subunits">
              <thead className="sticky top-0 bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("unit")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("population")}</th>
                  <th scope="col" className="px-3 py-2 text-right">{t("birthsYear")}</th>
                </tr>
              </thead>
              <tbody>
                {w.subunits.map((s) => (
                  <tr key={s.unit.code} className="border-t border-slate-200">
                    <th scope="row" className="px-3 py-1.5 font-normal">
                      <Link href={workspaceHref(s.unit.code)} className="underline hover:text-brand-700">{s.unit.name}</Link>{" "}
                      <span className="text-sm text-slate-600">{s.unit.code}</span>
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{number(s.population)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{number(s.births)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
