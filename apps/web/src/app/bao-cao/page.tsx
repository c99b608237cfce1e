// Statistical reports for officials: live figures, stored versions, approval, signature,
// publication and downloads.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { viewerActions } from "../../auth/viewer-actions";
import { ReportsWorkspace } from "../../components/reports/reports-workspace";

export default async function ReportsPage() {
  const actions = await viewerActions();
  if (!actions) redirect("/dang-nhap?callbackUrl=/bao-cao");
  const t = await getTranslations("Reports");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {/* The reports API reads with stats.read: without it every button would only answer with an error. */}
      {actions.includes("stats.read") ? (
        <ReportsWorkspace />
      ) : (
        <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("noPermission")}</p>
      )}
    </>
  );
}
