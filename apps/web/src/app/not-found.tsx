// The page for an address that names nothing, in the chosen language (Next's own 404 page
// is English whatever the language). It sits in the root layout, so the header, language
// switch and navigation stay at hand.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 max-w-2xl">{t("text")}</p>
      <p className="mt-4">
        <Link href="/" className="underline hover:text-brand-700">{t("home")}</Link>
      </p>
    </>
  );
}
