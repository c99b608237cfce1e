import { describe, expect, it } from "vitest";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Topology } from "topojson-specification";
import { checkBoundaryFile, servedTopology, TOPOLOGY_OBJECT } from "./boundaries.js";

// Two neighbouring squares near Hải Dương (106.3° E, 20.9° N).
const square = (x: number, y: number, d = 0.05) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const polygon = (code: string, coordinates: number[][][]) => ({ type: "Feature", properties: { code }, geometry: { type: "Polygon", coordinates } });
const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const known = new Set(["10507", "10510", "10519"]);

describe("checkBoundaryFile", () => {
  it("accepts valid polygons with known codes and names the units left without a shape", () => {
    const check = checkBoundaryFile(collection(polygon("10507", square(106.3, 20.9)), polygon("10510", square(106.35, 20.9))), known);
    expect(check.errors).toEqual([]);
    expect(check.shapes.map((s) => s.properties.code)).toEqual(["10507", "10510"]);
    expect(check.missingCodes).toEqual(["10519"]);
  });

  it("reads TopoJSON, with the code in the geometry's id", () => {
    const fc = { type: "FeatureCollection", features: [{ type: "Feature", id: "10519", properties: {}, geometry: { type: "Polygon", coordinates: square(106.3, 20.9) } }] };
    const topo = topology({ x: fc as Parameters<typeof topology>[0][string] });
    const check = checkBoundaryFile(JSON.stringify(topo), known);
    expect(check.errors).toEqual([]);
    expect(check.shapes[0]!.properties.code).toBe("10519");
  });

  it("refuses unknown codes, self-intersecting rings and coordinates outside Vietnam, listing each, keeping nothing", () => {
    const bowTie = [[[106.3, 20.9], [106.4, 21.0], [106.4, 20.9], [106.3, 21.0], [106.3, 20.9]]];
    const check = checkBoundaryFile(collection(
      polygon("10507", square(106.3, 20.9)),
      polygon("99999", square(106.5, 20.9)),
      polygon("10510", bowTie),
      polygon("10519", square(2.35, 48.85)),
    ), known);
    expect(check.shapes).toEqual([]);
    expect(check.errors).toEqual([
      "Đối tượng 2 (mã 99999): mã không có trong danh mục đơn vị của cấp và thời kỳ đã chọn.",
      "Đối tượng 3 (mã 10510): đường ranh giới tự cắt tại (106.35000, 20.95000).",
      "Đối tượng 4 (mã 10519): toạ độ (2.35, 48.85) nằm ngoài lãnh thổ Việt Nam (cần kinh độ, vĩ độ WGS 84).",
    ]);
  });

  it("refuses duplicate codes, open rings, missing codes, other geometry types and files that are not GeoJSON", () => {
    const open = [[[106.3, 20.9], [106.4, 20.9], [106.4, 21.0], [106.3, 21.0]]];
    const check = checkBoundaryFile(collection(
      polygon("10507", square(106.3, 20.9)),
      polygon("10507", square(106.4, 20.9)),
      polygon("10510", [[...open[0]!, [106.31, 21.0]]]),
      { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: square(106.3, 20.9) } },
      { type: "Feature", properties: { code: "10519" }, geometry: { type: "Point", coordinates: [106.3, 20.9] } },
    ), known);
    expect(check.errors).toEqual([
      "Đối tượng 2 (mã 10507): mã đã xuất hiện ở một đối tượng trước.",
      "Đối tượng 3 (mã 10510): vòng ranh giới không khép kín (điểm cuối phải trùng điểm đầu).",
      'Đối tượng 4: thiếu mã đơn vị (thuộc tính "code" hoặc "id").',
      "Đối tượng 5 (mã 10519): hình phải là Polygon hoặc MultiPolygon.",
    ]);
    expect(checkBoundaryFile("{not json", known).errors).toEqual(["Tệp không phải JSON hợp lệ (GeoJSON hoặc TopoJSON)."]);
    expect(checkBoundaryFile(JSON.stringify({ type: "Feature" }), known).errors).toEqual(["Cần một FeatureCollection GeoJSON hoặc một Topology TopoJSON."]);
  });
});

describe("servedTopology", () => {
  it("keeps every unit, keyed by code, with shared borders as shared arcs", () => {
    const { shapes } = checkBoundaryFile(collection(polygon("10507", square(106.3, 20.9)), polygon("10510", square(106.35, 20.9))), known);
    const topo = servedTopology(shapes);
    const object = topo.objects[TOPOLOGY_OBJECT] as GeometryCollection;
    expect(object.geometries.map((g) => g.id)).toEqual(["10507", "10510"]);
    const decoded = feature(topo as Topology, object);
    expect(decoded.features).toHaveLength(2);
    // The shared edge is one arc used by both squares.
    const arcsOf = (i: number) => (object.geometries[i] as { arcs: number[][] }).arcs.flat().map((a) => (a < 0 ? ~a : a));
    expect(arcsOf(0).some((a) => arcsOf(1).includes(a))).toBe(true);
  });
});
