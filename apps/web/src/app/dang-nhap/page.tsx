// Sign-in page for officials and collaborators.
import { getTranslations } from "next-intl/server";
import { SignInForm } from "../../components/sign-in-form";

/** Only local paths are followed after sign-in (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/tai-khoan";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations("SignIn"), searchParams]);
  // next-auth's codes become messages; anything else is already the API's message.
  const codes: Record<string, string> = { CredentialsSignin: t("failed"), PasswordChangeRequired: t("oneTimeCode") };
  const error = typeof params.error === "string" ? (codes[params.error] ?? params.error) : params.error ? t("failed") : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <SignInForm callbackUrl={safeCallback(params.callbackUrl)} initialError={error} />
    </>
  );
}
