// The dark blue band at the top of every page: product name, subtitle, language switcher
// and the main navigation. The product name is Vietnamese in every language (lang="vi").
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { viewerActions } from "../auth/viewer-actions";
import { NavLink } from "./nav-link";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const [t, actions] = await Promise.all([getTranslations("Layout"), viewerActions()]);
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
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4 sm:px-6">
          <li>
            <NavLink href="/">{t("home")}</NavLink>
          </li>
          {actions?.includes("stats.read") && (
            <li>
              <NavLink href="/bao-cao">{t("reports")}</NavLink>
            </li>
          )}
          {actions?.includes("stats.read") && (
            <li>
              <NavLink href="/ban-do">{t("map")}</NavLink>
            </li>
          )}
          {actions?.includes("stats.read") && (
            <li>
              <NavLink href="/du-bao">{t("projections")}</NavLink>
            </li>
          )}
          {actions?.includes("list.export") && (
            <li>
              <NavLink href="/danh-sach">{t("lists")}</NavLink>
            </li>
          )}
          {actions?.includes("audit.read") && (
            <li>
              <NavLink href="/nhat-ky">{t("audit")}</NavLink>
            </li>
          )}
          {actions?.includes("user.manage") && (
            <li>
              <NavLink href="/quan-tri/nguoi-dung">{t("users")}</NavLink>
            </li>
          )}
          <li>
            <NavLink href="/ban-do-cong-bo">{t("publicMap")}</NavLink>
          </li>
          <li>
            <NavLink href="/don-vi">{t("units")}</NavLink>
          </li>
          <li>
            <NavLink href="/xac-minh-bao-cao">{t("verify")}</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
