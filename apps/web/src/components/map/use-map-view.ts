"use client";
// The map's view held in state, read once from the URL and written back to it on every
// change: changes made in quick succession build on each other, not on a URL not yet updated.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { readView, writeView, type MapView } from "./map-view";

/** `initial`: values for what the URL does not say (the public map opens on the population). */
export function useMapView(lastYear: number, initial: Partial<MapView> = {}): [MapView, (change: Partial<MapView>) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [view, setViewState] = useState(() => {
    const query = new URLSearchParams(params.toString());
    const given = Object.fromEntries(Object.entries(initial).filter(([k]) => !query.has(k)));
    return { ...readView(query, lastYear), ...given };
  });
  const setView = useCallback((change: Partial<MapView>) => setViewState((v) => ({ ...v, ...change })), []);
  useEffect(() => {
    const query = writeView(view, lastYear);
    if (query !== window.location.search.slice(1)) router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [view, lastYear, router, pathname]);
  return [view, setView];
}
