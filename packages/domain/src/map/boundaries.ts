// Boundaries for the map: reading a file an administrator imports (GeoJSON or TopoJSON with
// unit codes), checking it, and the simplified TopoJSON the browser downloads. Pure: the
// import and the bundled reference boundaries go through the same simplification.
//
// A file is taken whole or not at all: every problem is listed (up to MAX_ERRORS) in
// Vietnamese with the feature it is about, and nothing is stored while one remains.
import kinks from "@turf/kinks";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topoFeature, quantize } from "topojson-client";
import { topology as toTopology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Longitude and latitude bounds of Vietnam with its islands (Trường Sa reaches 6.9° N, 117.8° E). */
export const VIETNAM_BOUNDS = { west: 102, east: 118, south: 6, north: 24 } as const;
export const MAX_ERRORS = 20;
/** The object every served topology holds. */
export const TOPOLOGY_OBJECT = "units";

export type UnitShape = Feature<Polygon | MultiPolygon, { code: string }>;

export interface BoundaryCheck {
  shapes: UnitShape[];
  errors: string[];
  /** Known units of the level that the file has no shape for (drawn as missing). */
  missingCodes: string[];
}

/** Reads and checks a boundary file against the codes of the level's units. */
export function checkBoundaryFile(text: string, knownCodes: ReadonlySet<string>): BoundaryCheck {
  const errors: string[] = [];
  const fail = (message: string): BoundaryCheck => ({ shapes: [], errors: [message], missingCodes: [] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("Tệp không phải JSON hợp lệ (GeoJSON hoặc TopoJSON).");
  }
  const features = featuresOf(json);
  if (typeof features === "string") return fail(features);
  if (features.length === 0) return fail("Tệp không có đối tượng ranh giới nào.");

  const shapes: UnitShape[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    if (errors.length >= MAX_ERRORS) return;
    const code = codeOf(f);
    const where = code ? `Đối tượng ${i + 1} (mã ${code})` : `Đối tượng ${i + 1}`;
    if (!code) return void errors.push(`${where}: thiếu mã đơn vị (thuộc tính "code" hoặc "id").`);
    if (!knownCodes.has(code)) return void errors.push(`${where}: mã không có trong danh mục đơn vị của cấp và thời kỳ đã chọn.`);
    if (seen.has(code)) return void errors.push(`${where}: mã đã xuất hiện ở một đối tượng trước.`);
    seen.add(code);
    const geometry = f.geometry as { type?: string; coordinates?: unknown } | null;
    if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) {
      return void errors.push(`${where}: hình phải là Polygon hoặc MultiPolygon.`);
    }
    const problem = geometryProblem(geometry as Polygon | MultiPolygon);
    if (problem) return void errors.push(`${where}: ${problem}`);
    shapes.push({ type: "Feature", properties: { code }, geometry: geometry as Polygon | MultiPolygon });
  });
  if (errors.length >= MAX_ERRORS) errors.push(`Dừng kiểm tra sau ${MAX_ERRORS} lỗi.`);
  const missingCodes = [...knownCodes].filter((c) => !seen.has(c)).sort();
  return errors.length ? { shapes: [], errors, missingCodes } : { shapes, errors, missingCodes };
}

function featuresOf(json: unknown): Feature[] | string {
  const o = json as { type?: string; objects?: Record<string, GeometryCollection>; features?: Feature[] };
  if (o?.type === "FeatureCollection" && Array.isArray(o.features)) return o.features;
  if (o?.type === "Topology" && o.objects && typeof o.objects === "object") {
    const first = Object.values(o.objects)[0];
    if (!first) return "TopoJSON không có đối tượng nào.";
    try {
      const decoded = topoFeature(o as unknown as Topology, first);
      return "features" in decoded ? decoded.features : [decoded];
    } catch {
      return "TopoJSON bị hỏng: không giải mã được các cung (arcs).";
    }
  }
  return "Cần một FeatureCollection GeoJSON hoặc một Topology TopoJSON.";
}

function codeOf(f: Feature): string | null {
  const raw = (f.properties as { code?: unknown } | null)?.code ?? f.id;
  return typeof raw === "string" || typeof raw === "number" ? String(raw).trim() || null : null;
}

/** Coordinates finite and inside Vietnam, rings closed with 4 points or more, no crossing of its own lines. */
function geometryProblem(g: Polygon | MultiPolygon): string | null {
  const polygons: unknown[] = g.type === "Polygon" ? [g.coordinates] : (g.coordinates as unknown[]);
  if (!Array.isArray(polygons) || polygons.length === 0) return "hình không có toạ độ.";
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) return "hình không có toạ độ.";
    for (const ring of rings as unknown[]) {
      if (!Array.isArray(ring) || ring.length < 4) return "mỗi vòng cần ít nhất 4 điểm.";
      for (const p of ring as unknown[]) {
        if (!Array.isArray(p) || p.length < 2 || !p.slice(0, 2).every((n) => typeof n === "number" && Number.isFinite(n))) return "toạ độ không phải số.";
        const [lon, lat] = p as number[];
        if (lon! < VIETNAM_BOUNDS.west || lon! > VIETNAM_BOUNDS.east || lat! < VIETNAM_BOUNDS.south || lat! > VIETNAM_BOUNDS.north) {
          return `toạ độ (${lon}, ${lat}) nằm ngoài lãnh thổ Việt Nam (cần kinh độ, vĩ độ WGS 84).`;
        }
      }
      const first = ring[0] as Position, last = ring.at(-1) as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return "vòng ranh giới không khép kín (điểm cuối phải trùng điểm đầu).";
    }
  }
  // Rings that touch at a shared vertex (a hole touching its shell, a pinch) are accepted,
  // as in the reference files; a crossing between two segments' interiors is refused.
  const key = (p: Position) => `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;
  const vertices = new Set((polygons as Position[][][]).flatMap((rings) => rings.flatMap((ring) => ring.map(key))));
  const crossings = kinks(g).features.filter((k) => !vertices.has(key(k.geometry.coordinates)));
  if (crossings.length > 0) {
    const [lon, lat] = crossings[0]!.geometry.coordinates;
    return `đường ranh giới tự cắt tại (${lon!.toFixed(5)}, ${lat!.toFixed(5)}).`;
  }
  return null;
}

/**
 * The topology served to browsers: shared arcs, half of the points kept by weighted
 * Visvalingam (the reference files are already 20 m-simplified), quantized to a grid of
 * about 50 m, and only the code kept (names come with the layer's figures).
 */
export function servedTopology(shapes: readonly UnitShape[], keep = 0.5): Topology {
  const fc: FeatureCollection = { type: "FeatureCollection", features: shapes.map((s) => ({ ...s, id: s.properties.code, properties: {} })) };
  const topo = presimplify(toTopology({ [TOPOLOGY_OBJECT]: fc }, 1e6) as unknown as Topology<{ [TOPOLOGY_OBJECT]: GeometryCollection }>);
  return quantize(simplify(topo, quantile(topo, 1 - keep)), 3e4);
}

/** The shapes of a bundled reference topology (one object, geometries with code properties). */
export function shapesOfTopology(topo: Topology): UnitShape[] {
  const object = Object.values(topo.objects)[0]!;
  const fc = topoFeature(topo, object) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  return fc.features.map((f) => ({ type: "Feature", geometry: f.geometry, properties: { code: String(f.properties?.code ?? f.id) } }));
}
