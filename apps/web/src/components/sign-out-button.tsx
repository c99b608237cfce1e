"use client";
// next-auth's own redirect after sign-out goes to NEXTAUTH_URL's host, which is not the one
// the user is on behind another name or proxy; so the session is ended without a redirect
// and the browser loads "/" of the address it is on (a full load: the menus and Apollo's
// cache of the previous user are gone).
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("Layout");
  async function leave() {
    await signOut({ redirect: false });
    window.location.assign(new URL("/", window.location.origin));
  }
  return (
    <button type="button" onClick={() => void leave()} className="rounded border border-white/70 px-3 py-1 text-sm font-semibold hover:bg-white/15">
      {t("signOut")}
    </button>
  );
}
