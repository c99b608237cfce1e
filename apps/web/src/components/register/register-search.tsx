"use client";
// Find people and households of a unit: by name (with or without diacritics), CCCD,
// household code or address, narrowed by area, sex, age and residence status, 25 a page.
// The search is the URL (search-params.ts); each page of results is audited by the API.
import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { RESIDENCE_STATUS, SEX, keysOf } from "@danso/domain";
import { useCodeLabel } from "./labels";
import { HouseholdSearchQuery, PersonSearchQuery, RegisterScopeQuery } from "./queries";
import { registerSearchHref, type RegisterSearch as Search } from "./search-params";
import { useDay } from "../use-day";
import { ApiAlert } from "../alert";

const field = "grid gap-1 font-semibold";
const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";

export function RegisterSearch({ search, defaultUnit }: { search: Search; defaultUnit: string }) {
  const t = useTranslations("Register");
  const label = useCodeLabel();
  const unit = search.unit ?? defaultUnit;
  // A collaborator reads only their own area: the others fail, and the form offers none.
  const scope = useQuery(RegisterScopeQuery, { variables: { unit }, errorPolicy: "all" });
  const me = scope.data?.me;
  const units = me ? [me.unit, ...me.unit.children.edges.map((e) => e.node)] : [];
  if (me && !units.some((u) => u.code === unit)) units.push({ code: unit, name: scope.data?.unit?.name ?? unit });
  const areas = scope.data?.unit?.areas ?? [];
  const households = search.by === "diachi";
  return (
    <>
      <form action="/so-ho" className="mt-6 grid gap-4 rounded border border-slate-300 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label={t("searchForm")}>
        <label className={field}>
          {t("unit")}
          <select name="ma" defaultValue={unit} className={input}>
            {units.map((u) => <option key={u.code} value={u.code}>{`${u.name} (${u.code})`}</option>)}
          </select>
        </label>
        <label className={field}>
          {t("area")}
          <select name="kv" defaultValue={search.area ?? ""} className={input} disabled={areas.length === 0}>
            <option value="">{t("allAreas")}</option>
            {areas.map((a) => <option key={a.code} value={a.code}>{`${a.name} (${a.code})`}</option>)}
          </select>
        </label>
        <label className={field}>
          {t("searchBy")}
          <select name="theo" defaultValue={search.by} className={input}>
            <option value="ten">{t("byName")}</option>
            <option value="cccd">{t("byCccd")}</option>
            <option value="ho">{t("byHousehold")}</option>
            <option value="diachi">{t("byAddress")}</option>
          </select>
        </label>
        <label className={field}>
          {t("text")}
          <input type="search" name="q" defaultValue={search.text} maxLength={100} className={input} placeholder={t("textHint")} />
        </label>
        <label className={field}>
          {t("sex")}
          <select name="gt" defaultValue={search.sex ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {keysOf(SEX).map((k) => <option key={k} value={k}>{label(SEX, k)}</option>)}
          </select>
        </label>
        <fieldset className="grid grid-cols-2 gap-2">
          <legend className="font-semibold">{t("age")}</legend>
          <label className="grid gap-1 text-sm">
            {t("ageFrom")}
            <input type="number" name="tu" min={0} max={130} defaultValue={search.minAge} className={input} />
          </label>
          <label className="grid gap-1 text-sm">
            {t("ageTo")}
            <input type="number" name="den" min={0} max={130} defaultValue={search.maxAge} className={input} />
          </label>
        </fieldset>
        <label className={field}>
          {t("residence")}
          <select name="cu" defaultValue={search.residence ?? ""} className={input}>
            <option value="">{t("any")}</option>
            {keysOf(RESIDENCE_STATUS).map((k) => <option key={k} value={k}>{label(RESIDENCE_STATUS, k)}</option>)}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="btn w-full sm:w-auto">{t("find")}</button>
        </div>
      </form>
      {scope.error && !me && <ApiAlert className="mt-4" error={scope.error} />}
      {households ? <HouseholdResults search={{ ...search, unit }} /> : <PersonResults search={{ ...search, unit }} />}
    </>
  );
}

function Pager({ search, endCursor, hasNext }: { search: Search; endCursor?: string | null; hasNext: boolean }) {
  const t = useTranslations("Register");
  return (
    <p className="mt-3 flex gap-4">
      {search.after && <Link href={registerSearchHref({ ...search, after: undefined })} className="underline">{t("firstPage")}</Link>}
      {hasNext && endCursor && <Link href={registerSearchHref({ ...search, after: endCursor })} className="underline">{t("nextPage")}</Link>}
    </p>
  );
}

function PersonResults({ search }: { search: Search & { unit: string } }) {
  const t = useTranslations("Register");
  const day = useDay();
  const label = useCodeLabel();
  const text = search.text || undefined;
  const { data, error, loading } = useQuery(PersonSearchQuery, {
    variables: {
      unit: search.unit, area: search.area, after: search.after,
      filter: { search: search.by === "ten" ? text : undefined, sex: search.sex, minAge: search.minAge, maxAge: search.maxAge, residenceStatus: search.residence },
      cccd: search.by === "cccd" ? text : undefined, household: search.by === "ho" ? text : undefined,
    },
  });
  if (error) return <ApiAlert className="mt-6" error={error} />;
  if (loading || !data) return <p aria-live="polite" className="mt-6">{t("searching")}</p>;
  const p = data.persons;
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="text-xl font-bold text-brand-900" aria-live="polite">
        {p.totalCountIsExact ? t("personsFound", { n: p.totalCount }) : t("personsFoundMore", { n: p.totalCount })}
      </h2>
      <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="results-heading" tabIndex={0}>
        <table className="w-full border-collapse text-left" data-testid="person-results">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-2">{t("fullName")}</th>
              <th scope="col" className="hidden px-2 py-2 sm:table-cell">{t("sex")}</th>
              <th scope="col" className="px-2 py-2">{t("birthDate")}</th>
              <th scope="col" className="hidden px-2 py-2 sm:table-cell">{t("cccd")}</th>
              <th scope="col" className="px-2 py-2">{t("household")}</th>
              <th scope="col" className="hidden px-2 py-2 md:table-cell">{t("residence")}</th>
            </tr>
          </thead>
          <tbody>
            {p.edges.map(({ node: n }) => (
              <tr key={n.id} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1.5"><Link href={`/nhan-khau/${n.id}`} className="underline hover:text-brand-700">{n.fullName}</Link></th>
                <td className="hidden px-2 py-1.5 sm:table-cell">{label(SEX, n.sex)}</td>
                <td className="px-2 py-1.5 tabular-nums">{day(n.birthDate)}</td>
                <td className="hidden px-2 py-1.5 tabular-nums sm:table-cell">{n.cccd ?? "–"}</td>
                <td className="px-2 py-1.5">{n.household ? <Link href={`/ho-gia-dinh/${n.household.id}`} className="underline hover:text-brand-700">{n.household.code}</Link> : "–"}</td>
                <td className="hidden px-2 py-1.5 md:table-cell">{label(RESIDENCE_STATUS, n.residenceStatus)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager search={search} endCursor={p.pageInfo.endCursor} hasNext={p.pageInfo.hasNextPage} />
    </section>
  );
}

function HouseholdResults({ search }: { search: Search & { unit: string } }) {
  const t = useTranslations("Register");
  const { data, error, loading } = useQuery(HouseholdSearchQuery, { variables: { unit: search.unit, area: search.area, search: search.text || undefined, after: search.after } });
  if (error) return <ApiAlert className="mt-6" error={error} />;
  if (loading || !data) return <p aria-live="polite" className="mt-6">{t("searching")}</p>;
  const h = data.households;
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="text-xl font-bold text-brand-900" aria-live="polite">{t("householdsFound", { n: h.totalCount })}</h2>
      <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="results-heading" tabIndex={0}>
        <table className="w-full border-collapse text-left" data-testid="household-results">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-2">{t("householdCode")}</th>
              <th scope="col" className="px-2 py-2">{t("head")}</th>
              <th scope="col" className="px-2 py-2">{t("address")}</th>
              <th scope="col" className="hidden px-2 py-2 sm:table-cell">{t("area")}</th>
              <th scope="col" className="px-2 py-2 text-right">{t("members")}</th>
            </tr>
          </thead>
          <tbody>
            {h.edges.map(({ node: n }) => (
              <tr key={n.id} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1.5"><Link href={`/ho-gia-dinh/${n.id}`} className="underline hover:text-brand-700">{n.code}</Link></th>
                <td className="px-2 py-1.5">{n.head?.fullName ?? "–"}</td>
                <td className="px-2 py-1.5" translate="no">{n.address}</td>
                <td className="hidden px-2 py-1.5 sm:table-cell">{`${n.area.name} (${n.area.code})`}</td>
                <td className="px-2 py-1.5 text-right tabular-nums">{n.members.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager search={search} endCursor={h.pageInfo.endCursor} hasNext={h.pageInfo.hasNextPage} />
    </section>
  );
}
