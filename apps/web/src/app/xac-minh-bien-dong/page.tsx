// The commune officer's queue of submitted changes to verify.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { can, contextFromHeaders } from "@danso/api";
import { authOptions, authSecret } from "../../auth/options";
import { VerificationQueue } from "../../components/verification/verification-queue";

export default async function VerificationPage() {
  if (!(await getServerSession(authOptions))) redirect("/dang-nhap?callbackUrl=/xac-minh-bien-dong");
  const [t, ctx] = await Promise.all([getTranslations("Verification"), contextFromHeaders(await headers(), authSecret())]);
  const unit = ctx.viewer ? await ctx.loaders.unit.load(ctx.viewer.unitId) : null;
  const allowed = !!unit && can(ctx.viewer, "event.verify", { unitPath: unit.path });
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {allowed ? <VerificationQueue unitCode={unit.code} /> : <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{t("notYourTask")}</p>}
    </>
  );
}
