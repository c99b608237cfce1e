// The electronic population map for officials: live figures of the units in their scope.
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { todayInVietnam } from "@danso/domain";
import { authOptions } from "../../auth/options";
import { MapWorkspace } from "../../components/map/map-workspace";

export default async function MapPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/ban-do");
  const t = await getTranslations("Map");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <Suspense>
        <MapWorkspace today={todayInVietnam()} />
      </Suspense>
    </>
  );
}
