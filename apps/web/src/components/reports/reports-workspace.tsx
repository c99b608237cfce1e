"use client";
// The officials' reports: a form of the viewer's unit (or a unit under it) for a period,
// computed live from the register, with its stored versions and their workflow.
import { useMemo, useState, useSyncExternalStore } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { UNIT_LEVEL, parsePeriod, type PeriodKind, type ReportLevel } from "@danso/domain";
import { GenerateReport, LiveReportQuery, WorkspaceQuery } from "./queries";
import { lastClosedPeriod, periodCode, splitPeriod, yearsUntil } from "./periods";
import { ReportTable } from "./report-table";
import { ReportVersions } from "./report-versions";
import { reportWords } from "./report-words";
import { ApiAlert } from "../alert";

const noSubscription = () => () => {};
const levelOf = (f: { level: string }) => UNIT_LEVEL[f.level as ReportLevel];

export function ReportsWorkspace() {
  const t = useTranslations("Reports");
  const words = reportWords(useLocale());
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const { data, error } = useQuery(WorkspaceQuery, { skip: !mounted });
  const [unitCode, setUnitCode] = useState<string>();
  const [formCode, setFormCode] = useState<string>();
  const [period, setPeriod] = useState<string>();
  const [shown, setShown] = useState<{ form: string; unit: string; period: string }>();

  const me = data?.me;
  // The viewer's unit and those under it that owe a form (the centre's nation included).
  const units = useMemo(() => {
    const levels = new Set<number>((data?.reportForms ?? []).map(levelOf));
    return me ? [me.unit, ...me.unit.children.edges.map((e) => e.node)].filter((u) => levels.has(u.level)) : [];
  }, [me, data?.reportForms]);
  const unit = units.find((u) => u.code === unitCode) ?? units[0];
  const forms = (data?.reportForms ?? []).filter((f) => unit && levelOf(f) === unit.level);
  const form = forms.find((f) => f.code === formCode) ?? forms.find((f) => f.periodKind === "QUARTER") ?? forms[0];
  const kind = (form?.periodKind ?? "QUARTER") as PeriodKind;
  // An account kept on a unit abolished by a reorganisation reports on its history: the
  // periods up to the unit's last day.
  const until = me?.unit.validTo ?? undefined;
  // A period chosen for another form's kind (a month, then a yearly form) falls back to the last closed one.
  const chosen = period && parsePeriod(period).kind === kind ? period : lastClosedPeriod(kind, until);
  const { year, index } = splitPeriod(chosen);

  const live = useQuery(LiveReportQuery, { variables: shown ?? { form: "", unit: "", period: "" }, skip: !shown, fetchPolicy: "network-only" });
  const [generate, generating] = useMutation(GenerateReport, { onCompleted: () => void live.refetch() });

  if (!mounted || (!data && !error)) return <p aria-live="polite">{t("loading")}</p>;
  if (error) return <ApiAlert error={error} />;
  if (!me || !unit || !form) return <p>{t("noForms")}</p>;

  // Long form names must not widen the page on a phone: fields shrink to the width and wrap.
  const field = "grid min-w-0 max-w-full gap-1 font-semibold";
  const input = "w-full max-w-full rounded border border-slate-500 px-2 py-1.5 font-normal";
  return (
    <>
      <form className="mt-6 flex flex-wrap items-end gap-4" onSubmit={(e) => { e.preventDefault(); setShown({ form: form.code, unit: unit.code, period: chosen }); }}>
        <label className={field}>
          {t("unit")}
          <select className={input} value={unit.code} onChange={(e) => setUnitCode(e.target.value)}>
            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </label>
        <label className={field}>
          {t("form")}
          <select className={input} value={form.code} onChange={(e) => setFormCode(e.target.value)}>
            {forms.map((f) => <option key={f.code} value={f.code}>{t("formOption", { code: f.code, name: words.formName(f), unconfirmed: f.confirmed ? "" : t("unconfirmedMark") })}</option>)}
          </select>
        </label>
        <label className={field}>
          {t("year")}
          <select className={input} value={year} onChange={(e) => setPeriod(periodCode(kind, Number(e.target.value), index || 1))}>
            {yearsUntil(until).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        {kind !== "YEAR" && (
          <label className={field}>
            {kind === "QUARTER" ? t("quarter") : t("month")}
            <select className={input} value={index} onChange={(e) => setPeriod(periodCode(kind, year, Number(e.target.value)))}>
              {Array.from({ length: kind === "QUARTER" ? 4 : 12 }, (_, i) => i + 1).map((i) => <option key={i} value={i}>{i}</option>)}
            </select>
          </label>
        )}
        <button type="submit" className="btn">{t("show")}</button>
      </form>

      {live.error && <ApiAlert className="mt-4" error={live.error} />}
      {live.loading && <p aria-live="polite" className="mt-4">{t("computing")}</p>}
      {live.data && shown && (
        <>
          <ReportTable table={live.data.report.table} />
          {!live.data.report.table.form.confirmed && <p className="mt-2 text-sm text-slate-700">{words.formNote(live.data.report.table.form)}</p>}
          {live.data.report.table.columns.some((c) => c.estimated) && <p className="mt-2 text-sm text-slate-700">{t("estimatedNote")}</p>}
          <h2 className="mt-8 text-2xl font-bold text-brand-900">{t("versions")}</h2>
          {me.permissions.includes("report.generate") && (
            <button type="button" className="btn mt-2" disabled={generating.loading} onClick={() => void generate({ variables: shown })}>
              {t("generate")}
            </button>
          )}
          {generating.error && <ApiAlert className="mt-2" error={generating.error} />}
          <ReportVersions
            versions={live.data.report.versions}
            subject={t("subject", { form: live.data.report.table.form.code, unit: live.data.report.table.unit.name, period: words.periodLabel(live.data.report.table) })}
            permissions={me.permissions}
            onNewVersion={() => void live.refetch()}
          />
        </>
      )}
    </>
  );
}
