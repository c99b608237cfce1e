// A computed Biểu 01-DSH of Thành phố Hải Dương (a district of the tree before 1 July 2025,
// for the last quarter it existed) as a document: the same figures as the register (counted
// here with plain SQL), the unconfirmed rows still flagged, a signed version printing its
// key fingerprint and hash, a correction printing its reason. And the reports of the tree
// since then: the merged Hải Phòng city with its communes as columns, a commune reporting
// straight to the province.
import { createHash, generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeReport, type ReportTable } from "@danso/db";
import type { TestDatabase } from "@danso/db/testing";
import { renderReportPdf, type ValueRow } from "@danso/documents";
import { loadReportAgency, type ReportAgency } from "./agency.js";
import { toReportDocument, type ReportMeta } from "./report-document.js";
import { pdfText, seededDatabase, unitIdByPath } from "./testing.js";

let t: TestDatabase;
let city: number;
let table: ReportTable;
let agency: ReportAgency;

beforeAll(async () => {
  t = await seededDatabase();
  city = await unitIdByPath(t, "VN.30.288");
  table = await computeReport(t.db, "01-DSH", city, "2025-Q2");
  agency = await loadReportAgency(t.db, city, table.period.end);
}, 300_000);
afterAll(() => t?.drop());

const meta = (over: Partial<ReportMeta> = {}): ReportMeta => ({
  status: "GENERATED", version: 1, agency, generatedAt: new Date("2025-07-08T02:00:00Z"), ...over,
});
const row = (doc: ReturnType<typeof toReportDocument>, code: string) =>
  doc.table.rows.find((r): r is ValueRow => r.kind === "values" && r.code === code)!;

/** Residents of the units under `path` on `date`, straight from the spells. */
async function residents(path: string, date: string): Promise<number> {
  const { rows } = await t.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
      WHERE (u.path = $1 OR u.path LIKE $1 || '.%') AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)`,
    [path, date],
  );
  return rows[0]!.n;
}

/** Verified birth slips recorded in the units under `path` between two dates. */
async function births(path: string, from: string, to: string): Promise<number> {
  const { rows } = await t.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM change_event e JOIN admin_unit u ON u.id = e.unit_id
      WHERE (u.path = $1 OR u.path LIKE $1 || '.%') AND e.type = 'BIRTH' AND e.status = 'VERIFIED' AND e.occurred_on BETWEEN $2::date AND $3::date`,
    [path, from, to],
  );
  return rows[0]!.n;
}

describe("toReportDocument", () => {
  it("heads the district's report with its agency and the level above", () => {
    const doc = toReportDocument(table, meta());
    expect(doc.agency).toEqual(["SỞ Y TẾ TỈNH HẢI DƯƠNG", "TRUNG TÂM Y TẾ THÀNH PHỐ HẢI DƯƠNG"]);
    expect(doc.subtitles).toContainEqual({ label: "Đơn vị nhận báo cáo", value: "Chi cục Dân số tỉnh Hải Dương" });
    expect(doc.subtitles).toContainEqual({ label: "Kỳ báo cáo", value: "từ ngày 01/04/2025 đến ngày 30/06/2025" });
    expect(doc.title).toBe("BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ QUÝ II/2025");
    expect(doc.status).toBe("provisional");
    expect(doc.signature.place).toBe("Hải Dương");
    expect(doc.table.columns[0]).toMatchObject({ label: "Toàn thành phố", emphasis: true });
    expect(doc.table.columns.slice(1).every((c) => c.group === "Chia theo xã, phường")).toBe(true);
  });

  it("prints the register's figures: population at the quarter's end and births in it", async () => {
    const doc = toReportDocument(table, meta());
    const communes = await t.pool.query<{ code: string; path: string }>(
      "SELECT code, path FROM admin_unit WHERE parent_id = $1 ORDER BY code", [city],
    );
    expect(doc.table.columns.map((c) => c.key)).toEqual(["288", ...communes.rows.map((c) => c.code)]);
    const cityPop = await residents("VN.30.288", "2025-06-30");
    expect(cityPop).toBeGreaterThan(1000);
    expect(row(doc, "POP_END").values[0]).toBe(cityPop);
    const last = communes.rows.length;
    expect(row(doc, "POP_END").values[last]).toBe(await residents(communes.rows.at(-1)!.path, "2025-06-30"));
    const cityBirths = await births("VN.30.288", "2025-04-01", "2025-06-30");
    expect(cityBirths).toBeGreaterThan(0);
    expect(row(doc, "BIRTHS").values[0]).toBe(cityBirths);
    expect(row(doc, "BIRTHS").values[1]).toBe(await births(communes.rows[0]!.path, "2025-04-01", "2025-06-30"));
    // Moves between communes of the city are not moves of the city: "–", not a misleading 0.
    expect(row(doc, "MOVES_IN_SAME_DISTRICT").values[0]).toBeNull();
    expect(row(doc, "MOVES_IN_SAME_DISTRICT").values.slice(1).every((v) => typeof v === "number")).toBe(true);
    expect(row(doc, "MOVES_IN_OTHER_DISTRICT").values[0]).toBeGreaterThan(0);
  });

  it("keeps the unconfirmed rows flagged and only them", () => {
    const doc = toReportDocument(table, meta());
    const lines = table.lines.filter((l) => l.kind === "indicator");
    const values = doc.table.rows.filter((r): r is ValueRow => r.kind === "values");
    expect(values.map((r) => r.code)).toEqual(lines.map((l) => l.indicator));
    expect(values.map((r) => Boolean(r.unconfirmed))).toEqual(lines.map((l) => !l.confirmed));
    expect(row(doc, "POP_END").unconfirmed).toBe(false);
    expect(row(doc, "POP_END_MALE").unconfirmed).toBe(true);
    expect(row(doc, "MOVES_OUT").unconfirmed).toBe(true);
  });

  it("flags every row of an unconfirmed form and rounds its rates to the indicator's decimals", async () => {
    // The city was abolished on 1 July 2025: its last whole year is 2024.
    const year = await computeReport(t.db, "DSH-NAM", city, "2024");
    const doc = toReportDocument(year, meta());
    expect(doc.formBasis).toMatch(/Mẫu tạm/);
    expect(doc.table.rows.filter((r) => r.kind === "values").every((r) => r.unconfirmed)).toBe(true);
    const cbr = row(doc, "CBR");
    expect(cbr.decimals).toBe(2);
    const expected = ((await births("VN.30.288", "2024-01-01", "2024-12-31")) / (await residents("VN.30.288", "2024-07-01"))) * 1000;
    expect(cbr.values[0]).toBe(Math.round(expected * 100) / 100);
  });

  it("prints the key fingerprint, the hash and the signer of a signed report", async () => {
    const { publicKey } = generateKeyPairSync("ed25519");
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const fingerprint = createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16).toUpperCase();
    const hash = createHash("sha256").update("snapshot").digest("hex");
    const doc = toReportDocument(table, meta({
      status: "APPROVED", reportId: 17, version: 1,
      signing: { signerName: "Nguyễn Văn Hùng", signedAt: new Date("2025-07-10T03:00:00Z"), contentHash: hash, publicKeyPem: pem },
    }));
    expect(doc.status).toBe("official");
    expect(doc.signature.titleLines).toEqual(["GIÁM ĐỐC"]);
    const text = await pdfText(await renderReportPdf(doc));
    expect(text).toContain(fingerprint.replace(/(.{4})(?=.)/g, "$1 "));
    expect(text.replace(/\s/g, "")).toContain(hash);
    expect(text).toContain("Nguyễn Văn Hùng");
    expect(text).toContain("Hải Dương, ngày 10 tháng 7 năm 2025");
    expect(text).not.toContain("CHƯA KÝ");
  });

  it("prints the reason of a correction, and CHƯA KÝ while it is not signed", async () => {
    const doc = toReportDocument(table, meta({
      version: 2, reportId: 18, supersedes: { reportId: 17, version: 1, reason: "Phường Cẩm Thượng bổ sung 3 phiếu sinh ghi nhận muộn" },
    }));
    const text = await pdfText(await renderReportPdf(doc));
    expect(text).toContain("Bản thay thế báo cáo số 17 (phiên bản 1) — lý do: Phường Cẩm Thượng bổ sung 3 phiếu sinh ghi nhận muộn");
    expect(text).toContain("CHƯA KÝ");
    expect(text).toContain("18, phiên bản 2");
  });
});

describe("reports of the tree since 1 July 2025", () => {
  it("heads the merged city's quarterly report with its communes, wards and special zones as columns", async () => {
    const hp = await unitIdByPath(t, "VN.T2025.31");
    const q3 = await computeReport(t.db, "DST-QUY", hp, "2025-Q3");
    const doc = toReportDocument(q3, meta({ agency: await loadReportAgency(t.db, hp, q3.period.end) }));
    expect(doc.agency).toEqual(["SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG", "CHI CỤC DÂN SỐ"]);
    expect(doc.subtitles).toContainEqual({ label: "Đơn vị nhận báo cáo", value: "Cục Dân số, Bộ Y tế" });
    expect(doc.signature.place).toBe("Hải Phòng");
    const communes = (await t.pool.query<{ code: string }>("SELECT code FROM admin_unit WHERE parent_id = $1 ORDER BY code", [hp])).rows;
    expect(communes).toHaveLength(114);
    expect(doc.table.columns.map((c) => c.key)).toEqual(["31", ...communes.map((c) => c.code)]);
    expect(doc.table.columns[0]).toMatchObject({ label: "Toàn thành phố", emphasis: true });
    expect(doc.table.columns.slice(1).every((c) => c.group === "Chia theo xã, phường, đặc khu")).toBe(true);
    // Old Hải Dương and old Hải Phòng were re-addressed on 1 July 2025: everyone is in the new city.
    expect((await residents("VN.30", "2025-09-30")) + (await residents("VN.31", "2025-09-30"))).toBe(0);
    const pop = await residents("VN.T2025.31", "2025-09-30");
    expect(pop).toBeGreaterThan(await residents("VN.30", "2025-06-30"));
    expect(row(doc, "POP_END").values[0]).toBe(pop);
  });

  it("has a commune report to the province's branch: there is no district in between", async () => {
    const ward = await unitIdByPath(t, "VN.T2025.31.10507");
    const q3 = await computeReport(t.db, "02-DSX", ward, "2025-Q3");
    const agency = await loadReportAgency(t.db, ward, q3.period.end);
    expect(agency).toMatchObject({
      lines: ["UBND PHƯỜNG THÀNH ĐÔNG", "TRẠM Y TẾ"], reporter: "Trạm Y tế phường Thành Đông", receiver: "Chi cục Dân số thành phố Hải Phòng", place: "Hải Phòng",
    });
    const doc = toReportDocument(q3, meta({ agency }));
    expect(doc.subtitles).toContainEqual({ label: "Đơn vị nhận báo cáo", value: "Chi cục Dân số thành phố Hải Phòng" });
    expect(doc.table.columns).toEqual([{ key: "10507", label: "Phường Thành Đông" }]);
    expect(row(doc, "POP_END").values[0]).toBe(await residents("VN.T2025.31.10507", "2025-09-30"));
  });
});
