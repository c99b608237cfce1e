"use client";
// An action that asks first (resetting a password, deactivating an account): the question
// appears in place, with the focus on its confirm button; Cancel brings the focus back.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled }: {
  label: string; question: ReactNode; confirmLabel: string; onConfirm: () => void; disabled?: boolean;
}) {
  const layout = useTranslations("Layout");
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) return <button ref={openRef} type="button" className="btn-secondary" disabled={disabled} onClick={() => setAsking(true)}>{label}</button>;
  return (
    <div role="group" aria-label={label} className="basis-full rounded border-l-4 border-amber-600 bg-amber-50 p-3">
      <p>{question}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <button ref={confirmRef} type="button" className="btn" onClick={() => { setAsking(false); onConfirm(); }}>{confirmLabel}</button>
        <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>{layout("cancel")}</button>
      </div>
    </div>
  );
}
