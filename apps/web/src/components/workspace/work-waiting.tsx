"use client";
// What waits for the viewer in the unit, each with the link to where it is done. A task
// that is not the viewer's (null) is not shown.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { WorkspaceHomeQuery } from "../../generated/gql/graphql";
import { useMonth } from "../use-day";

type Work = WorkspaceHomeQuery["workspace"]["work"];

export function WorkWaiting({ work, unitCode, permissions }: { work: Work; unitCode: string; permissions: string[] }) {
  const t = useTranslations("Workspace");
  const monthName = useMonth();
  const items: { key: string; n: number; text: string; href: string }[] = [];
  if (work.changesToVerify !== null && work.changesToVerify !== undefined) {
    items.push({ key: "verify", n: work.changesToVerify, text: t("changesToVerify", { n: work.changesToVerify }), href: "/xac-minh-bien-dong" });
  }
  if (work.reportsToApprove !== null && work.reportsToApprove !== undefined) {
    items.push({ key: "approve", n: work.reportsToApprove, text: t("reportsToApprove", { n: work.reportsToApprove }), href: "/bao-cao" });
  }
  if (work.reportsToPublish !== null && work.reportsToPublish !== undefined) {
    items.push({ key: "publish", n: work.reportsToPublish, text: t("reportsToPublish", { n: work.reportsToPublish }), href: "/bao-cao" });
  }
  if (work.lateCommunes !== null && work.lateCommunes !== undefined && work.lateMonth) {
    items.push({ key: "late", n: work.lateCommunes, text: t("lateCommunes", { n: work.lateCommunes, month: monthName(work.lateMonth) }), href: "/bao-cao" });
  }
  const registerHref = permissions.includes("register.read") ? `/so-ho?ma=${encodeURIComponent(unitCode)}` : null;
  return (
    <section aria-labelledby="work-heading" className="mt-6">
      <h2 id="work-heading" className="text-xl font-bold text-brand-900">{t("work")}</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="work-waiting">
        {items.map((i) => (
          <li key={i.key} data-work={i.key} className={`rounded-lg border p-4 ${i.n > 0 ? "border-amber-500 bg-amber-50" : "border-slate-200 bg-white"}`}>
            <Link href={i.href} className="font-semibold underline hover:text-brand-700">{i.text}</Link>
          </li>
        ))}
        {items.length === 0 && <li className="text-slate-700">{t("nothingWaiting")}</li>}
      </ul>
      {registerHref && (
        <p className="mt-3">
          <Link href={registerHref} className="btn inline-block">{t("openRegister")}</Link>
        </p>
      )}
    </section>
  );
}
