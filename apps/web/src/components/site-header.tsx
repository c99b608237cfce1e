// The dark blue band at the top of every page: product name, subtitle, language switcher
// and the main navigation. The product name is Vietnamese in every language (lang="vi").
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="border-b-4 border-accent bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <div>
          <Link href="/" lang="vi" className="text-3xl font-bold tracking-tight hover:underline">
            {t("productName")}
          </Link>
          <p className="text-sm text-blue-100 sm:text-base">{t("subtitle")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <UserMenu />
          <LanguageSwitcher />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="bg-brand-700">
        <ul className="mx-auto flex max-w-6xl gap-6 px-4 sm:px-6">
          {/* The home page is the only page so far; later pages mark their own link. */}
          <li>
            <Link href="/" aria-current="page" className="inline-block py-2 font-semibold decoration-accent decoration-2 underline-offset-8 hover:underline aria-[current=page]:underline">
              {t("home")}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
