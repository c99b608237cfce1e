"use client";
// The named projections of the viewer's units, newest first; opening one shows it exactly
// as it was saved (inputs and results), whatever the register has become since.
import { useFormatter, useTranslations } from "next-intl";
import type { SavedProjectionsQuery } from "../../generated/gql/graphql";

type Saved = SavedProjectionsQuery["savedProjections"][number];

export function SavedProjections({ saved, opened, onOpen }: { saved: Saved[]; opened?: string; onOpen: (id: string) => void }) {
  const t = useTranslations("Projections");
  const format = useFormatter();
  return (
    <section aria-labelledby="saved-heading" className="mt-10">
      <h2 id="saved-heading" className="text-2xl font-bold text-brand-900">{t("savedHeading")}</h2>
      {saved.length === 0 ? <p className="mt-2 text-slate-700">{t("noneSaved")}</p> : (
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="saved-heading">
          <table className="text-sm">
            <thead className="bg-slate-100">
              <tr>
                {(["name", "unit", "years", "scenario", "report", "savedBy", "open"] as const).map((k) => (
                  <th key={k} scope="col" className="px-2 py-1 text-left">{t(`savedColumn.${k}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {saved.map((s) => (
                <tr key={s.id} className="border-t border-slate-200">
                  <th scope="row" className="px-2 py-1 text-left">{s.name}</th>
                  <td className="px-2 py-1">{s.projection.unit.name}</td>
                  <td className="px-2 py-1">{t("yearRange", { from: s.projection.baseYear, to: s.projection.horizon })}</td>
                  <td className="px-2 py-1">{t(`scenario.${s.projection.scenario}`)}</td>
                  <td className="px-2 py-1">{s.report ? t("reportOption", { form: s.report.form.code, period: s.report.period, version: s.report.version }) : ""}</td>
                  <td className="px-2 py-1">{t("savedByLine", { who: s.createdBy, when: format.dateTime(new Date(s.createdAt), { dateStyle: "short", timeStyle: "short" }) })}</td>
                  <td className="px-2 py-1">
                    <button type="button" className="btn-secondary" aria-pressed={opened === s.id} aria-label={t("open", { name: s.name })} onClick={() => onOpen(s.id)}>
                      {t("openShort")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
