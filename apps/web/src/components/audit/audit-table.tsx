"use client";
// One page of the audit trail: when (Vietnam's time), who, what in plain words, which
// record (a link to a person's or household's page), in which unit, from which address.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditLogQuery } from "../../generated/gql/graphql";

type Line = AuditLogQuery["auditLog"]["edges"][number]["node"];
type Counted = Record<string, { count?: number } | undefined>;

const parts = (at: string, en: boolean) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return { date: en ? `${p.month}/${p.day}/${p.year}` : `${p.day}/${p.month}/${p.year}`, time: `${p.hour}:${p.minute}:${p.second}` };
};

/** The record's page, for the two kinds of record that have one. */
const RECORD_PAGES: Record<string, string> = { Person: "/nhan-khau", Household: "/ho-gia-dinh" };

export function AuditTable({ lines, first }: { lines: Line[]; first: number }) {
  const t = useTranslations("Audit");
  const en = useLocale() === "en";
  const number = (n: number) => n.toLocaleString(en ? "en-US" : "vi-VN");
  const action = (l: Line) => {
    const key = `actions.${l.action.replace(/\./g, "_")}` as "actions.person_view";
    return t.has(key) ? t(key) : t("actionOther", { kind: t(`kinds.${l.kind}`), action: l.action });
  };
  const entity = (type: string) => {
    const key = `entities.${type}` as "entities.Person";
    return t.has(key) ? t(key) : type;
  };
  const record = (l: Line) => {
    if (l.action === "data.read") {
      const read = l.details as Counted;
      const counts = ["Person", "Household", "ChangeEvent"].filter((k) => read[k]?.count).map((k) => t("count", { count: number(read[k]!.count!), what: entity(k) }));
      return counts.join(", ");
    }
    if (!l.entityId) return entity(l.entityType);
    const page = RECORD_PAGES[l.entityType];
    const label = t("record", { type: entity(l.entityType), id: l.entityId });
    return page ? <Link className="underline underline-offset-4" href={`${page}/${encodeURIComponent(l.entityId)}`}>{label}</Link> : label;
  };
  return (
    <div className="mt-2 overflow-x-auto rounded border border-slate-300" tabIndex={0} role="region" aria-label={t("lines")}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">{t("number")}</th>
            <th scope="col" className="px-2 py-1 text-left">{t("at")}</th>
            <th scope="col" className="px-2 py-1 text-left">{t("user")}</th>
            <th scope="col" className="px-2 py-1 text-left">{t("action")}</th>
            <th scope="col" className="px-2 py-1 text-left">{t("recordHeading")}</th>
            <th scope="col" className="px-2 py-1 text-left">{t("unit")}</th>
            <th scope="col" className="px-2 py-1 text-left">{t("ip")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => {
            const when = parts(l.at, en);
            return (
              <tr key={l.id} className="border-t border-slate-200 align-top">
                <td className="px-2 py-1 tabular-nums">{number(first + i + 1)}</td>
                <td className="whitespace-nowrap px-2 py-1 tabular-nums"><time dateTime={l.at}>{t("when", when)}</time></td>
                <td className="px-2 py-1">
                  {l.user ? <span className="block">{l.user.fullName}</span> : null}
                  <span className="font-mono text-slate-700">{l.login ?? t("anonymous")}</span>
                </td>
                <td className="px-2 py-1">{action(l)}</td>
                <td className="px-2 py-1">{record(l)}</td>
                <td className="px-2 py-1">{l.unitName ? t("unitName", { name: l.unitName, code: l.unitPath!.split(".").at(-1)! }) : ""}</td>
                <td className="px-2 py-1 font-mono">{l.ip ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
