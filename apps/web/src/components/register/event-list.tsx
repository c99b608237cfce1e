"use client";
// The change history of a person or household: the P0 lines about them, newest first.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CHANGE_EVENT_STATUS, CHANGE_EVENT_TYPE } from "@danso/domain";
import type { EventLineFragment } from "../../generated/gql/graphql";
import { useDay } from "../use-day";

export function EventList({ events, showPerson }: { events: EventLineFragment[]; showPerson: boolean }) {
  const t = useTranslations("Register");
  const day = useDay();
  const en = useLocale() === "en";
  const sorted = [...events].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || Number(b.id) - Number(a.id));
  if (sorted.length === 0) return <p className="mt-2 text-slate-700">{t("noEvents")}</p>;
  return (
    <div className="mt-2 overflow-x-auto" role="region" aria-label={t("history")} tabIndex={0}>
      <table className="w-full border-collapse text-left" data-testid="event-history">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-2">{t("eventDate")}</th>
            <th scope="col" className="px-2 py-2">{t("eventType")}</th>
            {showPerson && <th scope="col" className="px-2 py-2">{t("fullName")}</th>}
            <th scope="col" className="px-2 py-2">{t("eventStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((e) => (
            <tr key={e.id} className="border-t border-slate-200">
              <td className="px-2 py-1.5 tabular-nums">{day(e.occurredOn)}</td>
              <td className="px-2 py-1.5">{en ? CHANGE_EVENT_TYPE[e.type].en : e.typeLabel}</td>
              {showPerson && <td className="px-2 py-1.5">{e.person ? <Link href={`/nhan-khau/${e.person.id}`} className="underline">{e.person.fullName}</Link> : "–"}</td>}
              <td className="px-2 py-1.5">
                {en ? CHANGE_EVENT_STATUS[e.status].en : CHANGE_EVENT_STATUS[e.status].vi}
                {e.rejectionReason && <span className="block text-sm text-slate-700">{t("rejectedBecause", { reason: e.rejectionReason })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
