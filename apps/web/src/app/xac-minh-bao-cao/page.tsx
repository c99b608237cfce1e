// Public page: is this report exactly what the unit signed?
import { getTranslations } from "next-intl/server";
import { SignatureCheck } from "../../components/signature-check";

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations("Verify"), searchParams]);
  const id = typeof params.so === "string" && /^\d{1,9}$/.test(params.so) ? params.so : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <SignatureCheck initialId={id} />
    </>
  );
}
