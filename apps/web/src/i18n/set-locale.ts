"use server";
// Server action behind the language switcher. A plain form post, so it works without
// JavaScript too; setting a cookie in an action makes Next re-render the current page.
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locales";

export async function setLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (typeof locale !== "string" || !isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}
