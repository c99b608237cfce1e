// Statistics and reports over HTTP: the catalogue, indicator values that add up, a district
// report computed live, and the workflow from generation to a published, signed report
// that anyone can verify — and that fails verification once a stored value is altered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeReport } from "@danso/db";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const REPORT_FIELDS = `id version status statusLabel contentHash correctionReason approvedBy { login } signingKey { fingerprint } supersedes { id }
  table { period columns { code } lines { kind indicator values } }`;
type ReportRow = { id: string; version: number; status: string; contentHash: string | null; correctionReason: string | null;
  table: { columns: { code: string }[]; lines: { kind: string; indicator: string | null; values: (number | null)[] }[] } };

async function ok<T>(p: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const r = await p;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

describe("statistics", () => {
  it("publishes the indicator catalogue and the forms to anyone", async () => {
    const d = await ok(f.api.anonymous.query<{ indicators: { code: string; definition: string; unitLabel: string }[]; reportForms: { code: string }[] }>(
      `{ indicators { code definition unitLabel } reportForms { code } }`));
    expect(d.indicators.length).toBeGreaterThan(90);
    expect(d.indicators.find((i) => i.code === "TFR")).toMatchObject({ unitLabel: "con/phụ nữ" });
    expect(d.reportForms.map((r) => r.code)).toEqual(expect.arrayContaining(["01-DSH", "03-DSX"]));
  });

  it("gives an indicator for every district of the province, adding up to the province", async () => {
    const tinh = await f.api.as("tinh");
    const Q = `query ($u: [String!], $l: Int, $w: String) { indicatorValues(indicator: "POP_END", period: "2025", unitCodes: $u, level: $l, within: $w) { unit { code } value } }`;
    const districts = await ok(tinh.query<{ indicatorValues: { unit: { code: string }; value: number }[] }>(Q, { l: 2, w: "30" }));
    expect(districts.indicatorValues).toHaveLength(12);
    const province = await ok(tinh.query<{ indicatorValues: { value: number }[] }>(Q, { u: ["30"] }));
    expect(districts.indicatorValues.reduce((s, v) => s + v.value, 0)).toBe(province.indicatorValues[0]!.value);
    const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
      WHERE u.path LIKE 'VN.30.%' AND r.valid_from <= '2025-12-31' AND (r.valid_to IS NULL OR r.valid_to > '2025-12-31')`);
    expect(province.indicatorValues[0]!.value).toBe(rows[0].n);
    const refused = await (await f.api.as("huyen")).query(Q, { u: ["30"] });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers many whole-country aliases and concurrent requests by queueing for the database, never failing", async () => {
    const tw = await f.api.as("trunguong");
    const nation = (await f.t.pool.query(`SELECT code FROM admin_unit WHERE level = 0 LIMIT 1`)).rows[0].code as string;
    const codes = ["POP_END", "CBR", "SRB", "TFR", "CPR", "MARRIAGES"];
    const query = `{ ${codes.map((c, i) => `a${i}: indicatorValues(indicator: "${c}", period: "2025", level: 1, within: "${nation}") { unit { code } value }`).join(" ")} }`;
    // The register is busy (another transaction holds the residence table), so every request
    // has to wait for the database longer than a connection may be awaited by default.
    const blocker = await f.t.pool.connect();
    let answers;
    try {
      await blocker.query("BEGIN; LOCK TABLE residence IN ACCESS EXCLUSIVE MODE");
      const pending = Promise.all([1, 2, 3].map(() => tw.query<Record<string, { unit: { code: string }; value: number | null }[]>>(query)));
      await expect.poll(async () => (await blocker.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n, { timeout: 60_000 }).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 3_000));
      await blocker.query("COMMIT");
      answers = await pending;
    } finally {
      blocker.release();
    }
    for (const a of answers) expect(a.errors).toBeUndefined();
    // Every request read the same register: the same figures.
    expect(answers[1]!.data).toEqual(answers[0]!.data);
    expect(answers[0]!.data!.a0!.map((v) => v.unit.code)).toEqual(expect.arrayContaining(["30", "31"]));
  });

  it("computes a district's quarterly report live, one column per commune, as the engine does", async () => {
    const d = await ok((await f.api.as("huyen")).query<{ report: { table: ReportRow["table"]; versions: unknown[] } }>(
      `{ report(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q2") { table { columns { code } lines { kind indicator values } } versions { id } } }`));
    const district = (await f.t.pool.query(`SELECT id FROM admin_unit WHERE code = $1`, [f.units.district])).rows[0].id;
    const direct = await computeReport(f.t.db, "01-DSH", district, "2025-Q2");
    expect(d.report.table.columns.map((c) => c.code)).toEqual(direct.columns.map((c) => c.code));
    expect(d.report.table.columns[0]!.code).toBe(f.units.district);
    const live = d.report.table.lines.find((l) => l.indicator === "POP_END")!.values;
    const engine = direct.lines.find((l) => l.kind === "indicator" && l.indicator === "POP_END");
    expect(live).toEqual(engine?.kind === "indicator" ? engine.values : null);
    expect(d.report.versions).toEqual([]);
  });

  it("refuses a form that does not fit the unit, and an unknown one", async () => {
    const huyen = await f.api.as("huyen");
    const wrong = await huyen.query(`{ report(form: "03-DSX", unitCode: "${f.units.district}", period: "2025") { table { period } } }`);
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(wrong.errors?.[0]?.message).toMatch(/cấp xã/);
    const unknown = await huyen.query(`{ report(form: "99-XYZ", unitCode: "${f.units.district}", period: "2025") { table { period } } }`);
    expect(unknown.errors?.[0]?.message).toMatch(/Không có biểu/);
  });

  it("shows which communes recorded the month's changes late", async () => {
    const d = await ok((await f.api.as("huyen")).query<{ timeliness: { recordBy: string; communes: { unit: { code: string }; status: string; total: number }[] } }>(
      `{ timeliness(unitCode: "${f.units.district}", month: "2025-M06") { recordBy verifyBy lateCount communes { unit { code } status total } } }`));
    expect(d.timeliness.recordBy).toBe("2025-07-05");
    const communes = (await f.t.pool.query(`SELECT count(*)::int AS n FROM admin_unit WHERE parent_id = (SELECT id FROM admin_unit WHERE code = $1)`, [f.units.district])).rows[0].n;
    expect(d.timeliness.communes).toHaveLength(communes);
    expect(d.timeliness.communes.every((c) => ["ON_TIME", "LATE", "IN_PROGRESS", "NO_CHANGES"].includes(c.status))).toBe(true);
  });
});

describe("the report workflow", () => {
  it("goes from generation to a signed, published report that anyone can verify", async () => {
    const [huyen, pheduyet, congbo] = [await f.api.as("huyen"), await f.api.as("pheduyet"), await f.api.as("congbo")];
    const generated = (await ok(huyen.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q2") { ${REPORT_FIELDS} } }`))).generateReport;
    expect(generated).toMatchObject({ version: 1, status: "GENERATED", contentHash: null });

    // Each step belongs to its role.
    expect((await huyen.query(`mutation { approveReport(id: "${generated.id}") { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const approved = (await ok(pheduyet.query<{ approveReport: ReportRow & { approvedBy: { login: string } } }>(`mutation { approveReport(id: "${generated.id}") { ${REPORT_FIELDS} } }`))).approveReport;
    expect(approved).toMatchObject({ status: "APPROVED", approvedBy: { login: "pheduyet" } });
    expect((await congbo.query(`mutation { publishReport(id: "${generated.id}") { id } }`)).errors?.[0]?.message).toMatch(/chưa được ký/);
    const signed = (await ok(pheduyet.query<{ signReport: ReportRow & { signingKey: { fingerprint: string } } }>(`mutation { signReport(id: "${generated.id}") { ${REPORT_FIELDS} } }`))).signReport;
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await pheduyet.query(`mutation { publishReport(id: "${generated.id}") { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const CHECK = `{ verifyReportSignature(id: "${generated.id}") { signed valid contentHash fingerprint signedBy formCode } }`;
    // Until it is published the public does not know the version exists; its officers may check it.
    expect((await f.api.anonymous.query(CHECK)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await ok(huyen.query<{ verifyReportSignature: { valid: boolean } }>(CHECK))).verifyReportSignature.valid).toBe(true);
    expect((await ok(congbo.query<{ publishReport: ReportRow }>(`mutation { publishReport(id: "${generated.id}") { status } }`))).publishReport.status).toBe("PUBLISHED");
    const check = (await ok(f.api.anonymous.query<{ verifyReportSignature: { valid: boolean; contentHash: string; fingerprint: string; signedBy: string } }>(CHECK))).verifyReportSignature;
    expect(check).toMatchObject({ valid: true, contentHash: signed.contentHash, fingerprint: signed.signingKey.fingerprint, signedBy: "Đỗ Thị Lan" });

    // Someone with database access alters one figure: the signature no longer verifies.
    const c = await f.t.pool.connect();
    await c.query("BEGIN; ALTER TABLE report DISABLE TRIGGER report_keep_locked");
    await c.query(`UPDATE report SET snapshot = jsonb_set(snapshot, '{table,lines,1,values,0}', '1') WHERE id = $1`, [Number(generated.id)]);
    await c.query("ALTER TABLE report ENABLE TRIGGER report_keep_locked; COMMIT");
    c.release();
    expect((await ok(f.api.anonymous.query<{ verifyReportSignature: { valid: boolean } }>(CHECK))).verifyReportSignature.valid).toBe(false);

    const audit = (await f.t.pool.query(`SELECT action, login FROM audit_log WHERE entity_type = 'Report' AND entity_id = $1 ORDER BY id`, [generated.id])).rows;
    expect(audit).toEqual([
      { action: "report.generate", login: "huyen" }, { action: "report.approve", login: "pheduyet" },
      { action: "report.sign", login: "pheduyet" }, { action: "report.publish", login: "congbo" },
    ]);
  });

  it("corrects an official report only by a new version with a reason", async () => {
    const [huyen, pheduyet] = [await f.api.as("huyen"), await f.api.as("pheduyet")];
    const first = (await ok(huyen.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q3") { id } }`))).generateReport;
    await ok(pheduyet.query(`mutation { approveReport(id: "${first.id}") { id } }`));
    const again = await huyen.query(`mutation { generateReport(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q3") { id } }`);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: "INVALID_STATE" } });
    expect(again.errors?.[0]?.message).toMatch(/bản thay thế/);

    const fix = (await ok(huyen.query<{ supersedeReport: ReportRow }>(`mutation { supersedeReport(id: "${first.id}", reason: "Xã Cẩm Thượng bổ sung 2 ca sinh ghi muộn") { ${REPORT_FIELDS} } }`))).supersedeReport;
    expect(fix).toMatchObject({ version: 2, status: "GENERATED", correctionReason: "Xã Cẩm Thượng bổ sung 2 ca sinh ghi muộn", supersedes: { id: first.id } });
    await ok(pheduyet.query(`mutation { approveReport(id: "${fix.id}") { id } }`));
    const old = await ok(huyen.query<{ storedReport: { status: string } }>(`{ storedReport(id: "${first.id}") { status } }`));
    expect(old.storedReport.status).toBe("SUPERSEDED");
    const list = await ok(huyen.query<{ reports: { totalCount: number } }>(`{ reports(unitCode: "${f.units.district}", period: "2025-Q3") { totalCount } }`));
    expect(list.reports.totalCount).toBe(2);
  });

  it("records who signed, and fails every signature of a revoked key from its revocation", async () => {
    const [huyen, pheduyet] = [await f.api.as("huyen"), await f.api.as("pheduyet")];
    const r = (await ok(huyen.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "01-DSH", unitCode: "${f.units.district}", period: "2024-Q4") { id } }`))).generateReport;
    await ok(pheduyet.query(`mutation { approveReport(id: "${r.id}") { id } }`));
    const signed = (await ok(pheduyet.query<{ signReport: { signedBy: { login: string }; signedAt: string } }>(`mutation { signReport(id: "${r.id}") { signedBy { login } signedAt } }`))).signReport;
    expect(signed.signedBy.login).toBe("pheduyet");
    const CHECK = `{ verifyReportSignature(id: "${r.id}") { valid signedBy signedAt keyRevokedAt } }`;
    expect((await ok(huyen.query<{ verifyReportSignature: object }>(CHECK))).verifyReportSignature).toMatchObject({ valid: true, signedBy: "Đỗ Thị Lan", signedAt: signed.signedAt, keyRevokedAt: null });

    expect((await huyen.query(`mutation { revokeSigningKey(unitCode: "${f.units.district}") { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const revoked = (await ok(pheduyet.query<{ revokeSigningKey: { revokedAt: string } }>(`mutation { revokeSigningKey(unitCode: "${f.units.district}") { revokedAt } }`))).revokeSigningKey;
    expect((await ok(huyen.query<{ verifyReportSignature: object }>(CHECK))).verifyReportSignature).toMatchObject({ valid: false, keyRevokedAt: revoked.revokedAt });
    const audit = (await f.t.pool.query(`SELECT login FROM audit_log WHERE action = 'signingKey.revoke'`)).rows;
    expect(audit).toEqual([{ login: "pheduyet" }]);
  });
});
