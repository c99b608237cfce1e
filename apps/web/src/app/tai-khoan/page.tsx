// The signed-in user's account page; anonymous visitors are sent to sign in.
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { authOptions } from "../../auth/options";
import { AccountPanel } from "../../components/account-panel";

export default async function AccountPage() {
  const session = await getServerSession(authOptions);
  if (!session) redirect("/dang-nhap?callbackUrl=/tai-khoan");
  const t = await getTranslations("Account");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <AccountPanel />
    </>
  );
}
