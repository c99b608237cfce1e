"use client";
// Saving the projection on screen under a name, optionally with a stored report of the same
// unit (the version it is to be published with); the server checks the report again.
import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { SaveProjection, UnitReportsQuery } from "./queries";
import type { ProjectionVariables } from "./request";
import { ApiAlert } from "../alert";

const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";
const field = "grid w-full gap-1 font-semibold sm:w-auto";

export function SaveProjectionForm({ request, onSaved }: { request: ProjectionVariables; onSaved: () => void }) {
  const t = useTranslations("Projections");
  const [name, setName] = useState("");
  const [reportId, setReportId] = useState("");
  const reports = useQuery(UnitReportsQuery, { variables: { unit: request.unit } });
  const [save, saving] = useMutation(SaveProjection, { onCompleted: () => { setName(""); onSaved(); } });
  const own = (reports.data?.reports.edges ?? []).map((e) => e.node).filter((r) => r.unit.code === request.unit && r.status !== "SUPERSEDED");
  return (
    <form className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => { e.preventDefault(); void save({ variables: { ...request, name, reportId: reportId || null } }); }}>
      <label className={field}>
        {t("saveName")}
        <input className={`${input} sm:w-80`} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className={field}>
        {t("withReport")}
        <select className={`${input} sm:w-80`} value={reportId} onChange={(e) => setReportId(e.target.value)}>
          <option value="">{t("noReport")}</option>
          {own.map((r) => <option key={r.id} value={r.id}>{t("reportOption", { form: r.form.code, period: r.period, version: r.version })}</option>)}
        </select>
      </label>
      <button type="submit" className="btn-secondary" disabled={saving.loading}>{t("save")}</button>
      {saving.data && <p role="status" className="text-green-800">{t("savedAs", { name: saving.data.saveProjection.name })}</p>}
      {saving.error && <ApiAlert className="mt-4" error={saving.error} />}
    </form>
  );
}
