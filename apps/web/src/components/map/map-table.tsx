"use client";
// The layer's figures as a table: the accessible alternative to the map (sortable, every
// drill-down reachable by keyboard), and the bar chart of the communes where a level has
// no boundaries to draw. On a phone the terms are left to the tooltip and the CSV.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { LayerUnit as Unit } from "./layer-panel";
type SortKey = "name" | "value";

export interface MapTableProps {
  units: readonly Unit[];
  fillOf(u: Unit): string;
  format(v: number | null, decimals?: number): string;
  classOf(v: number | null): number | null;
  bars: boolean;
  onDrill?: (code: string) => void;
  unitLabel: string;
}

export function MapTable({ units, fillOf, format, classOf, bars, onDrill, unitLabel }: MapTableProps) {
  const t = useTranslations("Map");
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: bars ? "value" : "name", descending: bars });
  const sorted = [...units].sort((a, b) => {
    const d = sort.key === "name" ? a.name.localeCompare(b.name, "vi") : (a.value ?? -Infinity) - (b.value ?? -Infinity);
    return sort.descending ? -d : d;
  });
  const max = Math.max(0, ...units.map((u) => Math.abs(u.value ?? 0)));
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"} className="px-2 py-2 text-left">
      <button type="button" className="font-semibold underline" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === "value" }))}>{label}</button>
    </th>
  );
  return (
    <section aria-labelledby="map-table-heading" className="mt-6">
      <h2 id="map-table-heading" className="text-lg font-semibold text-brand-900">{bars ? t("tableBars") : t("table")}</h2>
      <div className="mt-2 max-h-[32rem] overflow-auto rounded border border-slate-300" tabIndex={0} role="region" aria-labelledby="map-table-heading">
        <table className="w-full text-sm" data-testid="map-table">
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              {header("name", t("csv.unit"))}
              {header("value", `${t("csv.value")}${unitLabel ? ` (${unitLabel})` : ""}`)}
              <th scope="col" className="hidden px-2 py-2 text-right sm:table-cell">{t("csv.numerator")}</th>
              <th scope="col" className="hidden px-2 py-2 text-right sm:table-cell">{t("csv.denominator")}</th>
              <th scope="col" className="px-2 py-2 text-left">{t("csv.class")}</th>
              {onDrill && <th scope="col" className="px-2 py-2"><span className="sr-only">{t("drill")}</span></th>}
            </tr>
          </thead>
          <tbody>
            {sorted.map((u) => {
              const c = u.inScope ? classOf(u.value) : null;
              return (
                <tr key={u.code} className="border-t border-slate-200" data-code={u.code}>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">{t("unitWithCode", { name: u.name, code: u.code })}</th>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {bars && u.inScope && u.value !== null && max > 0 && (
                      <span aria-hidden="true" className="float-left mt-1 inline-block h-3" style={{ width: `${(Math.abs(u.value) / max) * 6}rem`, background: fillOf(u) }} />
                    )}
                    {!u.inScope ? t("outsideScope") : u.suppressed ? t("suppressed") : format(u.value)}{u.estimated && <abbr title={t("estimated")}>{t("estimatedMark")}</abbr>}
                  </td>
                  <td className="hidden px-2 py-1.5 text-right tabular-nums sm:table-cell">{u.numerator === null ? "" : format(u.numerator, 0)}</td>
                  <td className="hidden px-2 py-1.5 text-right tabular-nums sm:table-cell">{u.denominator === null ? "" : format(u.denominator, 0)}</td>
                  <td className="px-2 py-1.5">
                    <span aria-hidden="true" className="mr-1 inline-block h-3 w-5 border border-slate-500 align-middle" style={{ background: fillOf(u) }} />
                    {c === null ? (u.inScope && !u.suppressed ? t("noData") : "") : t("classN", { n: c + 1 })}
                  </td>
                  {onDrill && (
                    <td className="px-2 py-1.5">
                      {u.inScope && (
                        <button type="button" className="text-brand-700 underline" onClick={() => onDrill(u.code)}>
                          {t("drill")}<span className="sr-only">{t("drillInto", { name: u.name })}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
