"use client";
// A failure or refusal the user must read: announced at once (role="alert"), red rule on
// the left. ApiAlert says what the API answered, in the page's language.
import type { ReactNode } from "react";
import { useLocale } from "next-intl";
import { apiErrorText } from "./api-error";

export function Alert({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <p role="alert" className={`rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900 ${className}`}>{children}</p>;
}

export function ApiAlert({ error, className }: { error: unknown; className?: string }) {
  const en = useLocale() === "en";
  return <Alert className={className}>{apiErrorText(error, en)}</Alert>;
}
