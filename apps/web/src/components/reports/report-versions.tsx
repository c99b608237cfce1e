"use client";
// The stored versions of one report, each with the steps the viewer's role allows:
// approve (locks), sign, publish, correct (a new version with its reason); and downloads.
// Approving and publishing cannot be undone, so each asks first what it will do.
import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { useFormatter, useTranslations } from "next-intl";
import { useFragment, type FragmentType } from "../../generated/gql";
import type { ReportVersionFieldsFragment } from "../../generated/gql/graphql";
import { ConfirmDialog } from "../confirm-dialog";
import { ApproveReport, PublishReport, ReportVersionFields, SignReport, SupersedeReport } from "./queries";

type Version = ReportVersionFieldsFragment;

/** The status in words: an approved version is first unsigned, then signed, before it can be published. */
function statusKey(v: Version): "GENERATED" | "APPROVED" | "SIGNED" | "PUBLISHED" | "SUPERSEDED" {
  return v.status === "APPROVED" && v.contentHash ? "SIGNED" : v.status;
}

export function ReportVersions({ versions: masked, subject, permissions, onNewVersion }: {
  versions: FragmentType<typeof ReportVersionFields>[];
  /** The form, unit and period, named in the confirmation questions. */
  subject: string;
  permissions: string[];
  /** A correction adds a version: the list is read again. */
  onNewVersion: () => void;
}) {
  const versions = useFragment(ReportVersionFields, masked);
  const t = useTranslations("Reports");
  const format = useFormatter();
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState("");
  const [asking, setAsking] = useState<{ step: "approve" | "publish"; version: Version }>();
  // The answers carry the version's new fields, which Apollo writes over the cached version.
  const options = { onCompleted: () => setError(undefined), onError: (e: Error) => setError(e.message) };
  const [approve] = useMutation(ApproveReport, options);
  const [sign] = useMutation(SignReport, options);
  const [publish] = useMutation(PublishReport, options);
  const [supersede] = useMutation(SupersedeReport, { ...options, onCompleted: () => { setError(undefined); setReason(""); onNewVersion(); } });
  const can = (p: string) => permissions.includes(p);
  const when = (iso: string | null | undefined) => (iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" }) : "");

  if (versions.length === 0) return <p className="mt-2 text-slate-700">{t("noVersions")}</p>;
  return (
    <>
      {error && <p role="alert" className="mt-2 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{error}</p>}
      <ul className="mt-2 grid grid-cols-1 gap-3">
        {versions.map((v) => (
          <li key={v.id} className="rounded border border-slate-300 p-3" data-testid={`version-${v.version}`}>
            <p className="font-semibold">
              {t("versionLine", { version: v.version, number: v.id })}{t("separator")}
              <span data-testid="version-status" aria-live="polite">{t(`status.${statusKey(v)}`)}</span>
            </p>
            <p className="text-sm text-slate-700">
              {t("generatedAt", { when: when(v.generatedAt) })}
              {v.approvedAt && ` · ${t("approvedBy", { name: v.approvedBy?.fullName ?? "", when: when(v.approvedAt) })}`}
            </p>
            {v.correctionReason && <p className="text-sm">{t("correction", { reason: v.correctionReason })}</p>}
            {v.contentHash && <p className="break-all font-mono text-xs text-slate-700">{t("hash", { hash: v.contentHash })}</p>}
            <div className="mt-2 flex flex-wrap gap-2">
              {v.status === "GENERATED" && can("report.approve") && (
                <button type="button" className="btn" onClick={() => setAsking({ step: "approve", version: v })}>{t("approve")}</button>
              )}
              {(v.status === "APPROVED" || v.status === "PUBLISHED") && !v.contentHash && can("report.approve") && (
                <button type="button" className="btn" onClick={() => void sign({ variables: { id: v.id } })}>{t("sign")}</button>
              )}
              {v.status === "APPROVED" && v.contentHash && can("report.publish") && (
                <button type="button" className="btn" onClick={() => setAsking({ step: "publish", version: v })}>{t("publish")}</button>
              )}
              <a className="btn-secondary" href={v.pdfUrl}>{t("downloadPdf")}</a>
              <a className="btn-secondary" href={v.xlsxUrl}>{t("downloadXlsx")}</a>
              <a className="btn-secondary" href={v.csvUrl}>{t("downloadCsv")}</a>
            </div>
            {(v.status === "APPROVED" || v.status === "PUBLISHED") && can("report.generate") && (
              <form className="mt-3 flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); void supersede({ variables: { id: v.id, reason } }); }}>
                <label className="grid w-96 max-w-full gap-1 text-sm font-semibold">
                  {t("correctionReason")}
                  <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} maxLength={500} className="w-full rounded border border-slate-500 px-2 py-1 font-normal" />
                </label>
                <button type="submit" className="btn-secondary">{t("supersede")}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title={t(`confirm.${asking.step}.title`, { version: asking.version.version })}
          confirmLabel={t(`confirm.${asking.step}.confirm`)}
          onConfirm={() => void (asking.step === "approve" ? approve({ variables: { id: asking.version.id } }) : publish({ variables: { id: asking.version.id } }))}
          onClose={() => setAsking(undefined)}
        >
          <p>{t("confirm.subject", { version: asking.version.version, number: asking.version.id, subject })}</p>
          <p>{t(`confirm.${asking.step}.effect`)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
