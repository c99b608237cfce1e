// Who is signed in (with a link to their account) or a sign-in link.
import Link from "next/link";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { authOptions } from "../auth/options";
import { SignOutButton } from "./sign-out-button";

export async function UserMenu() {
  const [t, session] = await Promise.all([getTranslations("Layout"), getServerSession(authOptions)]);
  if (!session?.user) {
    return (
      <Link href="/dang-nhap" className="rounded border border-white/70 px-3 py-1 text-sm font-semibold hover:bg-white/15">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3">
      <Link href="/tai-khoan" className="text-sm font-semibold underline-offset-4 hover:underline">
        {session.user.name}
      </Link>
      <SignOutButton />
    </div>
  );
}
