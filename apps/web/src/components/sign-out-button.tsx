"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("Layout");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded border border-white/70 px-3 py-1 text-sm font-semibold hover:bg-white/15">
      {t("signOut")}
    </button>
  );
}
