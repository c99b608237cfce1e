"use client";
// The question asked before a step that cannot be undone. A native modal <dialog>: the rest
// of the page is inert while it is open, Esc closes it like Cancel, and focus starts on
// Cancel (the safe answer) and goes back to the button that opened it.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: {
  title: string;
  /** What will happen, read out with the title when the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** Called however the dialog closes (Confirm, Cancel or Esc): the caller unmounts it. */
  onClose: () => void;
}) {
  const t = useTranslations("Layout");
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
      className="m-auto w-[32rem] max-w-[calc(100vw-2rem)] rounded border-t-4 border-accent bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/60"
    >
      <h2 id={`${id}-title`} className="text-xl font-bold text-brand-900">{title}</h2>
      <div id={`${id}-body`} className="mt-3 grid gap-2">{children}</div>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button ref={cancelRef} type="button" className="btn-secondary" onClick={() => dialogRef.current?.close()}>
          {t("cancel")}
        </button>
        <button type="button" className="btn" onClick={() => { onConfirm(); dialogRef.current?.close(); }}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
