"use client";
// The sign-in form. Errors (wrong password, too many attempts) come back from the API
// package in Vietnamese and are announced to screen readers (role="alert").
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("SignIn");
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { login: form.get("login"), password: form.get("password"), redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("failed"));
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 grid max-w-sm gap-4" noValidate>
      {error && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <label className="grid gap-1 font-semibold">
        {t("login")}
        <input name="login" autoComplete="username" required className="rounded border border-slate-500 px-3 py-2 font-normal" />
      </label>
      <label className="grid gap-1 font-semibold">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required className="rounded border border-slate-500 px-3 py-2 font-normal" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
