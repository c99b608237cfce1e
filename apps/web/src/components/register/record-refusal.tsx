"use client";
// What a register sheet shows when its record cannot be read: refused (outside the viewer's
// scope), not found, or another failure. Never any of the record's data.
import Link from "next/link";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useTranslations } from "next-intl";

/** The error of the sheet's own record (its root field), not of a nested one. */
export function rootFailure(error: unknown, field: string): "FORBIDDEN" | "OTHER" | null {
  if (!error) return null;
  if (!CombinedGraphQLErrors.is(error)) return "OTHER";
  const own = error.errors.filter((e) => e.path?.length === 1 && e.path[0] === field);
  if (own.length === 0) return null;
  return own.some((e) => e.extensions?.code === "FORBIDDEN") ? "FORBIDDEN" : "OTHER";
}

export function RecordRefusal({ kind, message }: { kind: "FORBIDDEN" | "NOT_FOUND" | "OTHER"; message?: string }) {
  const t = useTranslations("Register");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t(kind === "FORBIDDEN" ? "refusedTitle" : kind === "NOT_FOUND" ? "notFoundTitle" : "failedTitle")}</h1>
      <p role="alert" className="mt-4 max-w-3xl rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
        {kind === "FORBIDDEN" ? t("refused") : kind === "NOT_FOUND" ? t("notFound") : (message ?? t("failedTitle"))}
      </p>
      <p className="mt-4"><Link href="/so-ho" className="underline">{t("backToSearch")}</Link></p>
    </>
  );
}
