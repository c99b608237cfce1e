"use client";
// One labelled input of a register form, with its errors and warnings under it: the input
// is marked invalid and described by its messages, so a screen reader reads them with it.
import type { ReactNode } from "react";
import type { FieldIssues } from "./field-issues";

export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

export const inputClass = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-2 aria-[invalid=true]:border-red-700";

export function FormField({ id, label, hint, issues, children }: {
  id: string;
  label: string;
  hint?: string;
  /** Shown only once the user has touched the field or tried to save. */
  issues?: FieldIssues;
  children: (props: ControlProps) => ReactNode;
}) {
  const errors = issues?.errors ?? [];
  const warnings = issues?.warnings ?? [];
  const described = [hint && `${id}-hint`, errors.length && `${id}-errors`, warnings.length && `${id}-warnings`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-700">{hint}</p>}
      {children({ id, ...(errors.length ? { "aria-invalid": true } : {}), ...(described ? { "aria-describedby": described } : {}) })}
      {errors.length > 0 && (
        <ul id={`${id}-errors`} className="mt-1 text-sm font-semibold text-red-800">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul id={`${id}-warnings`} className="mt-1 text-sm text-amber-900">
          {warnings.map((w) => <li key={w}>{w}</li>)}
        </ul>
      )}
    </div>
  );
}
