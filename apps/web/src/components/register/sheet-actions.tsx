"use client";
// Under a sheet's title: "saved" after a form brought the user back, and the forms that
// the user may open from here (offered only to those who write the register).
import Link from "next/link";
import { useTranslations } from "next-intl";

export function SheetActions({ saved, links }: { saved: boolean; links: { href: string; label: string }[] }) {
  const f = useTranslations("RegisterForm");
  return (
    <>
      {saved && <p role="status" className="mt-3 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{f("saved")}</p>}
      {links.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-3">
          {links.map((l) => (
            <li key={l.href}><Link href={l.href} className="inline-block rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-900 hover:bg-slate-100">{l.label}</Link></li>
          ))}
        </ul>
      )}
    </>
  );
}
