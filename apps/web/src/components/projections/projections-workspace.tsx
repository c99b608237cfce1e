"use client";
// Population projections for the viewer's unit or a unit under it: choose the base year,
// horizon and scenario, override the observed inputs if need be, run, read the result,
// download it, save it under a name; reopen saved projections.
import { useState, useSyncExternalStore } from "react";
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { HORIZON_MAX, SCENARIOS, type Scenario } from "@danso/domain";
import { useFragment } from "../../generated/gql";
import { ProjectionFields, ProjectionsWorkspaceQuery, RunProjection, SavedProjectionQuery, SavedProjectionsQuery } from "./queries";
import { ProjectionResult } from "./projection-result";
import { SaveProjectionForm } from "./save-projection-form";
import { SavedProjections } from "./saved-projections";
import { downloadQuery, toVariables, type FieldName, type ProjectionForm as Fields, type ProjectionVariables } from "./request";
import { ApiAlert } from "../alert";

const noSubscription = () => () => {};
const alert = "mt-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900";

export function ProjectionsWorkspace({ thisYear, firstBaseYear }: { thisYear: number; firstBaseYear: number }) {
  const t = useTranslations("Projections");
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const workspace = useQuery(ProjectionsWorkspaceQuery, { skip: !mounted });
  const [fields, setFields] = useState<Omit<Fields, "unit"> & { unit?: string }>({
    baseYear: thisYear, horizon: 2050, scenario: "MEDIUM", srb: "", e0Male: "", e0Female: "", migrationFactor: "", tfrPath: "",
  });
  const [invalid, setInvalid] = useState<FieldName[]>([]);
  const [request, setRequest] = useState<ProjectionVariables>();
  const [savedId, setSavedId] = useState<string>();

  // The saved projections are asked for only with the statistics permission (else refused).
  const mayRead = workspace.data?.me?.permissions.includes("stats.read") ?? false;
  const savedList = useQuery(SavedProjectionsQuery, { skip: !mayRead });
  const run = useQuery(RunProjection, { variables: request!, skip: !request });
  const saved = useQuery(SavedProjectionQuery, { variables: { id: savedId ?? "" }, skip: !savedId });
  const live = useFragment(ProjectionFields, run.data?.projection);
  const reopened = useFragment(ProjectionFields, saved.data?.savedProjection?.projection);

  if (!mounted || (!workspace.data && !workspace.error)) return <p aria-live="polite">{t("loading")}</p>;
  if (workspace.error) return <ApiAlert className="mt-4" error={workspace.error} />;
  const me = workspace.data!.me;
  if (!me || !mayRead) return <p role="alert" className={alert}>{t("noPermission")}</p>;
  const units = [me.unit, ...me.unit.children.edges.map((e) => e.node)];
  const unit = units.find((u) => u.code === fields.unit) ?? units[0]!;
  const set = (k: keyof Fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [k]: k === "baseYear" || k === "horizon" ? Number(e.target.value) : e.target.value }));
  const years = Array.from({ length: thisYear - firstBaseYear + 1 }, (_, i) => thisYear - i);
  const horizons = Array.from({ length: HORIZON_MAX - fields.baseYear }, (_, i) => fields.baseYear + 1 + i);
  const field = "grid w-full gap-1 font-semibold sm:w-auto";
  const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";
  const fieldError = (k: FieldName) => invalid.includes(k) ? <span id={`${k}-error`} className="text-sm font-normal text-red-800">{t(`invalid.${k}`)}</span> : null;
  const described = (k: FieldName) => (invalid.includes(k) ? { "aria-invalid": true, "aria-describedby": `${k}-error` } : {});

  return (
    <>
      <form
        className="mt-6 grid gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const r = toVariables({ ...fields, unit: unit.code });
          if ("invalid" in r) {
            setInvalid(r.invalid);
            return;
          }
          setInvalid([]);
          setSavedId(undefined);
          setRequest(r.variables);
        }}
      >
        <div className="flex flex-wrap items-end gap-4">
          <label className={field}>
            {t("unit")}
            <select className={input} value={unit.code} onChange={set("unit")}>
              {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
            </select>
          </label>
          <label className={field}>
            {t("baseYear")}
            <select className={input} value={fields.baseYear} onChange={(e) => setFields((f) => ({ ...f, baseYear: Number(e.target.value), horizon: Math.max(f.horizon, Number(e.target.value) + 1) }))}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <label className={field}>
            {t("horizon")}
            <select className={input} value={fields.horizon} onChange={set("horizon")}>
              {horizons.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          <label className={field}>
            {t("scenarioLabel")}
            <select className={input} value={fields.scenario} onChange={set("scenario")}>
              {SCENARIOS.map((s) => <option key={s} value={s}>{t(`scenario.${s}`)}</option>)}
            </select>
          </label>
        </div>
        <p className="max-w-3xl text-sm text-slate-700">{t(`scenarioHelp.${fields.scenario as Scenario}`)}</p>
        <fieldset className="max-w-4xl rounded border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("overrides")}</legend>
          <p className="text-sm text-slate-700">{t("overridesHelp")}</p>
          <div className="mt-2 flex flex-wrap items-start gap-4">
            {(["srb", "e0Male", "e0Female", "migrationFactor"] as const).map((k) => (
              <label key={k} className={field}>
                {t(`field.${k}`)}
                <input className={`${input} sm:w-36`} inputMode="decimal" value={fields[k]} onChange={set(k)} {...described(k)} />
                {fieldError(k)}
              </label>
            ))}
            {fields.scenario === "CUSTOM" && (
              <label className={`${field} sm:w-80`}>
                {t("field.tfrPath")}
                <input className={input} value={fields.tfrPath} onChange={set("tfrPath")} placeholder={t("tfrPathPlaceholder")} {...described("tfrPath")} />
                <span className="text-sm font-normal text-slate-700">{t("tfrPathHelp")}</span>
                {fieldError("tfrPath")}
              </label>
            )}
          </div>
        </fieldset>
        <div>
          <button type="submit" className="btn" disabled={run.loading}>{t("run")}</button>
        </div>
      </form>

      {invalid.length > 0 && <p role="alert" className={alert}>{t("invalidSummary")}</p>}
      {run.error && !savedId && <ApiAlert className="mt-4" error={run.error} />}
      {run.loading && !savedId && <p aria-live="polite" className="mt-4">{t("computing")}</p>}
      {live && request && !savedId && (
        <ProjectionResult projection={live} title={t("resultHeading")} downloads={downloadQuery(request)}>
          {me.permissions.includes("projection.save") && <SaveProjectionForm request={request} onSaved={() => void savedList.refetch()} />}
        </ProjectionResult>
      )}
      {savedId && saved.error && <ApiAlert className="mt-4" error={saved.error} />}
      {savedId && reopened && saved.data?.savedProjection && (
        <ProjectionResult projection={reopened} title={t("savedTitle", { name: saved.data.savedProjection.name })} downloads={`saved=${savedId}`} />
      )}
      {savedList.error && <ApiAlert className="mt-4" error={savedList.error} />}
      {savedList.data && <SavedProjections saved={savedList.data.savedProjections} opened={savedId} onOpen={setSavedId} />}
    </>
  );
}
