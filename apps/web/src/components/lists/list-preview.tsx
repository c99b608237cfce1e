"use client";
// One list as the exporter sees it before exporting: its total, the counts by unit below,
// a page of 50 persons (identity numbers masked), and the three file formats.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { PersonListQuery } from "./queries";
import type { ListChoice } from "./lists-workspace";
import { ApiAlert } from "../alert";

type Row = Record<string, string | number | null | undefined>;

function formatDate(iso: string | null | undefined, en: boolean): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return en ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
}

export function ListPreview({ choice }: { choice: ListChoice }) {
  const t = useTranslations("Lists");
  const en = useLocale() === "en";
  const number = (n: number) => n.toLocaleString(en ? "en-US" : "vi-VN");
  // The cursors of the pages before this one, to page back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const { data, error, loading } = useQuery(PersonListQuery, { variables: { ...choice, after }, fetchPolicy: "network-only" });

  if (error) return <ApiAlert className="mt-4" error={error} />;
  if (!data) return <p aria-live="polite" className="mt-4">{loading ? t("computing") : ""}</p>;
  const list = data.personList;
  const columns = list.definition.columns;
  const value = (row: Row, key: string) => {
    if (key === "sex") return row.sex === "MALE" ? t("male") : t("female");
    if (key === "birthDate" || key === "studyDeferral") return formatDate((key === "birthDate" ? row.birthDate : row.studyDeferredUntil) as string | null, en);
    if (key === "head") return row.headName;
    if (key === "mother") return row.motherName;
    if (key === "father") return row.fatherName;
    return row[key];
  };
  const query = `unit=${encodeURIComponent(list.unit.code)}&date=${list.referenceDate}`;
  const first = (cursors.length - 1) * 50;
  return (
    <section aria-labelledby="list-result" className="mt-6">
      <h2 id="list-result" className="text-2xl font-bold text-brand-900">
        {t("resultHeading", { unit: list.unit.name, date: formatDate(list.referenceDate, en), count: number(list.totalCount) })}
      </h2>
      <div className="mt-3 flex flex-wrap gap-3" role="group" aria-label={t("downloads")}>
        {(["xlsx", "csv", "pdf"] as const).map((f) => (
          <a key={f} className="btn" href={`/api/lists/${list.definition.code}/${f}?${query}`} download>
            {t(`download.${f}`)}
          </a>
        ))}
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("auditNote")}</p>

      <h3 className="mt-6 text-xl font-bold text-brand-900">{t("byChild")}</h3>
      <div className="mt-2 max-h-80 max-w-xl overflow-auto rounded border border-slate-300" tabIndex={0} role="region" aria-label={t("byChild")}>
        <table className="w-full text-sm">
          <thead className="sticky top-0 bg-slate-100">
            <tr><th scope="col" className="px-2 py-1 text-left">{t("childUnit")}</th><th scope="col" className="px-2 py-1 text-right">{t("count")}</th></tr>
          </thead>
          <tbody>
            {list.byChild.map((c) => (
              <tr key={c.code} className="border-t border-slate-200"><td className="px-2 py-1">{t("childName", { name: c.name, code: c.code })}</td><td className="px-2 py-1 text-right tabular-nums">{number(c.count)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="mt-6 text-xl font-bold text-brand-900">{t("persons")}</h3>
      {list.totalCount === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700" aria-live="polite">{t("showing", { from: number(first + 1), to: number(first + list.edges.length), total: number(list.totalCount) })}</p>
          <div className="mt-2 overflow-x-auto rounded border border-slate-300" tabIndex={0} role="region" aria-label={t("persons")}>
            <table className="min-w-full text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-2 py-1 text-left">{t("number")}</th>
                  {columns.map((c) => <th key={c.key} scope="col" className="whitespace-nowrap px-2 py-1 text-left">{en ? c.labelEn : c.label}</th>)}
                </tr>
              </thead>
              <tbody>
                {list.edges.map(({ node }, i) => (
                  <tr key={node.id} className="border-t border-slate-200">
                    <td className="px-2 py-1 tabular-nums">{first + i + 1}</td>
                    {columns.map((c) => <td key={c.key} className="whitespace-nowrap px-2 py-1" translate={c.key === "address" ? "no" : undefined}>{value(node as Row, c.key)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex gap-3">
            <button type="button" className="btn" disabled={cursors.length === 1 || loading} onClick={() => setCursors(cursors.slice(0, -1))}>{t("previous")}</button>
            <button type="button" className="btn" disabled={!list.pageInfo.hasNextPage || loading} onClick={() => setCursors([...cursors, list.pageInfo.endCursor])}>{t("next")}</button>
          </div>
        </>
      )}
    </section>
  );
}
