// A projection as a file on the fixture register: the figures are the query's, the saved one
// is served as stored, the statistics scope and the request's checks hold, the export is audited.
import { formatNumberPlain } from "@danso/documents";
import { loadXlsx } from "@danso/documents/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, TODAY, type Fixture } from "../testing/fixture.js";
import { createContext } from "../context.js";
import { ApiError } from "../errors.js";
import { loadViewer } from "../viewer.js";
import { projectionDownload, projectionQuery } from "./projection-download.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

async function viewerContext(login: string) {
  const user = await f.t.db.user.findUniqueOrThrow({ where: { login } });
  return createContext(f.t.db, await loadViewer(f.t.db, user.id), { ip: "127.0.0.1", userAgent: "danso-tests" }, () => "x", TODAY);
}

const YEARS = `query ($u: String!, $o: ProjectionOverridesInput) {
  projection(unitCode: $u, baseYear: 2026, horizon: 2035, scenario: CUSTOM, overrides: $o) { years { year total births tfr } } }`;
type Years = { projection: { years: { year: number; total: number; births: number | null; tfr: number | null }[] } };

const codeOf = (e: unknown) => (e instanceof ApiError ? e.code : e);

/** The data lines of our CSV: no BOM, no "#" lines, no quoted fields among the numbers. */
const csvRows = (body: Buffer) => body.toString("utf8").slice(1).split("\r\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(","));

describe("projection files", () => {
  it("hold the query's years for the same request, and are audited", async () => {
    const query = "unit=UNIT&baseYear=2026&horizon=2035&scenario=custom&srb=108&tfr=2026:1.5,2030:2.2".replace("UNIT", f.units.province);
    const args = projectionQuery(new URLSearchParams(query));
    const live = await (await f.api.as("tinh")).query<Years>(YEARS, { u: f.units.province, o: { srb: 108, tfrPath: [{ year: 2026, tfr: 1.5 }, { year: 2030, tfr: 2.2 }] } });
    expect(live.errors).toBeUndefined();
    const years = live.data!.projection.years;

    const ctx = await viewerContext("tinh");
    const csv = await projectionDownload(ctx, { ...args, format: "csv" });
    expect(csv.filename).toBe(`du-bao-dan-so-${f.units.province}-2026-2035-custom.csv`);
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    const text = csv.body.toString("utf8");
    expect(text).toContain("# Điều chỉnh: Lộ trình TFR 2026: 1,50 → 2030: 2,20");
    expect(text).toContain("Tỷ số giới tính khi sinh 108,0 bé trai/100 bé gái");
    const [head, ...data] = csvRows(csv.body);
    expect(head!.slice(0, 2)).toEqual(["Năm", "Dân số 01/01"]);
    expect(data.map((r) => Number(r[1]))).toEqual(years.map((y) => Math.round(y.total)));
    expect(data.map((r) => r[7])).toEqual(years.map((y) => formatNumberPlain(y.tfr, 2)));

    const xlsx = await projectionDownload(ctx, { ...args, format: "xlsx" });
    const sheet = (await loadXlsx(xlsx.body)).getWorksheet("Theo năm")!;
    const headerRow = sheet.getColumn(1).values.indexOf("Năm");
    const totals = years.map((_, k) => sheet.getCell(headerRow + 1 + k, 2).value);
    expect(totals).toEqual(years.map((y) => Math.round(y.total)));

    const audit = await f.t.pool.query(`SELECT id::text, login, entity_type, unit_path, details FROM audit_log WHERE action = 'export.projection' ORDER BY id`);
    expect(audit.rows.map((r) => [r.login, r.entity_type, r.unit_path, r.details.format])).toEqual([
      ["tinh", "Projection", `VN.T2025.${f.units.province}`, "csv"],
      ["tinh", "Projection", `VN.T2025.${f.units.province}`, "xlsx"],
    ]);
    expect(audit.rows[0].details).toMatchObject({ baseYear: 2026, horizon: 2035, scenario: "CUSTOM", overrides: { srb: 108 } });
    expect(text).toContain(`nhật ký số ${audit.rows[0].id}`);
  });

  it("serve a saved projection as it was stored, within the saved unit's scope", async () => {
    const save = await (await f.api.as("tinh")).query<{ saveProjection: { id: string } }>(
      `mutation ($u: String!) { saveProjection(name: "Phương án trung bình", unitCode: $u, baseYear: 2026, horizon: 2030, scenario: MEDIUM) { id } }`, { u: f.units.province });
    const id = save.data!.saveProjection.id;
    await f.t.pool.query(`UPDATE saved_projection SET years = jsonb_set(years, '{0,total}', '12345') WHERE id = $1`, [id]);
    const file = await projectionDownload(await viewerContext("tinh"), { ...projectionQuery(new URLSearchParams(`saved=${id}`)), format: "csv" });
    expect(file.filename).toBe(`du-bao-dan-so-${f.units.province}-luu-so-${id}.csv`);
    expect(file.body.toString("utf8")).toContain(`# Phương án đã lưu: «Phương án trung bình» số ${id}`);
    expect(csvRows(file.body)[1]!.slice(0, 2)).toEqual(["2026", "12345"]);
    expect(codeOf(await projectionDownload(await viewerContext("xa"), { saved: id, format: "xlsx" }).catch((e: unknown) => e))).toBe("FORBIDDEN");
    expect(codeOf(await projectionDownload(await viewerContext("tinh"), { saved: "9x", format: "csv" }).catch((e: unknown) => e))).toBe("NOT_FOUND");
  });

  it("are refused outside the statistics scope and for a bad request, with nothing audited", async () => {
    const before = (await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.projection'`)).rows[0].n;
    const xa = await viewerContext("xa");
    const province = { unitCode: f.units.province, baseYear: 2026, horizon: 2030, scenario: "MEDIUM", format: "csv" as const };
    expect(codeOf(await projectionDownload(xa, province).catch((e: unknown) => e))).toBe("FORBIDDEN");
    const early = await projectionDownload(await viewerContext("tinh"), { ...province, baseYear: 2022 }).catch((e: unknown) => e);
    expect(codeOf(early)).toBe("BAD_USER_INPUT");
    expect((early as ApiError).details.fieldErrors).toHaveProperty("baseYear");
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.projection'`)).rows[0].n).toBe(before);
  });
});

describe("the download's query string", () => {
  const parse = (q: string) => {
    try {
      return projectionQuery(new URLSearchParams(q));
    } catch (e) {
      return e as ApiError;
    }
  };

  it("reads the numbers and the TFR path", () => {
    expect(parse("unit=31&baseYear=2026&horizon=2050&scenario=CUSTOM&e0Male=74.5&migrationFactor=0&tfr=2030:1.8,2040:2.1")).toEqual({
      unitCode: "31", baseYear: 2026, horizon: 2050, scenario: "CUSTOM",
      overrides: { srb: undefined, e0Male: 74.5, e0Female: undefined, migrationFactor: 0, tfrPath: [{ year: 2030, tfr: 1.8 }, { year: 2040, tfr: 2.1 }] },
    });
  });

  it("refuses malformed numbers in Vietnamese, field by field", () => {
    const bad = parse("unit=31&baseYear=20x6&horizon=&scenario=MEDIUM&srb=1,1e2&tfr=2030-1.8");
    expect(bad).toBeInstanceOf(ApiError);
    expect((bad as ApiError).code).toBe("BAD_USER_INPUT");
    expect(Object.keys((bad as ApiError).details.fieldErrors!).sort()).toEqual(["baseYear", "horizon", "srb", "tfr"]);
    expect((bad as ApiError).message).toMatch(/^Tham số tải dự báo chưa hợp lệ: Năm gốc phải là một số/);
  });
});
