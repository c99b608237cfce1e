"use client";
// Which findings a form shows now: the browser's checks for the fields the user has
// changed (all of them once they tried to save), and the API's findings of the last save
// for the fields still holding the value that was sent.
import { useState } from "react";
import type { ValidationIssue } from "@danso/domain";
import { apiIssues } from "../../api-error";

/** `values`: the form's inputs by field name ("address", "members.0.fullName"). */
export function useShownIssues(values: Record<string, string>, checks: readonly ValidationIssue[]) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<{ issues: ValidationIssue[]; sent: Record<string, string> } | null>(null);
  const isTouched = (field: string) => attempted || [...touched].some((t) => field === t || field.startsWith(`${t}.`) || t.startsWith(`${field}.`));
  const shown = [
    ...checks.filter((i) => !i.field || isTouched(i.field)),
    ...(server?.issues.filter((i) => !i.field || !(i.field in values) || values[i.field] === server.sent[i.field]) ?? []),
  ];
  return {
    shown,
    touch: (field: string) => setTouched((old) => (old.has(field) ? old : new Set(old).add(field))),
    /** Before sending: shows every finding; true when nothing blocks the save. */
    attempt: () => {
      setAttempted(true);
      setServer(null);
      return !checks.some((i) => i.severity === "error");
    },
    /** After a refused save: keeps the API's findings beside the fields. */
    refused: (error: unknown) => {
      setServer({ issues: apiIssues(error), sent: { ...values } });
    },
  };
}

/** Focus the first input marked invalid (after a refused save), so the user lands on it. */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
}
