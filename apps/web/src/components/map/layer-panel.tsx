"use client";
// A layer drawn: the units classified and coloured, on the map (or as bars when the level has
// no boundaries), with the legend, the PNG and CSV downloads and the table. Shared by the
// officials' map (live figures) and the public map (published figures).
import dynamic from "next/dynamic";
import { useCallback, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type L from "leaflet";
import { NO_DATA_COLOUR, SUPPRESSED_COLOUR, classColours, classOf, classify, defaultPalette, isDiverging, parseManualBreaks, referenceOf } from "@danso/domain";
import type { MapUnitFieldsFragment } from "../../generated/gql/graphql";
import type { Shapes } from "./choropleth-map";
import { mapToPng } from "./export-png";
import { MapLegend, OUTSIDE_COLOUR } from "./map-legend";
import { MapTable } from "./map-table";
import { usePeriodLabel } from "./map-fields";
import type { MapView } from "./map-view";

const ChoroplethMap = dynamic(() => import("./choropleth-map"), { ssr: false });
const alert = "mt-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900";

export type LayerUnit = MapUnitFieldsFragment;

export interface PanelLayer {
  within: { code: string; name: string };
  period: string;
  boundaries: string | null;
  outline: string | null;
  units: readonly LayerUnit[];
}

export interface LayerPanelProps {
  layer: PanelLayer;
  view: MapView;
  indicator: { name: string; nameEn: string; decimals: number; unitLabel: string; unitLabelEn: string } | undefined;
  /** Drill down into a unit (absent: the units are not links). */
  onDrill?: (code: string) => void;
  /** Where the figures come from, under the map and in the PNG. */
  source: string;
}

export function LayerPanel({ layer, view, indicator, onDrill, source }: LayerPanelProps) {
  const t = useTranslations("Map");
  const locale = useLocale();
  const periodLabel = usePeriodLabel();
  const unitLabel = (locale === "vi" ? indicator?.unitLabel : indicator?.unitLabelEn) ?? "";
  const title = indicator ? `${locale === "vi" ? indicator.name : indicator.nameEn} · ${layer.within.name} · ${periodLabel(layer.period)}` : "";
  const [mapError, setMapError] = useState(false);
  const leaflet = useRef<{ map: L.Map; shapes: Shapes }>(null);
  const reference = referenceOf(view.indicator);
  const palette = view.palette || defaultPalette(view.indicator);

  const classification = useMemo(() => {
    const values = layer.units.filter((u) => u.inScope).map((u) => u.value);
    const around = isDiverging(palette) ? reference : null;
    try {
      const manualBreaks = view.method === "MANUAL" ? parseManualBreaks(view.breaks) : undefined;
      return classify(values, { method: view.method, classes: view.classes, manualBreaks, reference: around });
    } catch {
      // Breaks not yet valid (the field says why): the default classes meanwhile.
      return classify(values, { method: "QUANTILE", classes: view.classes, reference: around });
    }
  }, [layer, view.method, view.breaks, view.classes, palette, reference]);
  const colours = useMemo(() => classColours(palette, classification.bounds, reference), [classification, palette, reference]);
  const classOfValue = useCallback((v: number | null) => classOf(classification.bounds, v), [classification]);

  const number = useCallback((v: number | null, decimals = indicator?.decimals ?? 0) =>
    v === null ? t("noValue") : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(v), [indicator, locale, t]);
  const fillOf = useCallback((u: LayerUnit) => {
    if (!u.inScope) return OUTSIDE_COLOUR;
    if (u.suppressed) return SUPPRESSED_COLOUR;
    const c = classOfValue(u.value);
    return c === null ? NO_DATA_COLOUR : colours[c]!;
  }, [classOfValue, colours]);

  const styles = useMemo(() => new Map(layer.units.map((u) => {
    const terms = u.numerator !== null && u.denominator !== null ? ` (${number(u.numerator, 0)} / ${number(u.denominator, 0)})` : "";
    const tooltip = !u.inScope ? `${u.name}: ${t("outsideScope")}` : u.suppressed ? `${u.name}: ${t("suppressed")}` : `${u.name}: ${number(u.value)} ${unitLabel}${terms}`;
    return [u.code, { fill: fillOf(u), tooltip, selectable: onDrill !== undefined && u.inScope, outside: !u.inScope }] as const;
  })), [layer, fillOf, number, unitLabel, onDrill, t]);
  const bubbles = useMemo(() => {
    const max = Math.max(0, ...layer.units.map((u) => u.bubble ?? 0));
    return new Map(layer.units.filter((u) => u.bubble !== null && max > 0).map((u) => [u.code, { radius: 4 + 22 * Math.sqrt(u.bubble! / max), label: `${u.name}: ${number(u.bubble, 0)}` }]));
  }, [layer, number]);

  const legendRows = classification.counts.map((count, i) => ({
    colour: colours[i]!, count,
    text: `${number(classification.bounds[i]!)} – ${i === classification.counts.length - 1 ? "" : "< "}${number(classification.bounds[i + 1]!)}`,
  }));
  const suppressed = layer.units.filter((u) => u.suppressed).length;
  const noData = layer.units.filter((u) => u.inScope && u.value === null && !u.suppressed).length;
  const outside = layer.units.filter((u) => !u.inScope).length;
  const fileName = `ban-do-${view.indicator}-${layer.within.code}-${layer.period}`;

  const downloadCsv = () => {
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const lines = [[t("csv.code"), t("csv.unit"), t("csv.value"), t("csv.numerator"), t("csv.denominator"), t("csv.class")].map(quote).join(",")];
    for (const u of layer.units) {
      const c = u.inScope ? classOfValue(u.value) : null;
      lines.push([quote(u.code), quote(u.name), u.value ?? "", u.numerator ?? "", u.denominator ?? "", c === null ? "" : c + 1].join(","));
    }
    save(new Blob([`\uFEFF# ${title}\r\n${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`);
  };
  const downloadPng = async () => {
    if (!leaflet.current) return;
    const rows = [...legendRows.map((r) => ({ colour: r.colour, text: `${r.text} (${r.count})` })), { colour: NO_DATA_COLOUR, text: `${t("noData")} (${noData})` },
      ...(suppressed ? [{ colour: SUPPRESSED_COLOUR, text: `${t("suppressed")} (${suppressed})` }] : [])];
    const byCode = new Map(layer.units.map((u) => [u.code, u]));
    const blob = await mapToPng(leaflet.current.map, leaflet.current.shapes, (code) => (byCode.get(code) ? fillOf(byCode.get(code)!) : "#ffffff"), title, rows, source);
    save(blob, `${fileName}.png`);
  };

  return (
    <>
      <div className="mt-2 grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div>
          <h2 className="mb-2 text-lg font-semibold text-brand-900">{title}</h2>
          {(layer.boundaries || layer.outline) && (
            <ChoroplethMap url={(layer.boundaries ?? layer.outline)!} only={layer.boundaries ? undefined : layer.within.code} styles={styles} bubbles={bubbles}
              label={t("mapLabel", { title })} onSelect={onDrill ?? (() => {})} onReady={(map, shapes) => { leaflet.current = { map, shapes }; }} onError={() => setMapError(true)} />
          )}
          {!layer.boundaries && <p className="mt-2 text-sm text-slate-700">{t("noBoundaries")}</p>}
          {mapError && <p role="alert" className={alert}>{t("boundariesFailed")}</p>}
          <p className="mt-1 text-xs text-slate-600">{source}</p>
        </div>
        <div>
          <MapLegend rows={legendRows} noData={noData} outside={outside} suppressed={suppressed} unitLabel={unitLabel} heading={t("legend")} />
          <div className="mt-4 flex flex-wrap gap-2">
            <button type="button" className="btn" onClick={() => void downloadPng()} disabled={!layer.boundaries && !layer.outline}>{t("downloadPng")}</button>
            <button type="button" className="btn" onClick={downloadCsv}>{t("downloadCsv")}</button>
          </div>
        </div>
      </div>
      <MapTable units={layer.units} fillOf={fillOf} format={number} classOf={classOfValue} bars={!layer.boundaries} onDrill={onDrill} unitLabel={unitLabel} />
    </>
  );
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
