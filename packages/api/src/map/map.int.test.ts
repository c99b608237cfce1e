// The map over HTTP on the fixture register (provinces 30, 31 and 12 of the old tree, 31 and
// 12 of today's): layers equal the engine's indicator values, rates carry their two terms,
// outlines follow the period's tree, units outside the viewer's scope are never valued, bad
// requests are refused in Vietnamese; and a boundary import is whole or nothing, audited,
// and from then on drawn for its level.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@danso/db";
import { closeFixture, createFixture, TODAY, type Fixture } from "../testing/fixture.js";
import { createContext } from "../context.js";
import { ApiError } from "../errors.js";
import { loadViewer } from "../viewer.js";
import { boundaryResponse } from "./boundary-response.js";
import { importBoundaries } from "./import-boundaries.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const LAYER = `query ($i: String!, $p: String!, $w: String!, $l: Int, $b: String) {
  mapLayer(indicator: $i, period: $p, within: $w, level: $l, bubble: $b) {
    indicator { code } bubble { code } period tree { id } within { code name } level levelsBelow boundaries outline
    units { code name value numerator denominator bubble estimated inScope }
  } }`;
const VALUES = `query ($i: String!, $p: String!, $c: [String!]) { indicatorValues(indicator: $i, period: $p, unitCodes: $c) { unit { code } value } }`;

interface MapUnit { code: string; name: string; value: number | null; numerator: number | null; denominator: number | null; bubble: number | null; estimated: boolean; inScope: boolean }
interface Layer { mapLayer: { indicator: { code: string }; bubble: { code: string } | null; period: string; tree: { id: string }; within: { code: string; name: string };
  level: number; levelsBelow: number[]; boundaries: string | null; outline: string | null; units: MapUnit[] } }

async function layer(login: string, vars: Record<string, unknown>) {
  return (await f.api.as(login)).query<Layer>(LAYER, vars);
}
async function values(login: string, indicator: string, period: string, codes: string[]) {
  const r = await (await f.api.as(login)).query<{ indicatorValues: { unit: { code: string }; value: number | null }[] }>(VALUES, { i: indicator, p: period, c: codes });
  return new Map(r.data!.indicatorValues.map((v) => [v.unit.code, v.value]));
}
const byCode = (units: MapUnit[]) => new Map(units.map((u) => [u.code, u]));

async function viewerContext(login: string) {
  const user = await f.t.db.user.findUniqueOrThrow({ where: { login } });
  return createContext(f.t.db, await loadViewer(f.t.db, user.id), { ip: "127.0.0.1", userAgent: "danso-tests" }, () => "x", TODAY);
}

describe("a layer of the provinces of the nation", () => {
  it("gives every province of the period's tree, valued as the engine values them, with the bundled outlines", async () => {
    const r = await layer("trunguong", { i: "CBR", p: "2024", w: "VN", l: 1, b: "POP_END" });
    expect(r.errors).toBeUndefined();
    const m = r.data!.mapLayer;
    expect(m.tree.id).toBe("2025-03");
    expect(m.levelsBelow).toEqual([1, 2, 3]);
    expect(m.units).toHaveLength(63);
    expect(m.boundaries).toMatch(/^\/api\/map\/boundaries\/2025-03\/1\?v=[0-9a-f]{16}$/);
    expect(m.outline).toBeNull();
    const units = byCode(m.units);
    const seeded = ["30", "31", "12"];
    const cbr = await values("trunguong", "CBR", "2024", seeded);
    const births = await values("trunguong", "BIRTHS", "2024", seeded);
    const mid = await values("trunguong", "POP_MID", "2024", seeded);
    const end = await values("trunguong", "POP_END", "2024", seeded);
    for (const code of seeded) {
      const u = units.get(code)!;
      expect(u.inScope).toBe(true);
      expect(u.value).toBeCloseTo(cbr.get(code)!, 10);
      expect(u.value).toBeGreaterThan(0);
      // The rate's terms: births over the mid-year population, × 1000.
      expect(u.numerator).toBe(births.get(code));
      expect(u.denominator).toBe(mid.get(code));
      expect(u.value).toBeCloseTo((u.numerator! / u.denominator!) * 1000, 10);
      expect(u.bubble).toBe(end.get(code));
    }
    // Provinces with no one on the register (only movers are elsewhere): no rate (drawn as no data).
    const empty = m.units.filter((u) => u.denominator === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((u) => u.value === null && u.numerator === 0 && u.bubble === 0 && u.inScope)).toBe(true);
  });

  it("switches to the 34 provinces of today's tree for a period after 1 July 2025", async () => {
    const m = (await layer("trunguong", { i: "TFR", p: "2025-Q4", w: "VN", l: 1 })).data!.mapLayer;
    expect(m.tree.id).toBe("2025-07");
    expect(m.levelsBelow).toEqual([1, 3]);
    expect(m.units).toHaveLength(34);
    expect(m.boundaries).toMatch(/^\/api\/map\/boundaries\/2025-07\/1\?v=/);
    // TFR is a sum of rates, not one ratio: no terms.
    expect(m.units.find((u) => u.code === "31")).toMatchObject({ numerator: null, denominator: null });
  });

  it("values only the viewer's units: a province officer sees the other provinces outside their scope", async () => {
    const now = (await layer("tinh", { i: "POP_END", p: "2025", w: "VN", l: 1 })).data!.mapLayer;
    expect(now.units.filter((u) => u.inScope).map((u) => u.code)).toEqual([f.units.province]);
    expect(now.units.filter((u) => !u.inScope).every((u) => u.value === null && u.numerator === null && u.bubble === null)).toBe(true);
    // Before the reform the officer of the new city reads the two old provinces it took in.
    const before = (await layer("tinh", { i: "POP_END", p: "2024", w: "VN", l: 1 })).data!.mapLayer;
    expect(before.units.filter((u) => u.inScope).map((u) => u.code).sort()).toEqual(["30", "31"]);
  });
});

describe("drilling down", () => {
  it("draws a province's districts, then a district's communes inside the district's outline", async () => {
    const districts = (await layer("trunguong", { i: "POP_END", p: "2024", w: "30", l: 2 })).data!.mapLayer;
    expect(districts.units.length).toBe(12);
    // Without a level: the first one below the unit.
    expect((await layer("trunguong", { i: "POP_END", p: "2024", w: "30" })).data!.mapLayer.level).toBe(2);
    expect((await layer("trunguong", { i: "POP_END", p: "2025", w: f.units.province })).data!.mapLayer.level).toBe(3);
    expect(districts.boundaries).toMatch(/\/2025-03\/2\?v=/);
    const sum = districts.units.reduce((s, u) => s + u.value!, 0);
    expect(sum).toBe((await values("trunguong", "POP_END", "2024", ["30"])).get("30"));

    const communes = (await layer("trunguong", { i: "POP_END", p: "2024", w: districts.units[0]!.code, l: 3 })).data!.mapLayer;
    expect(communes.boundaries).toBeNull();
    expect(communes.outline).toMatch(/\/2025-03\/2\?v=/);
    expect(communes.units.length).toBeGreaterThan(3);
  });
});

describe("refusals", () => {
  it("refuses bad requests in Vietnamese, field by field", async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ i: "NOPE", p: "2024", w: "VN", l: 1 }, "indicator", /Không có chỉ tiêu/],
      [{ i: "CBR", p: "2024-13", w: "VN", l: 1 }, "period", /Kỳ không hợp lệ/],
      [{ i: "CBR", p: "2025", w: "VN", l: 2 }, "level", /không có cấp 2/],
      [{ i: "CBR", p: "2024", w: "VN", l: 1, b: "CBR" }, "bubble", /Vòng tròn chỉ biểu diễn số lượng/],
    ];
    for (const [vars, field, message] of cases) {
      const r = await layer("trunguong", vars);
      expect(r.errors?.[0]?.message).toMatch(message);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(Object.keys((r.errors?.[0]?.extensions?.fieldErrors ?? {}) as object)).toEqual([field]);
    }
  });

  it("gives nothing to a collaborator, an anonymous caller, or a commune officer asking for the nation", async () => {
    for (const [client, code] of [[await f.api.as("ctv"), "FORBIDDEN"], [f.api.anonymous, "UNAUTHENTICATED"], [await f.api.as("xa"), "FORBIDDEN"]] as const) {
      const r = await client.query<Layer>(LAYER, { i: "POP_END", p: "2025", w: "VN", l: 1 });
      expect(r.data?.mapLayer ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});

// Two squares standing for two communes of today's province (codes from the register).
const square = (x: number, y: number) => [[[x, y], [x + 0.05, y], [x + 0.05, y + 0.05], [x, y + 0.05], [x, y]]];
const file = (...features: { code: string; coordinates: number[][][] }[]) => JSON.stringify({
  type: "FeatureCollection",
  features: features.map((x) => ({ type: "Feature", properties: { code: x.code }, geometry: { type: "Polygon", coordinates: x.coordinates } })),
});

describe("boundary import", () => {
  it("is whole or nothing: a file with a bad feature changes nothing and lists every problem", async () => {
    const admin = await viewerContext("quantri");
    const bad = file({ code: f.units.commune, coordinates: square(106.3, 20.9) }, { code: "00000", coordinates: square(106.4, 20.9) },
      { code: f.units.neighbour, coordinates: [[[106.3, 20.9], [106.4, 21.0], [106.4, 20.9], [106.3, 21.0], [106.3, 20.9]]] });
    const error = await importBoundaries(admin, { tree: "2025-07", level: 3, text: bad, fileName: "xa.geojson" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe("Tệp ranh giới không được nhập: 2 lỗi, chưa có gì thay đổi.");
    expect((error as ApiError).details.fieldErrors!.problems).toEqual([
      "Đối tượng 2 (mã 00000): mã không có trong danh mục đơn vị của cấp và thời kỳ đã chọn.",
      `Đối tượng 3 (mã ${f.units.neighbour}): đường ranh giới tự cắt tại (106.35000, 20.95000).`,
    ]);
    expect(await f.t.db.boundarySet.count()).toBe(0);
    expect((await layer("tinh", { i: "POP_END", p: "2025", w: f.units.province, l: 3 })).data!.mapLayer.boundaries).toBeNull();
  });

  it("is for administrators only", async () => {
    const officer = await viewerContext("tinh");
    const error = await importBoundaries(officer, { tree: "2025-07", level: 3, text: file({ code: f.units.commune, coordinates: square(106.3, 20.9) }), fileName: "x" }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("FORBIDDEN");
    expect(await f.t.db.boundarySet.count()).toBe(0);
  });

  it("stores a valid file, audits it, and the level is drawn from then on, cached under its version", async () => {
    const admin = await viewerContext("quantri");
    const good = file({ code: f.units.commune, coordinates: square(106.3, 20.9) }, { code: f.units.neighbour, coordinates: square(106.35, 20.9) });
    const result = await importBoundaries(admin, { tree: "2025-07", level: 3, text: good, fileName: "xa.geojson" });
    expect(result.unitCount).toBe(2);
    expect(result.missingCodes.length).toBeGreaterThan(3000);
    const audit = await f.t.db.auditLog.findFirstOrThrow({ where: { action: "boundaries.import" } });
    expect(audit).toMatchObject({ login: "quantri", entityType: "BoundarySet" });

    const m = (await layer("tinh", { i: "POP_END", p: "2025", w: f.units.province, l: 3 })).data!.mapLayer;
    expect(m.boundaries).toMatch(/^\/api\/map\/boundaries\/2025-07\/3\?v=[0-9a-f]{16}$/);
    const version = new URL(m.boundaries!, "http://x").searchParams.get("v");
    const res = await boundaryResponse(f.t.db, "2025-07", "3", version, null);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const topo = (await res.json()) as { objects: { units: { geometries: { id: string }[] } } };
    expect(topo.objects.units.geometries.map((g) => g.id)).toEqual([f.units.commune, f.units.neighbour]);
    // The browser's copy is still good: 304 without a body.
    expect((await boundaryResponse(f.t.db, "2025-07", "3", version, res.headers.get("etag"))).status).toBe(304);
    // An old version's URL gets the current set, revalidated each time.
    expect((await boundaryResponse(f.t.db, "2025-07", "3", "0000", null)).headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect((await boundaryResponse(f.t.db, "2025-07", "2", null, null)).status).toBe(404);
    // Listed for the workspace.
    const sets = await (await f.api.as("tinh")).query<{ boundarySets: { tree: string; level: number; unitCount: number; importedBy: string }[] }>("{ boundarySets { tree level unitCount importedBy } }");
    expect(sets.data!.boundarySets).toEqual([{ tree: "2025-07", level: 3, unitCount: 2, importedBy: expect.any(String) }]);
  });
});

describe("the public map", () => {
  const PUBLISHED = `query ($i: String!, $p: String!, $w: String!) { publishedMapLayer(indicator: $i, period: $p, within: $w) {
    period level boundaries outline formCode version reportId units { code value suppressed numerator } } }`;
  type Published = { publishedMapLayer: { period: string; level: number; boundaries: string | null; outline: string | null; formCode: string; version: number; reportId: string;
    units: { code: string; value: number | null; suppressed: boolean; numerator: number | null }[] } | null };
  const anonymous = (vars: Record<string, unknown>) => f.api.anonymous.query<Published>(PUBLISHED, vars);

  // An approver and a publisher of the centre: the city's own cannot approve old Hải Dương's
  // reports (approving is not a read, so history does not reach it).
  beforeAll(async () => {
    const hash = await hashPassword("khong-dung");
    for (const [login, role] of [["pheduyet-tw", "REPORT_APPROVER"], ["congbo-tw", "PUBLISHER"]]) {
      await f.t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id) VALUES ($1, $2, 'Cán bộ Trung ương', $3, (SELECT id FROM admin_unit WHERE level = 0 LIMIT 1))`, [login, hash, role]);
    }
  });

  async function publish(form: string, unit: string, period: string): Promise<string> {
    const [tinh, pheduyet, congbo] = await Promise.all([f.api.as("trunguong"), f.api.as("pheduyet-tw"), f.api.as("congbo-tw")]);
    const run = async (client: typeof tinh, mutation: string) => {
      const r = await client.query<Record<string, { id: string }>>(mutation);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return Object.values(r.data!)[0]!.id;
    };
    const id = await run(tinh, `mutation { generateReport(form: "${form}", unitCode: "${unit}", period: "${period}") { id } }`);
    await run(pheduyet, `mutation { approveReport(id: "${id}") { id } }`);
    await run(pheduyet, `mutation { signReport(id: "${id}") { id } }`);
    await run(congbo, `mutation { publishReport(id: "${id}") { id } }`);
    return id;
  }

  it("shows nothing before publication, then the published districts as signed, to anyone", async () => {
    expect((await anonymous({ i: "POP_END", p: "2025-Q2", w: "30" })).data!.publishedMapLayer).toBeNull();
    const id = await publish("DST-QUY", "30", "2025-Q2");
    const layer = (await anonymous({ i: "POP_END", p: "2025-Q2", w: "30" })).data!.publishedMapLayer!;
    expect(layer).toMatchObject({ formCode: "DST-QUY", version: 1, reportId: id, level: 2 });
    expect(layer.boundaries).toMatch(/\/2025-03\/2\?v=/);
    const snapshot = (await f.t.db.report.findUniqueOrThrow({ where: { id: Number(id) } })).snapshot as { table: { columns: { code: string }[]; lines: { indicator?: string; values: number[] }[] } };
    const line = snapshot.table.lines.find((l) => l.indicator === "POP_END")!;
    expect(layer.units.map((u) => u.code)).toEqual(snapshot.table.columns.slice(1).map((c) => c.code));
    expect(layer.units.map((u) => u.value)).toEqual(line.values.slice(1));
    expect(layer.units.every((u) => !u.suppressed && u.numerator === null)).toBe(true);
    // An indicator the form lacks, an unpublished period: nothing.
    expect((await anonymous({ i: "TFR", p: "2025-Q2", w: "30" })).data!.publishedMapLayer).toBeNull();
    expect((await anonymous({ i: "POP_END", p: "2025-Q1", w: "30" })).data!.publishedMapLayer).toBeNull();
    const maps = await f.api.anonymous.query<{ publishedMaps: { unit: { code: string }; periods: string[] }[] }>("{ publishedMaps { unit { code } periods } }");
    expect(maps.data!.publishedMaps).toContainEqual({ unit: { code: "30" }, periods: ["2025-Q2"] });
  });

  it("withholds a commune's small counts and its rates", async () => {
    await publish("DST-NAM", f.units.province, "2025");
    const births = (await anonymous({ i: "BIRTHS", p: "2025", w: f.units.province })).data!.publishedMapLayer!;
    expect(births.level).toBe(3);
    // Drawn from the communes imported above.
    expect(births.boundaries).toMatch(/\/2025-07\/3\?v=/);
    for (const u of births.units) {
      if (u.suppressed) expect(u.value).toBeNull();
      else expect(u.value === 0 || u.value! >= 5).toBe(true);
    }
    expect(births.units.some((u) => u.suppressed)).toBe(true);
    const cbr = (await anonymous({ i: "CBR", p: "2025", w: f.units.province })).data!.publishedMapLayer!;
    expect(cbr.units.every((u) => u.value === null && u.suppressed)).toBe(true);
  });
});
