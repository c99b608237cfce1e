"use client";
// An edit refused because someone saved the record after it was read: who changed it and
// when, and field by field what was read, what it holds now and what the user typed. The
// user decides: save their values over the new version, or take the new version and drop
// theirs. Nothing is overwritten without that choice.
import { useEffect, useRef } from "react";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useTranslations } from "next-intl";
import { useMoment } from "../../use-day";
import type { VersionedEdit } from "./use-versioned-edit";

export interface Conflict {
  changedFields: string[];
  changedBy: string | null;
  changedAt: string;
  currentVersion: number;
}

/** The version conflict an edit's error reports, if it is one. */
export function versionConflict(error: unknown): Conflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => x.extensions?.code === "CONFLICT");
  const d = e?.extensions?.details as { kind?: string; changedFields?: string[]; changedBy?: { fullName: string } | null; changedAt?: string; currentVersion?: number } | undefined;
  if (d?.kind !== "VERSION" || typeof d.currentVersion !== "number" || !d.changedAt) return null;
  return { changedFields: d.changedFields ?? [], changedBy: d.changedBy?.fullName ?? null, changedAt: d.changedAt, currentVersion: d.currentVersion };
}

/** Shown while `edit` holds a conflict: the fields that differ between what was read, what
 * the record holds now and what was typed, each named and shown by the form. */
export function VersionConflict<F extends string>({ edit, fields, name, show }: {
  edit: VersionedEdit<F>;
  fields: readonly F[];
  name: (field: F) => string;
  show: (field: F, value: string) => string;
}) {
  const t = useTranslations("RegisterForm");
  const moment = useMoment();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [edit.conflict]);
  if (!edit.conflict) return null;
  const { conflict, now } = edit.conflict;
  const rows = fields.filter((k) => now[k] !== edit.base[k] || edit.values[k] !== edit.base[k])
    .map((k) => ({ field: k, label: name(k), read: show(k, edit.base[k]), now: show(k, now[k]), mine: show(k, edit.values[k]) }));
  const at = moment(conflict.changedAt);
  const cell = "px-2 py-1.5 align-top";
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="mt-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-900" data-testid="conflict">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-bold">{t("conflictTitle")}</h2>
      <p className="mt-1">{t("conflictLine", { who: conflict.changedBy ?? t("someoneElse"), at })}</p>
      <div className="mt-3 overflow-x-auto" role="region" aria-label={t("conflictTable")} tabIndex={0}>
        <table className="w-full border-collapse bg-white text-left">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={cell}>{t("field")}</th>
              <th scope="col" className={cell}>{t("youRead")}</th>
              <th scope="col" className={cell}>{t("nowHolds")}</th>
              <th scope="col" className={cell}>{t("youTyped")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className="border-t border-slate-200" data-field={r.field} data-changed={conflict.changedFields.includes(r.field) || undefined}>
                <th scope="row" className={cell}>{r.label}</th>
                <td className={cell}>{r.read}</td>
                <td className={`${cell} ${conflict.changedFields.includes(r.field) ? "font-bold" : ""}`}>{r.now}</td>
                <td className={cell}>{r.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={() => void edit.keepMine()} disabled={edit.busy} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">{t("keepMine")}</button>
        <button type="button" onClick={edit.takeTheirs} disabled={edit.busy} className="rounded border border-slate-500 bg-white px-4 py-2 font-semibold hover:bg-slate-100">{t("takeTheirs")}</button>
      </div>
    </section>
  );
}
