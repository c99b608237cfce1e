// The register search: people and households of the officer's units.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { actionsOf, contextFromHeaders } from "@danso/api";
import { authOptions, authSecret } from "../../auth/options";
import { RegisterSearch } from "../../components/register/register-search";
import { parseRegisterSearch, registerSearchHref } from "../../components/register/search-params";

export default async function RegisterSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = parseRegisterSearch(await searchParams);
  if (!(await getServerSession(authOptions))) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(registerSearchHref(search))}`);
  const [t, f, ctx] = await Promise.all([getTranslations("Register"), getTranslations("RegisterForm"), contextFromHeaders(await headers(), authSecret())]);
  const own = ctx.viewer ? await ctx.loaders.unit.load(ctx.viewer.unitId) : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {ctx.viewer && actionsOf(ctx.viewer.role).includes("register.write") && (
        <p className="mt-3"><Link href="/ho-gia-dinh/moi" className="inline-block rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-900 hover:bg-slate-100">{f("newHousehold")}</Link></p>
      )}
      <RegisterSearch key={registerSearchHref(search)} search={search} defaultUnit={own?.code ?? ""} />
    </>
  );
}
