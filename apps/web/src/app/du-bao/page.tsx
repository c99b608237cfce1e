// Population projections for officials: cohort-component projections of their units from the
// register's recent rates, with scenarios, overrides, downloads and saved projections.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { FIRST_BASE_YEAR } from "@danso/api";
import { todayInVietnam } from "@danso/domain";
import { authOptions } from "../../auth/options";
import { ProjectionsWorkspace } from "../../components/projections/projections-workspace";

export default async function ProjectionsPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/du-bao");
  const t = await getTranslations("Projections");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <ProjectionsWorkspace thisYear={Number(todayInVietnam().slice(0, 4))} firstBaseYear={FIRST_BASE_YEAR} />
    </>
  );
}
