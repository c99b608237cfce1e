// The map's legend: each class with its range and how many units it holds, then the units
// with no value, those withheld from the public and those outside the viewer's scope.
import { useTranslations } from "next-intl";
import { NO_DATA_COLOUR, SUPPRESSED_COLOUR } from "@danso/domain";

export const OUTSIDE_COLOUR = "#f8fafc";

export interface LegendRow {
  colour: string;
  text: string;
  count: number;
}

export function MapLegend({ rows, noData, outside, suppressed, unitLabel, heading }: { rows: LegendRow[]; noData: number; outside: number; suppressed: number; unitLabel: string; heading: string }) {
  const t = useTranslations("Map");
  return (
    <section aria-labelledby="legend-heading" className="rounded border border-slate-300 bg-white p-3" data-testid="legend">
      <h2 id="legend-heading" className="font-semibold text-brand-900">{heading}{unitLabel && ` (${unitLabel})`}</h2>
      <ul className="mt-2 grid gap-1 text-sm">
        {rows.map((r, i) => (
          <li key={i} className="flex items-center gap-2" data-testid="legend-class">
            <Swatch colour={r.colour} />
            <span className="tabular-nums">{r.text}</span>
            <span className="ml-auto tabular-nums text-slate-700">{t("units", { count: r.count })}</span>
          </li>
        ))}
        <OtherRow colour={NO_DATA_COLOUR} label={t("noData")} count={t("units", { count: noData })} testId="legend-no-data" />
        {suppressed > 0 && <OtherRow colour={SUPPRESSED_COLOUR} label={t("suppressed")} count={t("units", { count: suppressed })} testId="legend-suppressed" />}
        {outside > 0 && <OtherRow colour={OUTSIDE_COLOUR} dashed label={t("outsideScope")} count={t("units", { count: outside })} />}
      </ul>
    </section>
  );
}

function Swatch({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return <span aria-hidden="true" className={`inline-block h-4 w-7 shrink-0 border border-slate-500 ${dashed ? "border-dashed" : ""}`} style={{ background: colour }} />;
}

/** A row for units outside the classes: no data, withheld, outside the scope. */
function OtherRow({ colour, dashed, label, count, testId }: { colour: string; dashed?: boolean; label: string; count: string; testId?: string }) {
  return (
    <li className="flex items-center gap-2">
      <Swatch colour={colour} dashed={dashed} />
      <span>{label}</span>
      <span className="ml-auto tabular-nums text-slate-700" data-testid={testId}>{count}</span>
    </li>
  );
}
