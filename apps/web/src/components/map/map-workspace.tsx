"use client";
// The electronic population map for officials: an indicator of the catalogue for a period,
// over the units of a level under a unit, classified and coloured; drill down by clicking a
// unit (or from the table), back up by the breadcrumbs. The URL holds the view.
import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import type L from "leaflet";
import {
  BUBBLE_INDICATORS, CLASS_METHODS, DIVERGING_PALETTES, MAX_CLASSES, MIN_CLASSES, NO_DATA_COLOUR, REORGANISATION_2025, SEQUENTIAL_PALETTES,
  classColours, classOf, classify, defaultPalette, isDiverging, parseManualBreaks, parsePeriod, referenceOf, type Classification, type PeriodKind,
} from "@danso/domain";
import type { MapLayerQuery as LayerData } from "../../generated/gql/graphql";
import type { Shapes } from "./choropleth-map";
import { mapToPng } from "./export-png";
import { BoundaryImport } from "./boundary-import";
import { MapLegend, OUTSIDE_COLOUR } from "./map-legend";
import { MapTable } from "./map-table";
import { readView, writeView, type MapView } from "./map-view";
import { kindOf, periodsOf } from "./periods";
import { MapLayerQuery, MapStartQuery } from "./queries";

const ChoroplethMap = dynamic(() => import("./choropleth-map"), { ssr: false });
const noSubscription = () => () => {};
const alert = "mt-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900";
const field = "grid gap-1 font-semibold";
const input = "w-full rounded border border-slate-500 px-2 py-1.5 font-normal";

const treeOfPeriod = (code: string) => (parsePeriod(code).end < REORGANISATION_2025 ? "2025-03" : "2025-07");
/** The level a click on a unit of `level` opens: communes under a province of today's tree. */
const levelBelow = (level: number, tree: string) => (tree === "2025-07" && level === 1 ? 3 : level + 1);

export type Layer = LayerData["mapLayer"];

export function MapWorkspace({ today }: { today: string }) {
  const t = useTranslations("Map");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const lastYear = Number(today.slice(0, 4)) - 1;
  // The view lives in state, read once from the URL and written back to it on every change:
  // changes made in quick succession build on each other, not on a URL not yet updated.
  const [view, setViewState] = useState(() => readView(new URLSearchParams(params.toString()), lastYear));
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const start = useQuery(MapStartQuery, { skip: !mounted });
  const [breaksError, setBreaksError] = useState<string>();
  const [mapError, setMapError] = useState(false);
  const leaflet = useRef<{ map: L.Map; shapes: Shapes }>(null);

  const setView = useCallback((change: Partial<MapView>) => setViewState((v) => ({ ...v, ...change })), []);
  useEffect(() => {
    const query = writeView(view, lastYear);
    if (query !== window.location.search.slice(1)) router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [view, lastYear, router, pathname]);

  // The unit drawn within: the one in the URL, or the viewer's own in the period's tree.
  const me = start.data?.me;
  const tree = treeOfPeriod(view.period);
  const own = me && (me.unit.level === 0 ? null : me.unit.tree.id === tree ? me.unit : null);
  const defaultWithin = !me ? null : me.unit.level === 0 || !own ? { code: "VN", level: 0 } : own.level === 3 ? { code: own.parent!.code, level: own.level - 1 } : { code: own.code, level: own.level };
  const within = view.within || defaultWithin?.code;
  const level = view.level || (defaultWithin ? levelBelow(defaultWithin.level, tree) : 1);
  const layerQuery = useQuery(MapLayerQuery, {
    variables: { indicator: view.indicator, period: view.period, within: within ?? "VN", level, bubble: view.bubble || null },
    skip: !me || !me.permissions.includes("stats.read"),
  });
  const layer = layerQuery.data?.mapLayer;
  const layerTree = layerQuery.previousData?.mapLayer.tree.id;
  const indicators = start.data?.indicators ?? [];
  const indicator = indicators.find((i) => i.code === view.indicator);

  const reference = referenceOf(view.indicator);
  const palette = view.palette || defaultPalette(view.indicator);
  const classification: Classification | null = useMemo(() => {
    if (!layer) return null;
    const values = layer.units.filter((u) => u.inScope).map((u) => u.value);
    try {
      const manualBreaks = view.method === "MANUAL" ? parseManualBreaks(view.breaks) : undefined;
      return classify(values, { method: view.method, classes: view.classes, manualBreaks, reference: isDiverging(palette) ? reference : null });
    } catch {
      return classify(values, { method: "QUANTILE", classes: view.classes, reference: isDiverging(palette) ? reference : null });
    }
  }, [layer, view.method, view.breaks, view.classes, palette, reference]);
  const colours = useMemo(() => (classification ? classColours(palette, classification.bounds, reference) : []), [classification, palette, reference]);

  const number = useCallback((v: number | null, decimals = indicator?.decimals ?? 0) =>
    v === null ? t("noValue") : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(v), [indicator, locale, t]);
  const fillOf = useCallback((u: Layer["units"][number]) => {
    if (!u.inScope) return OUTSIDE_COLOUR;
    const c = classification ? classOf(classification.bounds, u.value) : null;
    return c === null ? NO_DATA_COLOUR : colours[c]!;
  }, [classification, colours]);

  const drillable = layer ? layer.levelsBelow.some((l) => l > layer.level) : false;
  const drill = useCallback((code: string) => {
    if (!layer) return;
    setView({ within: code, level: levelBelow(layer.level, layer.tree.id) });
  }, [layer, setView]);

  const styles = useMemo(() => new Map((layer?.units ?? []).map((u) => {
    const terms = u.numerator !== null && u.denominator !== null ? ` (${number(u.numerator, 0)} / ${number(u.denominator, 0)})` : "";
    const tooltip = !u.inScope ? `${u.name}: ${t("outsideScope")}` : `${u.name}: ${number(u.value)} ${indicator?.unitLabel ?? ""}${terms}`;
    return [u.code, { fill: fillOf(u), tooltip, selectable: drillable && u.inScope, outside: !u.inScope }] as const;
  })), [layer, fillOf, number, indicator, drillable, t]);
  const bubbles = useMemo(() => {
    const max = Math.max(0, ...(layer?.units ?? []).map((u) => u.bubble ?? 0));
    return new Map((layer?.units ?? []).filter((u) => u.bubble !== null && max > 0).map((u) => [u.code, { radius: 4 + 22 * Math.sqrt(u.bubble! / max), label: `${u.name}: ${number(u.bubble, 0)}` }]));
  }, [layer, number]);

  if (!mounted || (!start.data && !start.error)) return <p aria-live="polite">{t("loading")}</p>;
  if (start.error) return <p role="alert" className={alert}>{start.error.message}</p>;
  if (!me || !me.permissions.includes("stats.read")) return <p role="alert" className={alert}>{t("noPermission")}</p>;

  const kind = kindOf(view.period);
  const periods = periodsOf(kind, today);
  const periodIndex = Math.max(0, periods.indexOf(view.period));
  const periodLabel = (code: string) => t(`periodName.${kindOf(code)}`, { code: code.replace("-M", "/").replace("-Q", " Q") });
  const changePeriod = (code: string) => setView(treeOfPeriod(code) === tree ? { period: code } : { period: code, within: "", level: 0 });
  const changeKind = (k: PeriodKind) => {
    const list = periodsOf(k, today);
    changePeriod(list.at(-1)!);
  };
  const legendRows = classification ? classification.counts.map((count, i) => ({
    colour: colours[i]!, count,
    text: `${number(classification.bounds[i]!)} – ${i === classification.counts.length - 1 ? "" : "< "}${number(classification.bounds[i + 1]!)}`,
  })) : [];
  const noData = layer ? layer.units.filter((u) => u.inScope && u.value === null).length : 0;
  const outside = layer ? layer.units.filter((u) => !u.inScope).length : 0;
  const title = layer && indicator ? `${locale === "vi" ? indicator.name : indicator.nameEn} · ${layer.within.name} · ${periodLabel(layer.period)}` : "";

  const downloadCsv = () => {
    if (!layer) return;
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const lines = [[t("csv.code"), t("csv.unit"), t("csv.value"), t("csv.numerator"), t("csv.denominator"), t("csv.class")].map(quote).join(",")];
    for (const u of layer.units) {
      const c = u.inScope && classification ? classOf(classification.bounds, u.value) : null;
      lines.push([quote(u.code), quote(u.name), u.value ?? "", u.numerator ?? "", u.denominator ?? "", c === null ? "" : c + 1].join(","));
    }
    save(new Blob([`\uFEFF# ${title}\r\n${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" }), `ban-do-${view.indicator}-${layer.within.code}-${layer.period}.csv`);
  };
  const downloadPng = async () => {
    if (!layer || !leaflet.current) return;
    const rows = [...legendRows.map((r) => ({ colour: r.colour, text: `${r.text} (${r.count})` })), { colour: NO_DATA_COLOUR, text: `${t("noData")} (${noData})` }];
    const byCode = new Map(layer.units.map((u) => [u.code, u]));
    const blob = await mapToPng(leaflet.current.map, leaflet.current.shapes, (code) => (byCode.get(code) ? fillOf(byCode.get(code)!) : "#ffffff"), title, rows, t("source"));
    save(blob, `ban-do-${view.indicator}-${layer.within.code}-${layer.period}.png`);
  };

  return (
    <>
      <form className="mt-6 grid gap-4" onSubmit={(e) => e.preventDefault()}>
        <div className="flex flex-wrap items-end gap-4">
          <label className={`${field} w-full sm:w-96`}>
            {t("indicator")}
            <select className={input} value={view.indicator} onChange={(e) => setView({ indicator: e.target.value, palette: "", breaks: "", method: view.method === "MANUAL" ? "QUANTILE" : view.method })}>
              {[...new Set(indicators.map((i) => i.theme))].map((theme) => (
                <optgroup key={theme} label={t(`theme.${theme as "POPULATION"}`)}>
                  {indicators.filter((i) => i.theme === theme).map((i) => <option key={i.code} value={i.code}>{locale === "vi" ? i.name : i.nameEn}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
          <label className={field}>
            {t("periodKind")}
            <select className={input} value={kind} onChange={(e) => changeKind(e.target.value as PeriodKind)}>
              {(["YEAR", "QUARTER", "MONTH"] as const).map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
            </select>
          </label>
          {/* Not a <label>: it would name the <output> inside it instead of the slider. */}
          <div className={`${field} w-full sm:w-72`}>
            <span id="period-slider-label">{t("periodIs")}<output data-testid="period-label">{periodLabel(view.period)}</output></span>
            <input type="range" min={0} max={periods.length - 1} step={1} value={periodIndex} aria-valuetext={periodLabel(view.period)}
              aria-labelledby="period-slider-label" onChange={(e) => changePeriod(periods[Number(e.target.value)]!)} className="accent-brand-700" />
          </div>
          <label className={field}>
            {t("bubble")}
            <select className={input} value={view.bubble} onChange={(e) => setView({ bubble: e.target.value })}>
              <option value="">{t("noBubble")}</option>
              {BUBBLE_INDICATORS.map((c) => { const i = indicators.find((x) => x.code === c); return i && <option key={c} value={c}>{locale === "vi" ? i.name : i.nameEn}</option>; })}
            </select>
          </label>
        </div>
        <fieldset className="flex flex-wrap items-end gap-4 rounded border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("classification")}</legend>
          <label className={field}>
            {t("method")}
            <select className={input} value={view.method} onChange={(e) => setView({ method: e.target.value as MapView["method"] })}>
              {CLASS_METHODS.map((m) => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
            </select>
          </label>
          {view.method !== "MANUAL" ? (
            <label className={field}>
              {t("classes")}
              <select className={input} value={view.classes} onChange={(e) => setView({ classes: Number(e.target.value) })}>
                {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i).map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </label>
          ) : (
            <ManualBreaks value={view.breaks} error={breaksError} onApply={(text) => {
              try {
                parseManualBreaks(text);
                setBreaksError(undefined);
                setView({ breaks: text });
              } catch (e) {
                setBreaksError((e as Error).message);
              }
            }} />
          )}
          <label className={field}>
            {t("palette")}
            <select className={input} value={palette} onChange={(e) => setView({ palette: e.target.value as MapView["palette"] })}>
              <optgroup label={t("sequential")}>{SEQUENTIAL_PALETTES.map((p) => <option key={p} value={p}>{p}</option>)}</optgroup>
              <optgroup label={t("diverging", { reference: reference ?? "–" })}>{DIVERGING_PALETTES.map((p) => <option key={p} value={p} disabled={reference === null}>{p}</option>)}</optgroup>
            </select>
          </label>
        </fieldset>
      </form>

      {layer && (
        <nav aria-label={t("breadcrumbs")} className="mt-4">
          <ol className="flex flex-wrap items-center gap-1 text-sm">
            {[...layer.within.ancestors, layer.within].map((u, i, all) => (
              <li key={u.code} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true">{t("crumbSeparator")}</span>}
                {i === all.length - 1 ? <span aria-current="page" className="font-semibold">{u.name}</span>
                  : <button type="button" className="text-brand-700 underline" onClick={() => setView({ within: u.code, level: levelBelow(u.level, layer.tree.id) })}>{u.name}</button>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <p aria-live="polite" className="mt-2 text-sm text-slate-700" data-testid="tree-note">
        {layer && (layerTree && layerTree !== layer.tree.id ? t("treeSwitched", { tree: locale === "vi" ? layer.tree.name : layer.tree.nameEn }) : t("tree", { tree: locale === "vi" ? layer.tree.name : layer.tree.nameEn }))}
      </p>
      {layerQuery.error && <p role="alert" className={alert}>{layerQuery.error.message}</p>}
      {layerQuery.loading && <p aria-live="polite" className="mt-2">{t("computing")}</p>}
      {layer && (
        <div className="mt-2 grid gap-4 lg:grid-cols-[1fr_18rem]">
          <div>
            <h2 className="mb-2 text-lg font-semibold text-brand-900">{title}</h2>
            {layer.boundaries || layer.outline ? (
              <ChoroplethMap url={(layer.boundaries ?? layer.outline)!} only={layer.boundaries ? undefined : layer.within.code} styles={styles} bubbles={bubbles}
                label={t("mapLabel", { title })} onSelect={drill} onReady={(map, shapes) => { leaflet.current = { map, shapes }; }} onError={() => setMapError(true)} />
            ) : null}
            {!layer.boundaries && <p className="mt-2 text-sm text-slate-700">{t("noBoundaries")}</p>}
            {mapError && <p role="alert" className={alert}>{t("boundariesFailed")}</p>}
            <p className="mt-1 text-xs text-slate-600">{t("source")}</p>
          </div>
          <div>
            <MapLegend rows={legendRows} noData={noData} outside={outside} unitLabel={indicator?.unitLabel ?? ""} heading={t("legend")} />
            <div className="mt-4 flex flex-wrap gap-2">
              <button type="button" className="btn" onClick={() => void downloadPng()} disabled={!layer.boundaries && !layer.outline}>{t("downloadPng")}</button>
              <button type="button" className="btn" onClick={downloadCsv}>{t("downloadCsv")}</button>
            </div>
          </div>
        </div>
      )}
      {layer && (
        <MapTable units={layer.units} fillOf={fillOf} format={number} classOf={(v) => (classification ? classOf(classification.bounds, v) : null)}
          bars={!layer.boundaries} onDrill={drillable ? drill : undefined} unitLabel={indicator?.unitLabel ?? ""} />
      )}
      {me.permissions.includes("boundaries.import") && <BoundaryImport />}
    </>
  );
}

function ManualBreaks({ value, error, onApply }: { value: string; error?: string; onApply(text: string): void }) {
  const t = useTranslations("Map");
  const [text, setText] = useState(value);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className={field}>
        {t("breaks")}
        <input className={`${input} sm:w-56`} value={text} onChange={(e) => setText(e.target.value)} placeholder={t("breaksPlaceholder")}
          onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); onApply(text); } }}
          {...(error ? { "aria-invalid": true, "aria-describedby": "breaks-error" } : {})} />
        {error && <span id="breaks-error" className="text-sm font-normal text-red-800">{error}</span>}
      </label>
      <button type="button" className="btn" onClick={() => onApply(text)}>{t("applyBreaks")}</button>
    </div>
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
