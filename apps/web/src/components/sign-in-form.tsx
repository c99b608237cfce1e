"use client";
// The sign-in form. Errors (wrong password, too many attempts) come back from the API
// package in the page's language and are announced to screen readers (role="alert"). When the
// password is an administrator's one-time code, the form asks for the user's own new
// password and sends it with the code: the code alone never opens a session.
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

/** next-auth's error when the password was a one-time code (auth/sign-in.ts). */
const PASSWORD_CHANGE_ERROR = "PasswordChangeRequired";

const field = "rounded border border-slate-500 px-3 py-2 font-normal";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("SignIn");
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  // The login and code of the first step, while the user chooses their password.
  const [code, setCode] = useState<{ login: string; password: string } | null>(null);
  const newPasswordRef = useRef<HTMLInputElement>(null);

  async function send(credentials: Record<string, string>) {
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { ...credentials, redirect: false });
    setPending(false);
    if (result?.error === PASSWORD_CHANGE_ERROR) {
      setCode({ login: credentials.login ?? "", password: credentials.password ?? "" });
      setTimeout(() => newPasswordRef.current?.focus());
      return;
    }
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("failed"));
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    if (!code) return send({ login: value("login"), password: value("password") });
    if (value("newPassword") !== value("confirmPassword")) return setError(t("mismatch"));
    return send({ ...code, newPassword: value("newPassword") });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 grid max-w-sm gap-4" noValidate>
      {error && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {code ? (
        <>
          <p role="status" className="rounded border-l-4 border-brand-700 bg-slate-50 p-3">
            {t("oneTimeCode")}
          </p>
          <p className="font-semibold">{t("account", { login: code.login })}</p>
          <label className="grid gap-1 font-semibold">
            {t("newPassword")}
            <input ref={newPasswordRef} name="newPassword" type="password" autoComplete="new-password" required aria-describedby="new-password-hint" className={field} />
          </label>
          <p id="new-password-hint" className="-mt-3 text-sm text-slate-700">
            {t("newPasswordHint")}
          </p>
          <label className="grid gap-1 font-semibold">
            {t("confirmPassword")}
            <input name="confirmPassword" type="password" autoComplete="new-password" required className={field} />
          </label>
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
            {pending ? t("pending") : t("choose")}
          </button>
          <button type="button" onClick={() => {
              setCode(null);
              setError(undefined);
            }} className="justify-self-start underline underline-offset-4">
            {t("back")}
          </button>
        </>
      ) : (
        <>
          <label className="grid gap-1 font-semibold">
            {t("login")}
            <input name="login" autoComplete="username" required className={field} />
          </label>
          <label className="grid gap-1 font-semibold">
            {t("password")}
            <input name="password" type="password" autoComplete="current-password" required className={field} />
          </label>
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
            {pending ? t("pending") : t("submit")}
          </button>
        </>
      )}
    </form>
  );
}
