// Lists for other agencies (schools, military command, social security, health): drawn
// from the register by the staff who hold the list permission, previewed, then exported.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { todayInVietnam } from "@danso/domain";
import { authOptions } from "../../auth/options";
import { ListsWorkspace } from "../../components/lists/lists-workspace";

export default async function ListsPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/danh-sach");
  const t = await getTranslations("Lists");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <ListsWorkspace today={todayInVietnam()} />
    </>
  );
}
