"use client";
// The electronic population map for officials: an indicator of the catalogue for a period,
// over the units of a level under a unit, classified and coloured; drill down by clicking a
// unit (or from the table), back up by the breadcrumbs. The URL holds the view.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useQuery } from "@apollo/client/react";
import { useLocale, useTranslations } from "next-intl";
import { BUBBLE_INDICATORS, REORGANISATION_2025, parsePeriod, type PeriodKind } from "@danso/domain";
import { BoundaryImport } from "./boundary-import";
import { LayerPanel } from "./layer-panel";
import { ClassificationFields, IndicatorSelect, field, input, usePeriodLabel } from "./map-fields";
import { kindOf, periodsOf } from "./periods";
import { useFragment } from "../../generated/gql";
import { MapIndicatorFields, MapLayerQuery, MapStartQuery, MapUnitFields } from "./queries";
import { useMapView } from "./use-map-view";
import { ApiAlert } from "../alert";

const noSubscription = () => () => {};
const alert = "mt-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900";

const treeOfPeriod = (code: string) => (parsePeriod(code).end < REORGANISATION_2025 ? "2025-03" : "2025-07");
/** The level a unit of `level` opens in a layer's tree (its ancestors', its own and those below). */
const levelUnder = (levels: readonly number[], level: number) => levels.find((l) => l > level) ?? 0;

export function MapWorkspace({ today }: { today: string }) {
  const t = useTranslations("Map");
  const locale = useLocale();
  const periodLabel = usePeriodLabel();
  const [view, setView] = useMapView(Number(today.slice(0, 4)) - 1);
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const start = useQuery(MapStartQuery, { skip: !mounted });

  // The unit drawn within: the one in the URL, or the viewer's own in the period's tree.
  const me = start.data?.me;
  const tree = treeOfPeriod(view.period);
  const own = me && (me.unit.level === 0 ? null : me.unit.tree.id === tree ? me.unit : null);
  // A commune has nothing below it: a commune officer's map is of their commune's parent.
  const within = view.within || (!own ? "VN" : own.level === 3 ? own.parent!.code : own.code);
  const layerQuery = useQuery(MapLayerQuery, {
    // Without a level, the server draws the first one below `within`.
    variables: { indicator: view.indicator, period: view.period, within, level: view.level || null, bubble: view.bubble || null },
    skip: !me || !me.permissions.includes("stats.read"),
  });
  const masked = layerQuery.data?.mapLayer;
  const units = useFragment(MapUnitFields, masked?.units ?? []);
  const layer = useMemo(() => masked && { ...masked, units }, [masked, units]);
  const layerTree = layerQuery.previousData?.mapLayer.tree.id;
  const indicators = useFragment(MapIndicatorFields, start.data?.indicators ?? []);
  const indicator = indicators.find((i) => i.code === view.indicator);
  const levels = useMemo(() => (layer ? [...layer.within.ancestors.map((a) => a.level), layer.within.level, ...layer.levelsBelow] : []), [layer]);
  const drill = useCallback((code: string) => {
    if (layer) setView({ within: code, level: levelUnder(levels, layer.level) });
  }, [layer, levels, setView]);

  if (!mounted || (!start.data && !start.error)) return <p aria-live="polite">{t("loading")}</p>;
  if (start.error) return <ApiAlert className="mt-4" error={start.error} />;
  if (!me || !me.permissions.includes("stats.read")) return <p role="alert" className={alert}>{t("noPermission")}</p>;

  const kind = kindOf(view.period);
  const periods = periodsOf(kind, today);
  const periodIndex = Math.max(0, periods.indexOf(view.period));
  const changePeriod = (code: string) => setView(treeOfPeriod(code) === tree ? { period: code } : { period: code, within: "", level: 0 });
  const treeName = layer && (locale === "vi" ? layer.tree.name : layer.tree.nameEn);

  return (
    <>
      <form className="mt-6 grid gap-4" onSubmit={(e) => e.preventDefault()}>
        <div className="flex flex-wrap items-end gap-4">
          <IndicatorSelect indicators={indicators} view={view} setView={setView} />
          <label className={field}>
            {t("periodKind")}
            <select className={input} value={kind} onChange={(e) => changePeriod(periodsOf(e.target.value as PeriodKind, today).at(-1)!)}>
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
        <ClassificationFields view={view} setView={setView} />
      </form>

      {layer && (
        <nav aria-label={t("breadcrumbs")} className="mt-4">
          <ol className="flex flex-wrap items-center gap-1 text-sm">
            {[...layer.within.ancestors, layer.within].map((u, i, all) => (
              <li key={u.code} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true">{t("crumbSeparator")}</span>}
                {i === all.length - 1 ? <span aria-current="page" className="font-semibold">{u.name}</span>
                  : <button type="button" className="text-brand-700 underline" onClick={() => setView({ within: u.code, level: levelUnder(levels, u.level) })}>{u.name}</button>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <p aria-live="polite" className="mt-2 text-sm text-slate-700" data-testid="tree-note">
        {treeName && (layerTree && layerTree !== layer.tree.id ? t("treeSwitched", { tree: treeName }) : t("tree", { tree: treeName }))}
      </p>
      {layerQuery.error && <ApiAlert className="mt-4" error={layerQuery.error} />}
      {layerQuery.loading && <p aria-live="polite" className="mt-2">{t("computing")}</p>}
      {layer && <LayerPanel layer={layer} view={view} indicator={indicator} source={t("source")} onDrill={levelUnder(levels, layer.level) ? drill : undefined} />}
      {me.permissions.includes("boundaries.import") && <BoundaryImport />}
    </>
  );
}
