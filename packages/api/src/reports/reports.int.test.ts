// Statistics and reports over HTTP, across the 1 July 2025 reorganisation: the catalogue,
// indicator values that add up (the communes of today's province, the districts of a
// province before it), reports computed live on the tree of their period's last day (a
// district's before July 2025, refused after; today's province with its communes as
// columns), and the workflow from generation to a published, signed report that anyone can
// verify — and that fails verification once a stored value is altered.
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

  const VALUES = `query ($p: String!, $u: [String!], $l: Int, $w: String) { indicatorValues(indicator: "POP_END", period: $p, unitCodes: $u, level: $l, within: $w) { unit { code } value } }`;
  type Values = { indicatorValues: { unit: { code: string }; value: number }[] };
  const residentsOn = async (pathPrefix: string, date: string) => (await f.t.pool.query(`SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
    WHERE u.path LIKE $1 || '.%' AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)`, [pathPrefix, date])).rows[0].n as number;

  it("gives an indicator for every commune of today's province, adding up to the province", async () => {
    const tinh = await f.api.as("tinh");
    const communes = await ok(tinh.query<Values>(VALUES, { p: "2025", l: 3, w: f.units.province }));
    const expected = (await f.t.pool.query(`SELECT count(*)::int AS n FROM admin_unit WHERE level = 3 AND path LIKE 'VN.T2025.' || $1 || '.%'`, [f.units.province])).rows[0].n;
    expect(communes.indicatorValues).toHaveLength(expected);
    expect(communes.indicatorValues.map((v) => v.unit.code)).toContain(f.units.commune);
    const province = await ok(tinh.query<Values>(VALUES, { p: "2025", u: [f.units.province] }));
    expect(communes.indicatorValues.reduce((s, v) => s + v.value, 0)).toBe(province.indicatorValues[0]!.value);
    expect(province.indicatorValues[0]!.value).toBe(await residentsOn(`VN.T2025.${f.units.province}`, "2025-12-31"));
    const refused = await (await f.api.as("huyen")).query(VALUES, { p: "2025", u: [f.units.province] });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("marks as estimated the new communes whose figures before the reform are partly apportioned", async () => {
    // A new commune that took in part of a divided commune: its 2025 figures count the old
    // commune's households that ended before 1 July 2025 by the apportioning rule.
    const Q = `query ($p: String!, $w: String) { indicatorValues(indicator: "POP_END", period: $p, level: 3, within: $w) { unit { code } estimated } }`;
    type Flags = { indicatorValues: { unit: { code: string }; estimated: boolean }[] };
    const tinh = await f.api.as("tinh");
    const flagged = async (p: string) => (await ok(tinh.query<Flags>(Q, { p, w: f.units.province }))).indicatorValues.filter((v) => v.estimated).map((v) => v.unit.code).sort();
    const { rows } = await f.t.pool.query(`SELECT DISTINCT n.code FROM unit_succession s JOIN admin_unit n ON n.id = s.successor_id
      WHERE s.kind = 'PARTIAL' AND n.level = 3 AND n.path LIKE 'VN.T2025.' || $1 || '.%' ORDER BY 1`, [f.units.province]);
    expect(rows.length).toBeGreaterThan(0);
    expect(await flagged("2025")).toEqual(rows.map((r) => r.code).sort());
    expect(await flagged("2026-M03")).toEqual([]); // on today's tree from its first day: nothing apportioned
    const report = await ok(tinh.query<{ report: { table: { columns: { code: string; estimated: boolean }[] } } }>(
      `{ report(form: "DST-NAM", unitCode: "${f.units.province}", period: "2025") { table { columns { code estimated } } } }`));
    // The city holds every successor of its divided communes: its own figures are exact.
    expect(report.report.table.columns.filter((c) => c.estimated).map((c) => c.code).sort()).toEqual(await flagged("2025"));
  });

  it("gives an indicator for every district of a province before the reorganisation, adding up to it", async () => {
    // Hải Dương (30) went wholly into today's Hải Phòng: its officers read its history.
    const tinh = await f.api.as("tinh");
    const districts = await ok(tinh.query<Values>(VALUES, { p: "2024", l: 2, w: "30" }));
    expect(districts.indicatorValues).toHaveLength(12);
    expect(districts.indicatorValues.map((v) => v.unit.code)).toContain(f.units.district);
    const province = await ok(tinh.query<Values>(VALUES, { p: "2024", u: ["30"] }));
    expect(districts.indicatorValues.reduce((s, v) => s + v.value, 0)).toBe(province.indicatorValues[0]!.value);
    expect(province.indicatorValues[0]!.value).toBe(await residentsOn("VN.30", "2024-12-31"));
    expect((await (await f.api.as("huyen")).query(VALUES, { p: "2024", u: ["30"] })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The province no longer existed at the end of 2025: refused as such, not as an unknown code.
    const after = await tinh.query(VALUES, { p: "2025", u: ["30"] });
    expect(after.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(after.errors?.[0]?.message).toMatch(/^Tỉnh Hải Dương \(mã 30\) không còn từ ngày 01\/07\/2025/);
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
    // The provinces of the tree at the end of 2025: 34, Hải Phòng among them, Hải Dương no more.
    const provinces = answers[0]!.data!.a0!.map((v) => v.unit.code);
    expect(provinces).toHaveLength(34);
    expect(provinces).toEqual(expect.arrayContaining(["31", "12"]));
    expect(provinces).not.toContain("30");
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

  it("computes today's province's quarterly report live, one column per commune, as the engine does", async () => {
    const d = await ok((await f.api.as("tinh")).query<{ report: { table: ReportRow["table"] } }>(
      `{ report(form: "DST-QUY", unitCode: "${f.units.province}", period: "2025-Q3") { table { columns { code } lines { kind indicator values } } } }`));
    const province = (await f.t.pool.query(`SELECT id FROM admin_unit WHERE code = $1 AND valid_to IS NULL`, [f.units.province])).rows[0].id;
    const communes = (await f.t.pool.query(`SELECT code FROM admin_unit WHERE parent_id = $1 AND level = 3 ORDER BY code`, [province])).rows.map((r) => r.code);
    expect(d.report.table.columns.map((c) => c.code)).toEqual([f.units.province, ...communes]);
    const direct = await computeReport(f.t.db, "DST-QUY", province, "2025-Q3");
    const live = d.report.table.lines.find((l) => l.indicator === "POP_END")!.values;
    const engine = direct.lines.find((l) => l.kind === "indicator" && l.indicator === "POP_END");
    expect(live).toEqual(engine?.kind === "indicator" ? engine.values : null);
    expect(live[0]).toBe(await residentsOn(`VN.T2025.${f.units.province}`, "2025-09-30"));
  });

  it("refuses a form that does not fit the unit, and an unknown one", async () => {
    const huyen = await f.api.as("huyen");
    const wrong = await huyen.query(`{ report(form: "03-DSX", unitCode: "${f.units.district}", period: "2024") { table { period } } }`);
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(wrong.errors?.[0]?.message).toMatch(/cấp xã/);
    const unknown = await huyen.query(`{ report(form: "99-XYZ", unitCode: "${f.units.district}", period: "2024") { table { period } } }`);
    expect(unknown.errors?.[0]?.message).toMatch(/Không có biểu/);
    // Today's tree has no districts: no unit takes a district form.
    const district = await (await f.api.as("tinh")).query(`{ report(form: "01-DSH", unitCode: "${f.units.province}", period: "2025-Q3") { table { period } } }`);
    expect(district.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(district.errors?.[0]?.message).toMatch(/cấp huyện/);
  });

  it("refuses a district report for a period ending after the district was abolished, and says why", async () => {
    const huyen = await f.api.as("huyen");
    const asks = [
      `{ report(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q3") { table { period } } }`,
      `{ report(form: "DSH-NAM", unitCode: "${f.units.district}", period: "2025") { table { period } } }`,
      `mutation { generateReport(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q3") { id } }`,
      `{ timeliness(unitCode: "${f.units.district}", month: "2025-M07") { lateCount } }`,
    ];
    for (const ask of asks) {
      const r = await huyen.query(ask);
      expect(r.errors?.[0]?.extensions, ask).toMatchObject({ code: "BAD_USER_INPUT", fieldErrors: { period: ["Đơn vị không còn từ ngày 01/07/2025"] } });
      expect(r.errors?.[0]?.message).toMatch(/^Thành phố Hải Dương \(mã 288\) không còn từ ngày 01\/07\/2025 do sắp xếp đơn vị hành chính: số liệu và báo cáo của đơn vị này chỉ có cho các kỳ kết thúc trước ngày đó/);
    }
    expect((await f.t.pool.query(`SELECT count(*)::int AS n FROM report r JOIN admin_unit u ON u.id = r.unit_id WHERE u.code = $1`, [f.units.district])).rows[0].n).toBe(0);
    // The last quarter it existed is its own.
    expect((await huyen.query(`{ report(form: "01-DSH", unitCode: "${f.units.district}", period: "2025-Q2") { table { period } } }`)).errors).toBeUndefined();
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
    const [tinh, pheduyet, congbo] = [await f.api.as("tinh"), await f.api.as("pheduyet"), await f.api.as("congbo")];
    const generated = (await ok(tinh.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "DST-QUY", unitCode: "${f.units.province}", period: "2025-Q3") { ${REPORT_FIELDS} } }`))).generateReport;
    expect(generated).toMatchObject({ version: 1, status: "GENERATED", contentHash: null });
    expect(generated.table.columns[0]!.code).toBe(f.units.province);
    expect(generated.table.columns.map((c) => c.code)).toContain(f.units.commune);

    // Each step belongs to its role.
    expect((await tinh.query(`mutation { approveReport(id: "${generated.id}") { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const approved = (await ok(pheduyet.query<{ approveReport: ReportRow & { approvedBy: { login: string } } }>(`mutation { approveReport(id: "${generated.id}") { ${REPORT_FIELDS} } }`))).approveReport;
    expect(approved).toMatchObject({ status: "APPROVED", approvedBy: { login: "pheduyet" } });
    expect((await congbo.query(`mutation { publishReport(id: "${generated.id}") { id } }`)).errors?.[0]?.message).toMatch(/chưa được ký/);
    const signed = (await ok(pheduyet.query<{ signReport: ReportRow & { signingKey: { fingerprint: string } } }>(`mutation { signReport(id: "${generated.id}") { ${REPORT_FIELDS} } }`))).signReport;
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await pheduyet.query(`mutation { publishReport(id: "${generated.id}") { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const CHECK = `{ verifyReportSignature(id: "${generated.id}") { signed valid contentHash fingerprint signedBy formCode } }`;
    // Until it is published the public does not know the version exists; its officers may check it.
    expect((await f.api.anonymous.query(CHECK)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await ok(tinh.query<{ verifyReportSignature: { valid: boolean } }>(CHECK))).verifyReportSignature.valid).toBe(true);
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
      { action: "report.generate", login: "tinh" }, { action: "report.approve", login: "pheduyet" },
      { action: "report.sign", login: "pheduyet" }, { action: "report.publish", login: "congbo" },
    ]);
  });

  it("corrects an official report only by a new version with a reason", async () => {
    const [tinh, pheduyet] = [await f.api.as("tinh"), await f.api.as("pheduyet")];
    const first = (await ok(tinh.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "DST-QUY", unitCode: "${f.units.province}", period: "2025-Q4") { id } }`))).generateReport;
    await ok(pheduyet.query(`mutation { approveReport(id: "${first.id}") { id } }`));
    const again = await tinh.query(`mutation { generateReport(form: "DST-QUY", unitCode: "${f.units.province}", period: "2025-Q4") { id } }`);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: "INVALID_STATE" } });
    expect(again.errors?.[0]?.message).toMatch(/bản thay thế/);

    const reason = "Phường Thành Đông bổ sung 2 ca sinh ghi muộn";
    const fix = (await ok(tinh.query<{ supersedeReport: ReportRow }>(`mutation { supersedeReport(id: "${first.id}", reason: "${reason}") { ${REPORT_FIELDS} } }`))).supersedeReport;
    expect(fix).toMatchObject({ version: 2, status: "GENERATED", correctionReason: reason, supersedes: { id: first.id } });
    await ok(pheduyet.query(`mutation { approveReport(id: "${fix.id}") { id } }`));
    const old = await ok(tinh.query<{ storedReport: { status: string } }>(`{ storedReport(id: "${first.id}") { status } }`));
    expect(old.storedReport.status).toBe("SUPERSEDED");
    const list = await ok(tinh.query<{ reports: { totalCount: number } }>(`{ reports(unitCode: "${f.units.province}", period: "2025-Q4") { totalCount } }`));
    expect(list.reports.totalCount).toBe(2);
  });

  it("records who signed, and fails every signature of a revoked key from its revocation", async () => {
    const [tinh, pheduyet] = [await f.api.as("tinh"), await f.api.as("pheduyet")];
    const r = (await ok(tinh.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "DST-QUY", unitCode: "${f.units.province}", period: "2026-Q1") { id } }`))).generateReport;
    await ok(pheduyet.query(`mutation { approveReport(id: "${r.id}") { id } }`));
    const signed = (await ok(pheduyet.query<{ signReport: { signedBy: { login: string }; signedAt: string } }>(`mutation { signReport(id: "${r.id}") { signedBy { login } signedAt } }`))).signReport;
    expect(signed.signedBy.login).toBe("pheduyet");
    const CHECK = `{ verifyReportSignature(id: "${r.id}") { valid signedBy signedAt keyRevokedAt } }`;
    expect((await ok(tinh.query<{ verifyReportSignature: object }>(CHECK))).verifyReportSignature).toMatchObject({ valid: true, signedBy: "Đỗ Thị Lan", signedAt: signed.signedAt, keyRevokedAt: null });

    expect((await tinh.query(`mutation { revokeSigningKey(unitCode: "${f.units.province}") { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const revoked = (await ok(pheduyet.query<{ revokeSigningKey: { revokedAt: string } }>(`mutation { revokeSigningKey(unitCode: "${f.units.province}") { revokedAt } }`))).revokeSigningKey;
    expect((await ok(tinh.query<{ verifyReportSignature: object }>(CHECK))).verifyReportSignature).toMatchObject({ valid: false, keyRevokedAt: revoked.revokedAt });
    const audit = (await f.t.pool.query(`SELECT login FROM audit_log WHERE action = 'signingKey.revoke'`)).rows;
    expect(audit).toEqual([{ login: "pheduyet" }]);
  });
});

describe("the history of an abolished district", () => {
  it("is its officer's to read: a report of a quarter before July 2025 is stored and listed, today's units are not theirs", async () => {
    const huyen = await f.api.as("huyen");
    const stored = (await ok(huyen.query<{ generateReport: ReportRow }>(`mutation { generateReport(form: "01-DSH", unitCode: "${f.units.district}", period: "2024-Q3") { ${REPORT_FIELDS} } }`))).generateReport;
    expect(stored).toMatchObject({ version: 1, status: "GENERATED" });
    expect(stored.table.columns[0]!.code).toBe(f.units.district);
    type List = { reports: { totalCount: number; edges: { node: { id: string; unit: { code: string; validTo: string | null } } }[] } };
    for (const period of ["2024-Q3", null]) {
      const list = await ok(huyen.query<List>(`query ($p: String) { reports(unitCode: "${f.units.district}", period: $p) { totalCount edges { node { id unit { code validTo } } } } }`, { p: period }));
      expect(list.reports.edges.map((e) => e.node), String(period)).toContainEqual({ id: stored.id, unit: { code: f.units.district, validTo: "2025-07-01" } });
    }
    // The district's communes now belong to today's units, which are not the district's officer's.
    for (const ask of [
      `{ report(form: "DST-QUY", unitCode: "${f.units.province}", period: "2025-Q3") { table { period } } }`,
      `{ report(form: "02-DSX", unitCode: "${f.units.commune}", period: "2025-Q3") { table { period } } }`,
      `mutation { generateReport(form: "02-DSX", unitCode: "${f.units.commune}", period: "2025-Q3") { id } }`,
    ]) expect((await huyen.query(ask)).errors?.[0]?.extensions?.code, ask).toBe("FORBIDDEN");
  });
});

describe("the national report", () => {
  it("is the centre's: the nation and today's 34 provinces as columns, adding up; a province officer is refused", async () => {
    const Q = `{ report(form: "DSTW-QUY", unitCode: "VN", period: "2026-Q1") { table { columns { code } lines { indicator values } } } }`;
    type Live = { report: { table: { columns: { code: string }[]; lines: { indicator: string | null; values: (number | null)[] }[] } } };
    const live = await ok((await f.api.as("trunguong")).query<Live>(Q));
    const { columns, lines } = live.report.table;
    expect(columns[0]!.code).toBe("VN");
    expect(columns).toHaveLength(35);
    expect(columns.map((c) => c.code)).toContain(f.units.province);
    const population = lines.find((l) => l.indicator === "POP_END")!.values as number[];
    expect(population[0]).toBe(population.slice(1).reduce((s, v) => s + v, 0));
    expect(population[0]).toBeGreaterThan(0);
    expect((await (await f.api.as("tinh")).query(Q)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // A province's form is not the nation's.
    const wrong = await (await f.api.as("trunguong")).query(`{ report(form: "DST-QUY", unitCode: "VN", period: "2026-Q1") { table { period } } }`);
    expect(wrong.errors?.[0]?.message).toBe("Biểu DST-QUY dành cho đơn vị cấp tỉnh.");
  });
});
