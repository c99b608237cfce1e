"use client";
// The one-time code of a new account or a reset, shown once: the administrator hands it to
// its user, who signs in with it and chooses their own password (the code opens nothing else).
import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";

export interface IssuedCode {
  login: string;
  fullName: string;
  code: string;
  validUntil: string;
  created: boolean;
}

const vnTime = (iso: string, en: boolean) =>
  new Intl.DateTimeFormat(en ? "en-GB" : "vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(new Date(iso));

export function OneTimeCodeNotice({ issued, onDone }: { issued: IssuedCode; onDone: () => void }) {
  const t = useTranslations("Users");
  const en = useLocale() === "en";
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [issued]);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="code-heading" className="mt-6 rounded border-2 border-green-700 bg-green-50 p-4">
      <h2 id="code-heading" className="text-xl font-bold text-green-900">
        {issued.created ? t("codeCreated", { login: issued.login }) : t("codeReset", { login: issued.login })}
      </h2>
      <p className="mt-2">{t("codeLabel", { name: issued.fullName })}</p>
      <p className="mt-1 font-mono text-2xl font-bold tracking-widest" data-testid="one-time-code">{issued.code}</p>
      <p className="mt-1">{t("codeValidUntil", { until: vnTime(issued.validUntil, en) })}</p>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        <li>{t("codeStep1")}</li>
        <li>{t("codeStep2", { login: issued.login })}</li>
        <li>{t("codeStep3")}</li>
      </ol>
      <p className="mt-2 font-semibold">{t("codeOnce")}</p>
      <button type="button" className="btn mt-3" onClick={onDone}>{t("codeDone")}</button>
    </section>
  );
}
