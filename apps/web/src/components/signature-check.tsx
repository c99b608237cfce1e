"use client";
// The public check of a report's digital signature: anyone types the report's number (it
// is printed on every page of the PDF) and sees whether the figures are exactly those the
// unit signed.
import { useState, type FormEvent } from "react";
import { useLazyQuery } from "@apollo/client/react";
import { useFormatter, useTranslations } from "next-intl";
import { graphql } from "../generated/gql";
import { ApiAlert } from "./alert";

export const VerifyReportQuery = graphql(`
  query VerifyReport($id: ID!) {
    verifyReportSignature(id: $id) {
      reportId
      formCode
      unitName
      period
      version
      status
      signed
      valid
      contentHash
      fingerprint
      signedBy
      signedAt
      keyRevokedAt
    }
  }
`);

export function SignatureCheck({ initialId }: { initialId?: string }) {
  const t = useTranslations("Verify");
  const format = useFormatter();
  // Times as the officer signed them: Vietnam's time, in the reader's language.
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" });
  const [id, setId] = useState(initialId ?? "");
  const [check, { data, loading, error, called }] = useLazyQuery(VerifyReportQuery, { fetchPolicy: "network-only" });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (/^\d{1,9}$/.test(id.trim())) void check({ variables: { id: id.trim() } });
  }

  const r = data?.verifyReportSignature;
  return (
    <>
      <form onSubmit={onSubmit} className="mt-6 flex flex-wrap items-end gap-3">
        <label className="grid gap-1 font-semibold">
          {t("reportNumber")}
          <input value={id} onChange={(e) => setId(e.target.value)} inputMode="numeric" pattern="[0-9]*" required className="w-48 rounded border border-slate-500 px-3 py-2 font-normal" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t("check")}
        </button>
      </form>
      <div aria-live="polite" className="mt-6">
        {loading && <p>{t("checking")}</p>}
        {called && error && <ApiAlert error={error} />}
        {r && (
          <section aria-labelledby="result-heading" className={`max-w-3xl rounded border-l-8 p-5 ${r.valid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>
            <h2 id="result-heading" data-testid="verify-result" className={`text-2xl font-bold ${r.valid ? "text-green-900" : "text-red-900"}`}>
              {r.valid ? t("valid") : r.keyRevokedAt ? t("revoked") : r.signed ? t("invalid") : t("unsigned")}
            </h2>
            <p className="mt-1">
              {r.valid ? t("validText") : r.keyRevokedAt ? t("revokedText", { when: when(r.keyRevokedAt) }) : r.signed ? t("invalidText") : t("unsignedText")}
            </p>
            <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
              <dt className="font-semibold">{t("report")}</dt>
              <dd>{t("reportLine", { form: r.formCode, unit: r.unitName, period: r.period, version: r.version })}</dd>
              {r.signedBy && (
                <>
                  <dt className="font-semibold">{t("signedBy")}</dt>
                  <dd>{r.signedBy}</dd>
                </>
              )}
              {r.signedAt && (
                <>
                  <dt className="font-semibold">{t("signedAt")}</dt>
                  <dd>{when(r.signedAt)}</dd>
                </>
              )}
              {r.fingerprint && (
                <>
                  <dt className="font-semibold">{t("fingerprint")}</dt>
                  <dd className="font-mono">{r.fingerprint}</dd>
                </>
              )}
              {r.contentHash && (
                <>
                  <dt className="font-semibold">{t("hash")}</dt>
                  <dd className="break-all font-mono text-sm">{r.contentHash}</dd>
                </>
              )}
            </dl>
          </section>
        )}
      </div>
    </>
  );
}
