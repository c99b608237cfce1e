// Projections over HTTP: a unit of today's tree projected from its register's inputs (the
// same the engine computes directly), scenarios that order as they should, overrides that
// act, bad requests refused field by field with nothing computed, the statistics scope, and
// a named projection kept with its inputs and results, seen only within its unit's scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectionInputs } from "@danso/db";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const RUN = `query ($u: String!, $b: Int!, $h: Int!, $s: ProjectionScenario!, $o: ProjectionOverridesInput) {
  projection(unitCode: $u, baseYear: $b, horizon: $h, scenario: $s, overrides: $o) {
    unit { code } baseYear horizon scenario overrides { srb migrationFactor tfrPath { year tfr } }
    inputs { observedYears basePopulation tfr asfr births srb srbSource male { source e0 deaths } female { source e0 } netMigrants }
    years { year total male female births deaths netMigration tfr militaryAge grade1 medianAge populationMale populationFemale }
    scenarios { scenario totals }
  } }`;
interface Run {
  projection: {
    unit: { code: string }; baseYear: number; horizon: number; scenario: string;
    overrides: { srb: number | null; migrationFactor: number | null; tfrPath: { year: number; tfr: number }[] };
    inputs: { observedYears: number[]; basePopulation: number; tfr: number; asfr: number[]; births: number; srb: number; srbSource: string;
      male: { source: string; e0: number; deaths: number[] }; female: { source: string; e0: number }; netMigrants: number };
    years: { year: number; total: number; male: number; female: number; births: number | null; deaths: number | null; netMigration: number | null;
      tfr: number | null; militaryAge: number; grade1: number; medianAge: number; populationMale: number[]; populationFemale: number[] }[];
    scenarios: { scenario: string; totals: number[] }[];
  };
}

async function ok<T>(p: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const r = await p;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);

describe("a projection of today's province", () => {
  it("starts from the register's 1 January population and the engine's inputs, year after year to the horizon", async () => {
    const tinh = await f.api.as("tinh");
    const { projection: p } = await ok(tinh.query<Run>(RUN, { u: f.units.province, b: 2026, h: 2050, s: "MEDIUM" }));
    expect(p.years.map((y) => y.year)).toEqual(Array.from({ length: 25 }, (_, i) => 2026 + i));
    expect(p.inputs.observedYears).toEqual([2023, 2024, 2025]);
    // Persons whose spell covers 1 January 2026 in the province's communes, counted apart.
    const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
      WHERE u.path LIKE 'VN.T2025.' || $1 || '.%' AND r.valid_from <= '2026-01-01' AND (r.valid_to IS NULL OR r.valid_to > '2026-01-01')`, [f.units.province]);
    expect(p.inputs.basePopulation).toBe(rows[0].n);
    expect(p.years[0]!.total).toBe(rows[0].n);
    expect(sum(p.years[0]!.populationMale) + sum(p.years[0]!.populationFemale)).toBe(rows[0].n);

    const unit = (await f.t.pool.query(`SELECT id FROM admin_unit WHERE code = $1 AND valid_to IS NULL`, [f.units.province])).rows[0].id;
    const direct = await projectionInputs(f.t.db, unit, 2026);
    expect(p.inputs.tfr).toBeCloseTo(direct.tfr, 12);
    expect(p.inputs.births).toBe(direct.births);
    expect(p.inputs.male.deaths).toEqual(direct.mortality.male.deaths);
    expect(p.inputs.tfr).toBeGreaterThan(0.5);
    expect(p.inputs.births).toBeGreaterThan(0);

    // Each year: next total = this total + births − deaths + net migration.
    for (let k = 0; k + 1 < p.years.length; k++) {
      const y = p.years[k]!;
      expect(p.years[k + 1]!.total).toBeCloseTo(y.total + y.births! - y.deaths! + y.netMigration!, 6);
    }
    expect(p.years.at(-1)!.births).toBeNull();

    const total = (s: string) => p.scenarios.find((x) => x.scenario === s)!.totals.at(-1)!;
    expect(p.scenarios.map((s) => s.scenario)).toEqual(["MEDIUM", "LOW", "HIGH", "NO_MIGRATION"]);
    expect(total("MEDIUM")).toBeCloseTo(p.years.at(-1)!.total, 9);
    expect(total("HIGH")).toBeGreaterThan(total("MEDIUM"));
    expect(total("LOW")).toBeLessThan(total("MEDIUM"));
  });

  it("applies an analyst's overrides: a sex ratio at birth, no migration, a TFR path", async () => {
    const tinh = await f.api.as("tinh");
    const args = { u: f.units.province, b: 2026, h: 2035 };
    const { projection: p } = await ok(tinh.query<Run>(RUN, { ...args, s: "MEDIUM", o: { srb: 120, migrationFactor: 0 } }));
    const born = p.years[1]!.populationMale[0]! / p.years[1]!.populationFemale[0]!;
    expect(born).toBeGreaterThan(1.15);
    expect(p.years[0]!.netMigration).toBeCloseTo(0, 9);
    expect(p.scenarios.find((s) => s.scenario === "NO_MIGRATION")!.totals).toEqual(p.scenarios.find((s) => s.scenario === "MEDIUM")!.totals);

    const path = [{ year: 2026, tfr: 1.2 }, { year: 2030, tfr: 2.8 }];
    const { projection: c } = await ok(tinh.query<Run>(RUN, { ...args, s: "CUSTOM", o: { tfrPath: path } }));
    expect(c.years[2]!.tfr).toBeCloseTo(2.0, 9);
    expect(c.years[6]!.tfr).toBeCloseTo(2.8, 9);
    expect(c.overrides.tfrPath).toEqual(path);
    expect(c.scenarios.map((s) => s.scenario)).toContain("CUSTOM");
  });

  it("refuses a bad request field by field, in Vietnamese", async () => {
    const tinh = await f.api.as("tinh");
    const r = await tinh.query(RUN, { u: f.units.province, b: 2022, h: 2070, s: "MEDIUM", o: { srb: 300, tfrPath: [{ year: 2030, tfr: 2 }] } });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors?.[0]?.extensions?.fieldErrors as object).sort()).toEqual(["baseYear", "horizon", "srb", "tfrPath"]);
    expect(r.errors?.[0]?.message).toMatch(/Năm gốc từ 2024/);
    const unknown = await tinh.query(RUN, { u: "99999", b: 2026, h: 2030, s: "MEDIUM" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("is open within the statistics scope only", async () => {
    const args = { u: f.units.province, b: 2026, h: 2030, s: "MEDIUM" };
    for (const login of ["xa", "ctv"]) expect((await (await f.api.as(login)).query(RUN, args)).errors?.[0]?.extensions?.code, login).toBe("FORBIDDEN");
    expect((await f.api.anonymous.query(RUN, args)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const own = await ok((await f.api.as("xa")).query<Run>(RUN, { ...args, u: f.units.commune }));
    expect(own.projection.unit.code).toBe(f.units.commune);
    // A commune has too few deaths for its own life table: the model's, at its level.
    expect(own.projection.inputs.male.source).toBe("MODEL");
  });
});

describe("saved projections", () => {
  const SAVE = `mutation ($n: String!, $u: String!, $o: ProjectionOverridesInput) { saveProjection(name: $n, unitCode: $u, baseYear: 2026, horizon: 2040, scenario: HIGH, overrides: $o) {
    id name createdBy projection { unit { code } scenario horizon overrides { srb } years { year total } } } }`;
  const LIST = `query ($u: String) { savedProjections(unitCode: $u) { id name } }`;
  const ONE = `query ($id: ID!) { savedProjection(id: $id) { name projection { scenario years { total } inputs { basePopulation } } } }`;

  it("keeps a named projection with its results, for the unit's scope, and audits the saving", async () => {
    const tinh = await f.api.as("tinh");
    const saved = (await ok(tinh.query<{ saveProjection: { id: string; name: string; createdBy: string; projection: { scenario: string; horizon: number; overrides: { srb: number }; years: { total: number }[] } } }>(
      SAVE, { n: "  Phương án sinh cao 2040  ", u: f.units.province, o: { srb: 108 } }))).saveProjection;
    expect(saved).toMatchObject({ name: "Phương án sinh cao 2040", projection: { scenario: "HIGH", horizon: 2040, overrides: { srb: 108 } } });
    expect(saved.projection.years).toHaveLength(15);
    const live = await ok(tinh.query<Run>(RUN, { u: f.units.province, b: 2026, h: 2040, s: "HIGH", o: { srb: 108 } }));
    expect(saved.projection.years.map((y) => y.total)).toEqual(live.projection.years.map((y) => y.total));

    // The stored results are served as stored, not recomputed.
    await f.t.pool.query(`UPDATE saved_projection SET years = jsonb_set(years, '{0,total}', '12345') WHERE id = $1`, [saved.id]);
    const reopened = await ok(tinh.query<{ savedProjection: { projection: { years: { total: number }[] } } }>(ONE, { id: saved.id }));
    expect(reopened.savedProjection.projection.years[0]!.total).toBe(12345);

    expect((await ok(tinh.query<{ savedProjections: { id: string }[] }>(LIST, {}))).savedProjections.map((s) => s.id)).toContain(saved.id);
    const xa = await f.api.as("xa");
    expect((await ok(xa.query<{ savedProjections: { id: string }[] }>(LIST, {}))).savedProjections).toEqual([]);
    expect((await xa.query(ONE, { id: saved.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await xa.query(LIST, { u: f.units.province })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const audit = await f.t.pool.query(`SELECT login, unit_path FROM audit_log WHERE action = 'projection.save' AND entity_id = $1`, [saved.id]);
    expect(audit.rows).toEqual([{ login: "tinh", unit_path: `VN.T2025.${f.units.province}` }]);
  });

  it("goes with a stored report of its own unit, listed on the report", async () => {
    const tinh = await f.api.as("tinh");
    const report = (await ok(tinh.query<{ generateReport: { id: string } }>(`mutation { generateReport(form: "DST-QUY", unitCode: "${f.units.province}", period: "2025-Q3") { id } }`))).generateReport;
    const WITH = `mutation ($u: String!, $r: ID) { saveProjection(name: "Kèm báo cáo quý", unitCode: $u, baseYear: 2026, horizon: 2035, scenario: MEDIUM, reportId: $r) { id report { id } } }`;
    const saved = (await ok(tinh.query<{ saveProjection: { id: string; report: { id: string } } }>(WITH, { u: f.units.province, r: report.id }))).saveProjection;
    expect(saved.report.id).toBe(report.id);
    const listed = await ok(tinh.query<{ storedReport: { projections: { id: string; name: string }[] } }>(`query ($id: ID!) { storedReport(id: $id) { projections { id name } } }`, { id: report.id }));
    expect(listed.storedReport.projections).toEqual([{ id: saved.id, name: "Kèm báo cáo quý" }]);

    const before = (await f.t.pool.query(`SELECT count(*)::int AS n FROM saved_projection`)).rows[0].n;
    const other = await tinh.query(WITH, { u: f.units.commune, r: report.id });
    expect(other.errors?.[0]?.message).toBe("Dự báo chỉ kèm được báo cáo của chính đơn vị được dự báo.");
    const missing = await tinh.query(WITH, { u: f.units.province, r: "999999" });
    expect(missing.errors?.[0]?.extensions?.fieldErrors).toEqual({ reportId: ["Báo cáo không tồn tại"] });
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM saved_projection`)).rows[0].n).toBe(before);
  });

  it("refuses an empty name and a role that does not plan, saving nothing", async () => {
    const before = (await f.t.pool.query(`SELECT count(*)::int AS n FROM saved_projection`)).rows[0].n;
    const empty = await (await f.api.as("tinh")).query(SAVE, { n: "   ", u: f.units.province });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const approver = await (await f.api.as("pheduyet")).query(SAVE, { n: "Thử", u: f.units.province });
    expect(approver.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM saved_projection`)).rows[0].n).toBe(before);
  });
});
