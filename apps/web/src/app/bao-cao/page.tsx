// Statistical reports for officials: live figures, stored versions, approval, signature,
// publication and downloads.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { authOptions } from "../../auth/options";
import { ReportsWorkspace } from "../../components/reports/reports-workspace";

export default async function ReportsPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/bao-cao");
  const t = await getTranslations("Reports");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <ReportsWorkspace />
    </>
  );
}
