"use client";
// What a register sheet shows when its record cannot be read: refused (outside the viewer's
// scope), not found, or another failure. Never any of the record's data.
import Link from "next/link";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "../alert";
import { apiErrorText } from "../api-error";

/** The error of the sheet's own record (its root field), not of a nested one. */
export function rootFailure(error: unknown, field: string): "FORBIDDEN" | "OTHER" | null {
  if (!error) return null;
  if (!CombinedGraphQLErrors.is(error)) return "OTHER";
  const own = error.errors.filter((e) => e.path?.length === 1 && e.path[0] === field);
  if (own.length === 0) return null;
  return own.some((e) => e.extensions?.code === "FORBIDDEN") ? "FORBIDDEN" : "OTHER";
}

export function RecordRefusal({ kind, error }: { kind: "FORBIDDEN" | "NOT_FOUND" | "OTHER"; error?: unknown }) {
  const t = useTranslations("Register");
  const en = useLocale() === "en";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t(kind === "FORBIDDEN" ? "refusedTitle" : kind === "NOT_FOUND" ? "notFoundTitle" : "failedTitle")}</h1>
      <Alert className="mt-4 max-w-3xl">
        {kind === "FORBIDDEN" ? t("refused") : kind === "NOT_FOUND" ? t("notFound") : error ? apiErrorText(error, en) : t("failedTitle")}
      </Alert>
      <p className="mt-4"><Link href="/so-ho" className="underline">{t("backToSearch")}</Link></p>
    </>
  );
}
