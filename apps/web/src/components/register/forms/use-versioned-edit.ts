"use client";
// The state of a correction form: the values as read (`base`) and their version, the
// values typed, and what happens on save. A save sends only the changed fields with the
// base; when someone saved the record meanwhile the API refuses it, the record is read
// again and the conflict is kept for the user to decide (keep mine / take theirs).
import { useState, type FormEvent } from "react";
import { focusFirstInvalid } from "./use-shown-issues";
import { versionConflict, type Conflict } from "./version-conflict";

export type Values<F extends string> = Record<F, string>;

export function changedFields<F extends string>(base: Values<F>, values: Values<F>): F[] {
  return (Object.keys(values) as F[]).filter((f) => values[f].trim() !== base[f].trim());
}

/** A blank optional field is sent as null ("clear it"). */
const sent = (v: string) => (v.trim() === "" ? null : v.trim());
export const asInput = <F extends string>(values: Values<F>, fields: readonly F[]) => Object.fromEntries(fields.map((f) => [f, sent(values[f])]));

export function useVersionedEdit<F extends string>({ initial, version: initialVersion, save, reload, onSaved, onRefused }: {
  initial: Values<F>;
  version: number;
  save: (version: number, base: Record<string, string | null>, changes: Record<string, string | null>) => Promise<unknown>;
  /** The record as it is now (after a conflict). */
  reload: () => Promise<Values<F> | null>;
  onSaved: () => void;
  /** Any other refusal (bad input, permission): also kept in `error`. */
  onRefused: (error: unknown) => void;
}) {
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(initialVersion);
  const [values, setValues] = useState(initial);
  const [conflict, setConflict] = useState<{ conflict: Conflict; now: Values<F> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function send(v: number, b: Values<F>, typed: Values<F>) {
    const changed = changedFields(b, typed);
    setBusy(true);
    setError(null);
    try {
      await save(v, asInput(b, Object.keys(b) as F[]), asInput(typed, changed));
      onSaved();
    } catch (e) {
      const c = versionConflict(e);
      const now = c ? await reload() : null;
      if (c && now) setConflict({ conflict: c, now });
      else {
        setError(e);
        onRefused(e);
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    base, values, conflict, error, busy,
    changed: changedFields(base, values),
    set: (field: F, value: string) => setValues((old) => ({ ...old, [field]: value })),
    /** The form's submit: nothing when nothing changed; the user's checks first (`attempt`). */
    onSubmit: (attempt: () => boolean) => (e: FormEvent) => {
      e.preventDefault();
      if (changedFields(base, values).length === 0) return;
      if (attempt()) void send(version, base, values);
      else focusFirstInvalid();
    },
    /** Save the typed values over the version saved meanwhile. */
    keepMine: () => {
      if (!conflict) return;
      const { now, conflict: c } = conflict;
      // Only the fields the user changed are theirs; the others take the new values.
      const typed = { ...now, ...Object.fromEntries(changedFields(base, values).map((f) => [f, values[f]])) } as Values<F>;
      setBase(now);
      setVersion(c.currentVersion);
      setValues(typed);
      setConflict(null);
      return send(c.currentVersion, now, typed);
    },
    /** Drop the typed values and start again from the version saved meanwhile. */
    takeTheirs: () => {
      if (!conflict) return;
      setBase(conflict.now);
      setValues(conflict.now);
      setVersion(conflict.conflict.currentVersion);
      setConflict(null);
    },
  };
}

export type VersionedEdit<F extends string> = ReturnType<typeof useVersionedEdit<F>>;
