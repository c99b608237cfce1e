"use client";
// A main-navigation link that marks itself as the current page.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className="inline-block py-2 font-semibold decoration-accent decoration-2 underline-offset-8 hover:underline aria-[current=page]:underline">
      {children}
    </Link>
  );
}
