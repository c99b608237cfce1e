"use client";
// The household sheet, laid out like the household page of the Sổ A0: the header (code,
// address, area and its collaborator), then one line per member (relation, birth date, sex,
// ethnicity, education, marital status, contraception, pregnancy, residence), then the
// change history of the members and the household's re-addressings. Opening it is audited.
import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { CONTRACEPTIVE_METHOD, EDUCATION_LEVEL, HOUSEHOLD_TYPE, MARITAL_STATUS, RELATION_TO_HEAD, RESIDENCE_STATUS, SEX } from "@danso/domain";
import { useFragment } from "../../generated/gql";
import { EventList } from "./event-list";
import { useCodeLabel } from "./labels";
import { EventLineFields, HouseholdSheetQuery } from "./queries";
import { RecordRefusal, rootFailure } from "./record-refusal";
import { SheetActions } from "./sheet-actions";
import { useDay, useMoment } from "../use-day";

export function HouseholdSheet({ id, canWrite, saved }: { id: string; canWrite: boolean; saved: boolean }) {
  const t = useTranslations("Register");
  const f = useTranslations("RegisterForm");
  const day = useDay();
  const moment = useMoment();
  const label = useCodeLabel();
  const { data, error, loading } = useQuery(HouseholdSheetQuery, { variables: { id }, errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const h = data?.household;
  const events = useFragment(EventLineFields, h?.members.flatMap((m) => m.events) ?? []);
  if (loading) return <p aria-live="polite">{t("loading")}</p>;
  const failure = rootFailure(error, "household");
  if (failure || !h) return <RecordRefusal kind={failure ?? "NOT_FOUND"} error={error} />;
  const pregnancies = new Map<string, string>();
  for (const e of events) if (e.type === "PREGNANCY" && e.status === "VERIFIED" && e.person) pregnancies.set(e.person.id, e.occurredOn);
  const cell = "px-2 py-1.5 whitespace-nowrap";
  return (
    <>
      <p className="text-sm"><Link href="/so-ho" className="underline">{t("backToSearch")}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("householdTitle", { code: h.code })}</h1>
      <SheetActions saved={saved} links={canWrite && h.status === "ACTIVE" ? [
        { href: `/ho-gia-dinh/${h.id}/sua`, label: f("editHousehold") },
        { href: `/ho-gia-dinh/${h.id}/them-nhan-khau`, label: f("addPerson") },
      ] : []} />
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("address")}</dt><dd translate="no">{h.address}</dd>
        <dt className="font-semibold">{t("unit")}</dt><dd>{`${h.unit.name} (${h.unit.code})`}</dd>
        <dt className="font-semibold">{t("area")}</dt><dd>{`${h.area.name} (${h.area.code})`}{h.area.collaboratorName ? ` · ${t("collaborator", { name: h.area.collaboratorName })}` : ""}</dd>
        <dt className="font-semibold">{t("householdType")}</dt><dd>{label(HOUSEHOLD_TYPE, h.type)}</dd>
        <dt className="font-semibold">{t("established")}</dt><dd>{day(h.establishedOn)}{h.dissolvedOn ? ` · ${t("dissolved", { date: day(h.dissolvedOn) })}` : ""}</dd>
        <dt className="font-semibold">{t("lastChange")}</dt>
        <dd>{t("lastChangeLine", { version: h.version, at: moment(h.updatedAt), by: h.updatedBy?.fullName ?? "–" })}</dd>
      </dl>
      <section aria-labelledby="members-heading" className="mt-8">
        <h2 id="members-heading" className="text-xl font-bold text-brand-900">{t("membersHeading", { n: h.members.length })}</h2>
        <div className="mt-2 overflow-x-auto rounded border border-slate-300" role="region" aria-labelledby="members-heading" tabIndex={0}>
          <table className="w-full border-collapse text-left" data-testid="members">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={`${cell} sticky left-0 bg-slate-100`}>{t("fullName")}</th>
                <th scope="col" className={cell}>{t("relation")}</th>
                <th scope="col" className={cell}>{t("birthDate")}</th>
                <th scope="col" className={cell}>{t("sex")}</th>
                <th scope="col" className={cell}>{t("ethnicity")}</th>
                <th scope="col" className={cell}>{t("education")}</th>
                <th scope="col" className={cell}>{t("maritalStatus")}</th>
                <th scope="col" className={cell}>{t("contraception")}</th>
                <th scope="col" className={cell}>{t("pregnancy")}</th>
                <th scope="col" className={cell}>{t("residence")}</th>
              </tr>
            </thead>
            <tbody>
              {h.members.map((m) => {
                const method = m.contraception.find((c) => !c.validTo);
                return (
                  <tr key={m.id} className="border-t border-slate-200">
                    <th scope="row" className={`${cell} sticky left-0 bg-white`}><Link href={`/nhan-khau/${m.id}`} className="underline hover:text-brand-700">{m.fullName}</Link></th>
                    <td className={cell}>{label(RELATION_TO_HEAD, m.relationToHead)}</td>
                    <td className={`${cell} tabular-nums`}>{day(m.birthDate)}</td>
                    <td className={cell}>{label(SEX, m.sex)}</td>
                    <td className={cell}>{m.ethnicity.name}</td>
                    <td className={cell}>{label(EDUCATION_LEVEL, m.education)}</td>
                    <td className={cell}>{label(MARITAL_STATUS, m.maritalStatus)}</td>
                    <td className={cell}>{method ? t("methodSince", { method: label(CONTRACEPTIVE_METHOD, method.method), date: day(method.validFrom) }) : "–"}</td>
                    <td className={cell}>{pregnancies.has(m.id) ? t("pregnantSince", { date: day(pregnancies.get(m.id)) }) : "–"}</td>
                    <td className={cell}>{label(RESIDENCE_STATUS, m.residenceStatus)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-bold text-brand-900">{t("history")}</h2>
        <EventList events={events} showPerson />
        {h.readdresses.length > 0 && (
          <ul className="mt-3 list-disc pl-6">
            {h.readdresses.map((r) => (
              <li key={r.effectiveOn}>{t("readdressed", { date: day(r.effectiveOn), from: `${r.from.name} (${r.from.code})`, to: `${r.to.name} (${r.to.code})` })}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
