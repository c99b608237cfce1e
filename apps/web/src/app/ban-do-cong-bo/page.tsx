// The public map: published figures only, no sign-in.
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { todayInVietnam } from "@danso/domain";
import { PublicMap } from "../../components/map/public-map";

export default async function PublicMapPage() {
  const t = await getTranslations("Map.public");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <Suspense>
        <PublicMap today={todayInVietnam()} />
      </Suspense>
    </>
  );
}
