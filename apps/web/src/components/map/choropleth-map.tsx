"use client";
// The Leaflet map: the level's boundaries filled by class, bubbles for a count, tooltips
// with the figures; clicking a unit drills down. No tile server needed: a plain background
// (or NEXT_PUBLIC_MAP_TILE_URL's tiles when configured); the
// outlines come from our own TopoJSON (versioned URLs, cached by the browser). The same
// figures are in the table beside it for keyboard and screen-reader use.
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo, useState } from "react";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import L from "leaflet";
import { CircleMarker, GeoJSON, MapContainer, TileLayer, Tooltip, useMap } from "react-leaflet";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

export type Shapes = FeatureCollection<Polygon | MultiPolygon>;

const loaded = new Map<string, Promise<Shapes>>();

/** The shapes of a boundaries URL, fetched once per page. */
export function loadShapes(url: string): Promise<Shapes> {
  let shapes = loaded.get(url);
  if (!shapes) {
    shapes = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(String(r.status));
      const topo = (await r.json()) as Topology;
      return feature(topo, topo.objects.units!) as unknown as Shapes;
    });
    shapes.catch(() => loaded.delete(url));
    loaded.set(url, shapes);
  }
  return shapes;
}

export interface MapUnitStyle {
  fill: string;
  tooltip: string;
  /** Drill-down target (else the click does nothing). */
  selectable: boolean;
  /** Hatched: outside the viewer's scope. */
  outside: boolean;
}

export interface ChoroplethMapProps {
  url: string;
  /** Only these codes of the shapes (an outline of the unit drawn within). */
  only?: string;
  styles: ReadonlyMap<string, MapUnitStyle>;
  bubbles: ReadonlyMap<string, { radius: number; label: string }>;
  label: string;
  onSelect(code: string): void;
  onReady(map: L.Map, shapes: Shapes): void;
  onError(): void;
}

const codeOf = (f: Feature) => String(f.id);
/** A background tile server, only when one is configured (none is needed). */
const TILES = process.env.NEXT_PUBLIC_MAP_TILE_URL;
const TILES_ATTRIBUTION = process.env.NEXT_PUBLIC_MAP_TILE_ATTRIBUTION ?? "";

function FitBounds({ shapes }: { shapes: Shapes }) {
  const map = useMap();
  useEffect(() => {
    const bounds = L.geoJSON(shapes).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  }, [map, shapes]);
  return null;
}

function Ready({ shapes, onReady }: { shapes: Shapes; onReady: ChoroplethMapProps["onReady"] }) {
  const map = useMap();
  useEffect(() => onReady(map, shapes), [map, shapes, onReady]);
  return null;
}

export default function ChoroplethMap({ url, only, styles, bubbles, label, onSelect, onReady, onError }: ChoroplethMapProps) {
  const [all, setAll] = useState<{ url: string; shapes: Shapes }>();
  useEffect(() => {
    let live = true;
    loadShapes(url).then((s) => live && setAll({ url, shapes: s }), () => live && onError());
    return () => { live = false; };
  }, [url, onError]);
  // A file holds a whole level (every district of the country): draw the layer's units only.
  const shapes = useMemo(() => {
    if (!all || all.url !== url) return undefined;
    const keep = (f: Feature) => (only ? codeOf(f) === only : styles.has(codeOf(f)));
    return { ...all.shapes, features: all.shapes.features.filter(keep) };
  }, [all, url, only, styles]);

  // Re-created when the figures change: Leaflet binds tooltips and handlers once per layer.
  const key = `${url}|${only ?? ""}|${[...styles].map(([c, s]) => c + s.fill + s.tooltip).join()}`;
  return (
    <MapContainer className="h-[420px] w-full rounded border border-slate-300 bg-slate-100 sm:h-[560px]" center={[16, 106]} zoom={5} minZoom={4} maxZoom={12}
      attributionControl={Boolean(TILES)} zoomSnap={0.25} aria-label={label} data-testid="map">
      {TILES && <TileLayer url={TILES} attribution={TILES_ATTRIBUTION} />}
      {shapes && (
        <>
          <FitBounds shapes={shapes} />
          <GeoJSON
            key={key}
            data={shapes}
            style={(f) => {
              const s = f && styles.get(codeOf(f));
              return only
                ? { color: "#1e3a8a", weight: 2, fillColor: "#ffffff", fillOpacity: 0.6, className: `unit-${codeOf(f!)}` }
                : { color: "#475569", weight: 0.7, fillColor: s?.fill ?? "#ffffff", fillOpacity: s ? 0.9 : 0.3, dashArray: s?.outside ? "2 3" : undefined, className: `unit-${codeOf(f!)}` };
            }}
            onEachFeature={(f, layer) => {
              const s = styles.get(codeOf(f));
              if (!s || only) return;
              layer.bindTooltip(s.tooltip, { sticky: true });
              if (s.selectable) layer.on("click", () => onSelect(codeOf(f)));
            }}
          />
          {!only && shapes.features.map((f) => {
            const b = bubbles.get(codeOf(f));
            if (!b || b.radius <= 0) return null;
            const centre = L.geoJSON(f).getBounds().getCenter();
            return (
              <CircleMarker key={`${codeOf(f)}-${b.radius}`} center={centre} radius={b.radius} pathOptions={{ color: "#1e293b", weight: 1, fillColor: "#0f172a", fillOpacity: 0.35 }} interactive>
                <Tooltip>{b.label}</Tooltip>
              </CircleMarker>
            );
          })}
          <Ready shapes={shapes} onReady={onReady} />
        </>
      )}
    </MapContainer>
  );
}
