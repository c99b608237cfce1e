"use client";
// A person's sheet: their details (the full CCCD only here, and the opening is audited),
// parents, the dated history of the households and units they lived in, their marriages,
// contraception and change history.
import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { CONTRACEPTIVE_METHOD, EDUCATION_LEVEL, MARITAL_STATUS, RELATION_TO_HEAD, RESIDENCE_STATUS, SEX } from "@danso/domain";
import { useFragment } from "../../generated/gql";
import { EventList } from "./event-list";
import { useCodeLabel } from "./labels";
import { EventLineFields, PersonSheetQuery } from "./queries";
import { RecordRefusal, rootFailure } from "./record-refusal";
import { SheetActions } from "./sheet-actions";
import { useDay } from "../use-day";

export function PersonSheet({ id, canWrite, saved }: { id: string; canWrite: boolean; saved: boolean }) {
  const t = useTranslations("Register");
  const f = useTranslations("RegisterForm");
  const day = useDay();
  const label = useCodeLabel();
  const { data, error, loading } = useQuery(PersonSheetQuery, { variables: { id }, errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const p = data?.person;
  const events = useFragment(EventLineFields, p?.events ?? []);
  if (loading) return <p aria-live="polite">{t("loading")}</p>;
  const failure = rootFailure(error, "person");
  if (failure || !p) return <RecordRefusal kind={failure ?? "NOT_FOUND"} error={error} />;
  const person = (x: { id: string; fullName: string } | null | undefined) => (x ? <Link href={`/nhan-khau/${x.id}`} className="underline">{x.fullName}</Link> : "–");
  return (
    <>
      <p className="text-sm"><Link href="/so-ho" className="underline">{t("backToSearch")}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{p.fullName}</h1>
      {!p.alive && <p className="mt-1 font-semibold text-red-800">{t("diedOn", { date: day(p.deathDate) })}</p>}
      <SheetActions saved={saved} links={canWrite && p.alive ? [{ href: `/nhan-khau/${p.id}/sua`, label: f("editPerson") }] : []} />
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("sex")}</dt><dd>{label(SEX, p.sex)}</dd>
        <dt className="font-semibold">{t("birthDate")}</dt><dd>{t("birthLine", { date: day(p.birthDate), age: p.age })}</dd>
        <dt className="font-semibold">{t("cccd")}</dt><dd className="tabular-nums">{p.cccd ?? "–"}</dd>
        <dt className="font-semibold">{t("insurance")}</dt><dd className="tabular-nums">{p.insuranceNumber ?? "–"}</dd>
        <dt className="font-semibold">{t("ethnicity")}</dt><dd>{p.ethnicity.name}</dd>
        <dt className="font-semibold">{t("education")}</dt><dd>{label(EDUCATION_LEVEL, p.education)}</dd>
        <dt className="font-semibold">{t("maritalStatus")}</dt><dd>{label(MARITAL_STATUS, p.maritalStatus)}</dd>
        <dt className="font-semibold">{t("household")}</dt>
        <dd>{p.household ? <><Link href={`/ho-gia-dinh/${p.household.id}`} className="underline">{p.household.code}</Link><span translate="no">{` · ${p.household.address}`}</span>{` · ${label(RELATION_TO_HEAD, p.relationToHead)}`}</> : "–"}</dd>
        <dt className="font-semibold">{t("residence")}</dt><dd>{label(RESIDENCE_STATUS, p.residenceStatus)}</dd>
        <dt className="font-semibold">{t("mother")}</dt><dd>{person(p.mother)}</dd>
        <dt className="font-semibold">{t("father")}</dt><dd>{person(p.father)}</dd>
      </dl>
      <section aria-labelledby="residences-heading" className="mt-8">
        <h2 id="residences-heading" className="text-xl font-bold text-brand-900">{t("residences")}</h2>
        <ol className="mt-2 grid gap-2" data-testid="residences">
          {p.residences.map((r) => (
            <li key={r.id} className="rounded border border-slate-300 p-3">
              <span className="font-semibold tabular-nums">{r.validTo ? t("spellClosed", { from: day(r.validFrom), to: day(r.validTo) }) : t("spellOpen", { from: day(r.validFrom) })}</span>
              <span aria-hidden="true" className="mx-1 before:content-['·']" />{r.household ? <Link href={`/ho-gia-dinh/${r.household.id}`} className="underline">{r.household.code}</Link> : t("householdElsewhere")}
              {` · ${r.unit.name} (${r.unit.code})`}
              <span className="block text-sm text-slate-700">{t(`spellStart.${r.startReason}`)}{r.endReason ? ` → ${t(`spellEnd.${r.endReason}`)}` : ""}</span>
            </li>
          ))}
        </ol>
      </section>
      {p.marriages.length > 0 && (
        <section aria-labelledby="marriages-heading" className="mt-8">
          <h2 id="marriages-heading" className="text-xl font-bold text-brand-900">{t("marriages")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {p.marriages.map((m) => (
              <li key={m.id}>{person(m.husband)}<span aria-hidden="true" className="mx-1 before:content-['–']" />{person(m.wife)}{`: ${m.endedOn ? t("marriedUntil", { from: day(m.marriedOn), to: day(m.endedOn) }) : t("marriedSince", { from: day(m.marriedOn) })}`}</li>
            ))}
          </ul>
        </section>
      )}
      {p.contraception.length > 0 && (
        <section aria-labelledby="contraception-heading" className="mt-8">
          <h2 id="contraception-heading" className="text-xl font-bold text-brand-900">{t("contraception")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {p.contraception.map((c) => <li key={c.id}>{`${label(CONTRACEPTIVE_METHOD, c.method)}: ${c.validTo ? t("spellClosed", { from: day(c.validFrom), to: day(c.validTo) }) : t("spellOpen", { from: day(c.validFrom) })}`}</li>)}
          </ul>
        </section>
      )}
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-bold text-brand-900">{t("history")}</h2>
        <EventList events={events} showPerson={false} />
      </section>
    </>
  );
}
