"use client";
// The public map: the figures of published reports only, for anyone. A unit and one of its
// published periods, an indicator of the report, the same classification as the officials'
// map; a click on a unit that has a published report of its own opens it.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import Link from "next/link";
import { useQuery } from "@apollo/client/react";
import { useTranslations } from "next-intl";
import { graphql, useFragment } from "../../generated/gql";
import { LayerPanel } from "./layer-panel";
import { ClassificationFields, IndicatorSelect, field, input, usePeriodLabel } from "./map-fields";
import { MapIndicatorFields, MapUnitFields } from "./queries";
import { useMapView } from "./use-map-view";
import { ApiAlert } from "../alert";

const PublishedMapsQuery = graphql(`
  query PublishedMaps {
    publishedMaps {
      unit {
        code
        name
      }
      periods
    }
    indicators {
      ...MapIndicatorFields
    }
  }
`);

const PublishedLayerQuery = graphql(`
  query PublishedLayer($indicator: String!, $period: String!, $within: String!) {
    publishedMapLayer(indicator: $indicator, period: $period, within: $within) {
      period
      level
      boundaries
      outline
      reportId
      formCode
      version
      within {
        code
        name
      }
      units {
        ...MapUnitFields
      }
    }
  }
`);

const noSubscription = () => () => {};
/** The public map opens on the population, in every published form. */
const OPENING = { indicator: "POP_END" };
const note = "mt-4 rounded border-l-4 border-brand-700 bg-blue-50 p-3 text-slate-900";

export function PublicMap({ today }: { today: string }) {
  const t = useTranslations("Map");
  const tp = useTranslations("Map.public");
  const periodLabel = usePeriodLabel();
  const [view, setView] = useMapView(Number(today.slice(0, 4)) - 1, OPENING);
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const start = useQuery(PublishedMapsQuery, { skip: !mounted });

  // One entry per code: a code used by both trees lists the periods of both.
  const units = useMemo(() => {
    const byCode = new Map<string, { code: string; name: string; periods: string[] }>();
    for (const m of start.data?.publishedMaps ?? []) {
      const e = byCode.get(m.unit.code) ?? { code: m.unit.code, name: m.unit.name, periods: [] };
      e.periods = [...new Set([...e.periods, ...m.periods])].sort().reverse();
      byCode.set(m.unit.code, e);
    }
    return [...byCode.values()];
  }, [start.data]);
  const unit = units.find((u) => u.code === view.within) ?? units[0];
  const period = unit?.periods.includes(view.period) ? view.period : unit?.periods[0];
  const layerQuery = useQuery(PublishedLayerQuery, {
    variables: { indicator: view.indicator, period: period ?? "", within: unit?.code ?? "" },
    skip: !unit || !period,
  });
  const masked = layerQuery.data?.publishedMapLayer;
  const layerUnits = useFragment(MapUnitFields, masked?.units ?? []);
  const layer = useMemo(() => masked && { ...masked, units: layerUnits }, [masked, layerUnits]);
  const indicators = useFragment(MapIndicatorFields, start.data?.indicators ?? []);
  const indicator = indicators.find((i) => i.code === view.indicator);
  const drill = useCallback((code: string) => setView({ within: code }), [setView]);

  if (!mounted || (!start.data && !start.error)) return <p aria-live="polite">{t("loading")}</p>;
  if (start.error) return <ApiAlert error={start.error} />;
  if (!unit || !period) return <p className={note}>{tp("none")}</p>;
  const drillable = layer && layer.units.some((u) => units.some((x) => x.code === u.code && x.periods.includes(layer.period)));

  return (
    <>
      <form className="mt-6 grid gap-4" onSubmit={(e) => e.preventDefault()}>
        <div className="flex flex-wrap items-end gap-4">
          <label className={field}>
            {tp("unit")}
            <select className={input} value={unit.code} onChange={(e) => setView({ within: e.target.value })}>
              {units.map((u) => <option key={u.code} value={u.code}>{t("unitWithCode", { name: u.name, code: u.code })}</option>)}
            </select>
          </label>
          <label className={field}>
            {tp("period")}
            <select className={input} value={period} onChange={(e) => setView({ period: e.target.value })}>
              {unit.periods.map((p) => <option key={p} value={p}>{periodLabel(p)}</option>)}
            </select>
          </label>
          <IndicatorSelect indicators={indicators} view={view} setView={setView} />
        </div>
        <ClassificationFields view={view} setView={setView} />
      </form>
      {layerQuery.error && <ApiAlert error={layerQuery.error} />}
      {layerQuery.loading && <p aria-live="polite" className="mt-2">{t("computing")}</p>}
      {layerQuery.data && !layer && <p className={note} data-testid="not-in-report">{tp("notInReport")}</p>}
      {layer && (
        <>
          <p className="mt-4 text-sm text-slate-700" data-testid="published-report">
            {tp("report", { id: layer.reportId, form: layer.formCode, version: layer.version })}{" "}
            <Link className="text-brand-700 underline" href={`/xac-minh-bao-cao?so=${layer.reportId}`}>{tp("verify")}</Link>
          </p>
          <LayerPanel layer={layer} view={view} indicator={indicator} source={tp("source")} onDrill={drillable ? drill : undefined} />
        </>
      )}
    </>
  );
}
