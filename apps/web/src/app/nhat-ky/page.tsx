// The audit trail of the officer's units: who viewed, listed, changed and exported what.
// The menu offers it only with the audit permission; the API refuses everyone else anyway.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { authOptions } from "../../auth/options";
import { viewerActions } from "../../auth/viewer-actions";
import { AuditWorkspace } from "../../components/audit/audit-workspace";

export default async function AuditPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/nhat-ky");
  const [t, actions] = await Promise.all([getTranslations("Audit"), viewerActions()]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {actions?.includes("audit.read") ? (
        <>
          <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
          <AuditWorkspace />
        </>
      ) : (
        <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("noPermission")}</p>
      )}
    </>
  );
}
