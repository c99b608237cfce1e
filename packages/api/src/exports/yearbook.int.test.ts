// Yearbooks on a generated register that lived through the 1 July 2025 reorganisation: the
// 2025 yearbook of the merged Hải Phòng city (a row per commune, ward and special zone, and
// one for the city, in every table; a pyramid that adds up to its population; every commune
// ranked exactly once), the 2024 yearbook of Hải Dương, its last whole year (a row per
// district), the nation's for both years, and PDFs whose text can be read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeIndicators } from "@danso/db";
import type { TestDatabase } from "@danso/db/testing";
import { renderYearbookPdf, type PyramidSection, type RankingSection, type TableSection, type YearbookDocument } from "@danso/documents";
import { pdfText, seededDatabase, unitIdByPath } from "./testing.js";
import { buildYearbook } from "./yearbook.js";

let t: TestDatabase;
/** The merged city (tree since 1 July 2025) and its 2025 yearbook. */
let city: number;
let book: YearbookDocument;
let communes: { code: string; name: string }[];
/** Hải Dương (tree before) and its 2024 yearbook. */
let province: number;
let history: YearbookDocument;
let districts: { code: string; name: string }[];

const children = async (parent: number) => (await t.pool.query<{ code: string; name: string }>(
  "SELECT code, name FROM admin_unit WHERE parent_id = $1 ORDER BY code", [parent],
)).rows;

beforeAll(async () => {
  t = await seededDatabase();
  city = await unitIdByPath(t, "VN.T2025.31");
  book = await buildYearbook(t.db, { unitId: city, year: 2025 });
  communes = await children(city);
  province = await unitIdByPath(t, "VN.30");
  history = await buildYearbook(t.db, { unitId: province, year: 2024 });
  districts = await children(province);
}, 300_000);
afterAll(() => t?.drop());

const sections = <K extends YearbookDocument["sections"][number]["kind"]>(kind: K, of: YearbookDocument = book) =>
  of.sections.filter((s): s is Extract<YearbookDocument["sections"][number], { kind: K }> => s.kind === kind);
const rowCodes = (s: TableSection) => s.table.rows.map((r) => (r.kind === "values" ? r.code : null));

/** Residents of the units under a path prefix at the end of a day. */
async function residents(pathPrefix: string, date: string): Promise<number> {
  const { rows } = await t.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
      WHERE u.path LIKE $1 || '.%' AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date)`, [pathPrefix, date]);
  return rows[0]!.n;
}

describe("the 2025 yearbook of the merged city", () => {
  it("has a row for the city and one per commune, ward and special zone in every table", () => {
    expect(communes).toHaveLength(114);
    const tables: TableSection[] = sections("table");
    expect(tables.length).toBeGreaterThan(0);
    for (const s of tables) {
      expect(rowCodes(s)).toEqual(["31", ...communes.map((c) => c.code)]);
      expect(s.title).toContain("năm 2025 chia theo xã, phường, đặc khu");
    }
    expect(book.unit).toBe("THÀNH PHỐ HẢI PHÒNG");
    expect(book.agency).toEqual(["SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG", "CHI CỤC DÂN SỐ"]);
  });

  it("prints the engine's end-of-year population and counts of each unit", async () => {
    const ref = await computeIndicators(t.db, { unitId: city, period: "2025", withChildren: true, indicators: ["POP_END", "TFR"] });
    const table = sections("table").find((s) => s.table.columns.some((c) => c.key === "POP_END"))!;
    const col = table.table.columns.findIndex((c) => c.key === "POP_END");
    table.table.rows.forEach((r, i) => expect(r.kind === "values" && r.values[col]).toBe(ref.values[0]![i]));
    const fertility = sections("table").find((s) => s.table.columns.some((c) => c.key === "TFR"))!;
    const tfr = fertility.table.columns.findIndex((c) => c.key === "TFR");
    const first = fertility.table.rows[0]!;
    expect(first.kind === "values" && first.values[tfr]).toBe(Math.round(ref.values[1]![0]! * 100) / 100);
  });

  it("draws a pyramid that adds up to the city's population at the end of 2025", async () => {
    const ref = await computeIndicators(t.db, { unitId: city, period: "2025", indicators: ["POP_END", "POP_END_MALE", "POP_65_PLUS"] });
    const [pop, male, old] = ref.values.map((v) => v[0]!);
    expect(pop).toBe(await residents("VN.T2025.31", "2025-12-31"));
    const [pyramid]: PyramidSection[] = sections("pyramid");
    expect(pyramid!.groups).toHaveLength(18);
    expect(pyramid!.groups.reduce((s, g) => s + g.male + g.female, 0)).toBe(pop);
    expect(pyramid!.groups.reduce((s, g) => s + g.male, 0)).toBe(male);
    expect(pyramid!.groups.slice(13).reduce((s, g) => s + g.male + g.female, 0)).toBe(old);
  });

  it("ranks every commune exactly once by each ranked indicator", () => {
    const rankings: RankingSection[] = sections("ranking");
    expect(rankings.map((r) => r.entries.length)).toEqual(rankings.map(() => 114));
    for (const r of rankings) expect(r.entries.map((e) => e.code).sort()).toEqual(communes.map((c) => c.code).sort());
    expect(rankings.find((r) => r.title.includes("biện pháp tránh thai"))?.better).toBe("higher");
  });
});

describe("the yearbooks of Hải Dương, abolished on 1 July 2025", () => {
  it("makes the 2024 one with a row per district in every table, ranking every district once", async () => {
    expect(districts).toHaveLength(12);
    for (const s of sections("table", history)) expect(rowCodes(s)).toEqual(["30", ...districts.map((d) => d.code)]);
    expect(history.unit).toBe("TỈNH HẢI DƯƠNG");
    expect(history.agency).toEqual(["SỞ Y TẾ TỈNH HẢI DƯƠNG", "CHI CỤC DÂN SỐ"]);
    for (const r of sections("ranking", history)) expect(r.entries.map((e) => e.code).sort()).toEqual(districts.map((d) => d.code).sort());
    const [pyramid] = sections("pyramid", history);
    expect(pyramid!.groups.reduce((s, g) => s + g.male + g.female, 0)).toBe(await residents("VN.30", "2024-12-31"));
  });

  it("makes none for 2025: the province no longer existed at the year's end", async () => {
    await expect(buildYearbook(t.db, { unitId: province, year: 2025 })).rejects.toThrow(/2025-12-31/);
  });
});

describe("the nation's yearbooks", () => {
  it("have one row per province of the tree at the year's end: 34 in 2025, 63 in 2024", async () => {
    const nation = await unitIdByPath(t, "VN");
    for (const [year, provinces, code, of] of [[2025, 34, "31", book], [2024, 63, "30", history]] as const) {
      const whole = await buildYearbook(t.db, { unitId: nation, year });
      const [first] = whole.sections.filter((s): s is TableSection => s.kind === "table");
      expect(first!.table.rows).toHaveLength(provinces + 1);
      expect(first!.title).toContain("chia theo tỉnh, thành phố");
      expect(whole.agency).toEqual(["BỘ Y TẾ", "CỤC DÂN SỐ"]);
      const pop = first!.table.rows.find((r) => r.kind === "values" && r.code === code);
      expect(pop?.kind === "values" && pop.values[0], `${year}`).toBe(sections("pyramid", of)[0]!.groups.reduce((s, g) => s + g.male + g.female, 0));
    }
  });
});

describe("the PDF", () => {
  it("renders with its title and the units' names", async () => {
    const text = await pdfText(await renderYearbookPdf(book));
    expect(text).toContain("NIÊN GIÁM THỐNG KÊ DÂN SỐ");
    expect(text).toContain("Phường Thành Đông");
    expect(text).toContain("Đặc khu Cát Hải");
    expect(text).toContain("không phải từ Tổng điều tra dân số");
    const old = await pdfText(await renderYearbookPdf(history));
    expect(old).toContain("Huyện Tứ Kỳ");
    expect(old).toContain("Thị xã Kinh Môn");
  });
});
