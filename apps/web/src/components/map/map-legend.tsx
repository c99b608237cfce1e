// The map's legend: each class with its range and how many units it holds, then the units
// with no value, those withheld from the public and those outside the viewer's scope.
import { useTranslations } from "next-intl";
import { NO_DATA_COLOUR } from "@danso/domain";

export const OUTSIDE_COLOUR = "#f8fafc";

export interface LegendRow {
  colour: string;
  text: string;
  count: number;
}

export function MapLegend({ rows, noData, outside, suppressed, unitLabel, heading }: { rows: LegendRow[]; noData: number; outside: number; suppressed: number; unitLabel: string; heading: string }) {
  const t = useTranslations("Map");
  const swatch = (colour: string, dashed = false) => (
    <span aria-hidden="true" className={`inline-block h-4 w-7 shrink-0 border ${dashed ? "border-dashed border-slate-500" : "border-slate-500"}`} style={{ background: colour }} />
  );
  return (
    <section aria-labelledby="legend-heading" className="rounded border border-slate-300 bg-white p-3" data-testid="legend">
      <h2 id="legend-heading" className="font-semibold text-brand-900">{heading}{unitLabel && ` (${unitLabel})`}</h2>
      <ul className="mt-2 grid gap-1 text-sm">
        {rows.map((r, i) => (
          <li key={i} className="flex items-center gap-2" data-testid="legend-class">
            {swatch(r.colour)}
            <span className="tabular-nums">{r.text}</span>
            <span className="ml-auto tabular-nums text-slate-700">{t("units", { count: r.count })}</span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          {swatch(NO_DATA_COLOUR)}
          <span>{t("noData")}</span>
          <span className="ml-auto tabular-nums text-slate-700" data-testid="legend-no-data">{t("units", { count: noData })}</span>
        </li>
        {suppressed > 0 && (
          <li className="flex items-center gap-2">
            {swatch(NO_DATA_COLOUR)}
            <span>{t("suppressed")}</span>
            <span className="ml-auto tabular-nums text-slate-700" data-testid="legend-suppressed">{t("units", { count: suppressed })}</span>
          </li>
        )}
        {outside > 0 && (
          <li className="flex items-center gap-2">
            {swatch(OUTSIDE_COLOUR, true)}
            <span>{t("outsideScope")}</span>
            <span className="ml-auto tabular-nums text-slate-700">{t("units", { count: outside })}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
