"use client";
// The foot of a register form: save (saying when there is nothing to save) and cancel.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function EditButtons({ busy, nothingChanged = false, cancelHref, saveLabel }: { busy: boolean; nothingChanged?: boolean; cancelHref: string; saveLabel?: string }) {
  const f = useTranslations("RegisterForm");
  const layout = useTranslations("Layout");
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4">
      <button type="submit" disabled={busy} aria-describedby={nothingChanged ? "nothing-changed" : undefined}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {busy ? f("saving") : (saveLabel ?? f("save"))}
      </button>
      <Link href={cancelHref} className="underline">{layout("cancel")}</Link>
      {nothingChanged && <p id="nothing-changed" className="text-sm text-slate-700">{f("nothingChanged")}</p>}
    </div>
  );
}
