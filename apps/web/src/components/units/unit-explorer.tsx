"use client";
// Find a unit in the tree of a date, and read its place in the reorganisations: the units it
// was formed from (on the day before the change) and those it went into. Every view is a URL
// (?ngay=…&ma=…&tim=…) so it can be shared; links are plain links, usable by keyboard.
import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { addDays } from "@danso/domain";
import { ApiAlert } from "../alert";
import { UnitDetailQuery, UnitSearchQuery } from "./queries";

const href = (p: { date: string; code?: string; search?: string }) =>
  `/don-vi?${new URLSearchParams({ ngay: p.date, ...(p.code ? { ma: p.code } : {}), ...(p.search ? { tim: p.search } : {}) })}`;

export function UnitExplorer({ date, code, search }: { date: string; code?: string; search: string }) {
  const t = useTranslations("Units");
  const field = "grid gap-1 font-semibold";
  const input = "rounded border border-slate-500 px-2 py-1.5 font-normal";
  return (
    <>
      <form action="/don-vi" className="mt-6 flex flex-wrap items-end gap-4">
        <label className={field}>
          {t("date")}
          <input type="date" name="ngay" defaultValue={date} min="2021-01-01" required className={input} />
        </label>
        <label className={field}>
          {t("search")}
          <input type="search" name="tim" defaultValue={search} maxLength={100} placeholder={t("searchHint")} className={`${input} w-72`} />
        </label>
        <button type="submit" className="btn">{t("find")}</button>
      </form>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <SearchResults date={date} search={search} selected={code} />
        {code && <UnitDetail date={date} code={code} search={search} />}
      </div>
    </>
  );
}

function SearchResults({ date, search, selected }: { date: string; search: string; selected?: string }) {
  const t = useTranslations("Units");
  const en = useLocale() === "en";
  // With nothing typed, the provinces of the tree of the date.
  const { data, error, loading } = useQuery(UnitSearchQuery, { variables: search ? { search, date } : { date, level: 1 } });
  if (error) return <ApiAlert error={error} />;
  if (loading || !data) return <p aria-live="polite">{t("loading")}</p>;
  const units = data.units.edges.map((e) => e.node);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="text-xl font-bold text-brand-900">{search ? t("results", { n: data.units.totalCount }) : t("provinces", { n: data.units.totalCount })}</h2>
      {units[0] && <p className="mt-1 text-sm text-slate-700" data-testid="tree-of-date">{t("treeOfDate", { tree: en ? units[0].tree.nameEn : units[0].tree.name })}</p>}
      <ul className="mt-3 divide-y divide-slate-200 rounded border border-slate-300">
        {units.map((u) => (
          <li key={u.code}>
            <Link href={href({ date, code: u.code, search })} aria-current={u.code === selected ? "true" : undefined}
              className={`block px-3 py-2 hover:bg-slate-100 ${u.code === selected ? "bg-blue-50 font-semibold" : ""}`}>
              {u.name} <span className="text-sm text-slate-700">{u.parent ? t("codeIn", { code: u.code, parent: u.parent.name }) : t("codeOnly", { code: u.code })}</span>
            </Link>
          </li>
        ))}
      </ul>
      {units.length === 0 && <p className="mt-3">{t("none")}</p>}
    </section>
  );
}

function UnitDetail({ date, code, search }: { date: string; code: string; search: string }) {
  const t = useTranslations("Units");
  const en = useLocale() === "en";
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00+07:00`), { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" });
  const { data, error, loading } = useQuery(UnitDetailQuery, { variables: { code, date } });
  if (error) return <ApiAlert error={error} />;
  if (loading || !data) return <p aria-live="polite">{t("loading")}</p>;
  const u = data.unit;
  if (!u) return <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("notFound", { code, date: day(date) })}</p>;
  const link = (other: { code: string; name: string; parent?: { name: string } | null }, on: string) => (
    <Link href={href({ date: on, code: other.code })} className="underline hover:text-brand-700">{other.name}</Link>
  );
  return (
    <section aria-labelledby="unit-heading" data-testid="unit-detail">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-700">
        {u.ancestors.map((a) => <span key={a.code}>{t("crumb", { name: a.name })} </span>)}
      </nav>
      <h2 id="unit-heading" className="text-2xl font-bold text-brand-900">{u.name}</h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("code")}</dt><dd>{u.code}</dd>
        <dt className="font-semibold">{t("type")}</dt><dd>{en ? t("typeLine", { type: u.typeEn, level: u.levelNameEn }) : t("typeLine", { type: u.type, level: u.levelName })}</dd>
        <dt className="font-semibold">{t("tree")}</dt><dd>{en ? u.tree.nameEn : u.tree.name}</dd>
        <dt className="font-semibold">{t("validity")}</dt>
        <dd>{u.validTo ? t("validUntil", { from: day(u.validFrom), to: day(addDays(u.validTo, -1)) }) : t("validSince", { from: day(u.validFrom) })}</dd>
      </dl>
      {u.predecessors.length > 0 && (
        <>
          <h3 className="mt-6 text-lg font-bold">{t("formedFrom", { date: day(u.predecessors[0]!.effectiveOn) })}</h3>
          <ul className="mt-2 list-disc pl-6" data-testid="predecessors">
            {u.predecessors.map((p) => (
              <li key={p.unit.code}>
                {link(p.unit, addDays(p.effectiveOn, -1))}{p.unit.parent ? `, ${p.unit.parent.name}` : ""}
                {p.kind === "PARTIAL" && t("partOf", { share: format.number(p.share ?? 0, { style: "percent" }) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {u.successors.length > 0 && (
        <>
          <h3 className="mt-6 text-lg font-bold">{t(u.successors.length > 1 ? "dividedInto" : "wentInto", { date: day(u.successors[0]!.effectiveOn) })}</h3>
          <ul className="mt-2 list-disc pl-6" data-testid="successors">
            {u.successors.map((s) => (
              <li key={s.unit.code}>
                {link(s.unit, s.effectiveOn)}{s.unit.parent ? `, ${s.unit.parent.name}` : ""}
                {s.kind === "PARTIAL" && t("shareOfHouseholds", { share: format.number(s.share ?? 0, { style: "percent" }) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {u.children.totalCount > 0 && (
        <>
          <h3 className="mt-6 text-lg font-bold">{t("children", { n: u.children.totalCount })}</h3>
          <ul className="mt-2 columns-1 gap-6 sm:columns-2">
            {u.children.edges.map(({ node: c }) => (
              <li key={c.code}><Link href={href({ date: u.validTo ? addDays(u.validTo, -1) : date, code: c.code, search })} className="underline hover:text-brand-700">{c.name}</Link></li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
