// The dark blue band at the top of every page: product name, subtitle, language switcher
// and the main navigation. The product name is Vietnamese in every language (lang="vi").
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Action } from "@danso/api";
import { viewerActions } from "../auth/viewer-actions";
import { MobileMenu } from "./mobile-menu";
import { NavLink } from "./nav-link";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

/** The main pages; `needs`: the action the page's API reads with (reports, map and
 * projections and the workspace home: stats.read; lists: list.export; the register
 * search: register.read; the verification queue: event.verify; the audit log: audit.read; user administration:
 * user.manage), so a link is offered only to a role that
 * the page would not answer with a permission error. The others are public. */
const NAV_LINKS: { href: string; label: "home" | "workspace" | "register" | "verifyChanges" | "reports" | "map" | "projections" | "lists" | "audit" | "users" | "publicMap" | "units" | "verify"; needs?: Action }[] = [
  { href: "/", label: "home" },
  { href: "/lam-viec", label: "workspace", needs: "stats.read" },
  { href: "/so-ho", label: "register", needs: "register.read" },
  { href: "/xac-minh-bien-dong", label: "verifyChanges", needs: "event.verify" },
  { href: "/bao-cao", label: "reports", needs: "stats.read" },
  { href: "/ban-do", label: "map", needs: "stats.read" },
  { href: "/du-bao", label: "projections", needs: "stats.read" },
  { href: "/danh-sach", label: "lists", needs: "list.export" },
  { href: "/nhat-ky", label: "audit", needs: "audit.read" },
  { href: "/quan-tri/nguoi-dung", label: "users", needs: "user.manage" },
  { href: "/ban-do-cong-bo", label: "publicMap" },
  { href: "/don-vi", label: "units" },
  { href: "/xac-minh-bao-cao", label: "verify" },
];

export async function SiteHeader() {
  const [t, actions] = await Promise.all([getTranslations("Layout"), viewerActions()]);
  const links = NAV_LINKS.filter((l) => !l.needs || actions?.includes(l.needs)).map((l) => (
    <li key={l.href}>
      <NavLink href={l.href}>{t(l.label)}</NavLink>
    </li>
  ));
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
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <MobileMenu label={t("menu")}>
            <ul className="grid grid-cols-2 gap-x-4 pb-2">{links}</ul>
          </MobileMenu>
          <ul className="hidden flex-wrap gap-x-6 sm:flex">{links}</ul>
        </div>
      </nav>
    </header>
  );
}
