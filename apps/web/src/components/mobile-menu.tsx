"use client";
// On a phone the main navigation folds under one "Menu" button (a native disclosure, so it
// works with the keyboard and screen readers); it folds again once a page is chosen.
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";

export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);
  return (
    <details ref={details} className="group sm:hidden">
      <summary className="cursor-pointer list-none py-2 font-semibold marker:hidden">
        <svg aria-hidden="true" viewBox="0 0 12 12" className="mr-2 inline-block h-3 w-3 transition-transform group-open:rotate-90">
          <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {label}
      </summary>
      {children}
    </details>
  );
}
