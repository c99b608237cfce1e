// The 2025 yearbook of Hải Dương on a generated register: a row per district and one for
// the province in every table, a pyramid that adds up to the province's population, every
// district ranked exactly once, and a PDF whose text can be read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeIndicators } from "@danso/db";
import type { TestDatabase } from "@danso/db/testing";
import { renderYearbookPdf, type PyramidSection, type RankingSection, type TableSection, type YearbookDocument } from "@danso/documents";
import { pdfText, seededDatabase, unitIdByPath } from "./testing.js";
import { buildYearbook } from "./yearbook.js";

let t: TestDatabase;
let province: number;
let book: YearbookDocument;
let districts: { code: string; name: string }[];

beforeAll(async () => {
  t = await seededDatabase();
  province = await unitIdByPath(t, "VN.30");
  book = await buildYearbook(t.db, { unitId: province, year: 2025 });
  districts = (await t.pool.query<{ code: string; name: string }>(
    "SELECT code, name FROM admin_unit WHERE parent_id = $1 ORDER BY code", [province],
  )).rows;
}, 300_000);
afterAll(() => t?.drop());

const sections = <K extends YearbookDocument["sections"][number]["kind"]>(kind: K) =>
  book.sections.filter((s): s is Extract<YearbookDocument["sections"][number], { kind: K }> => s.kind === kind);

describe("buildYearbook", () => {
  it("has a row for the province and one per district in every table", () => {
    expect(districts).toHaveLength(12);
    const tables: TableSection[] = sections("table");
    expect(tables.length).toBeGreaterThan(0);
    for (const s of tables) {
      expect(s.table.rows.map((r) => (r.kind === "values" ? r.code : null))).toEqual(["30", ...districts.map((d) => d.code)]);
    }
    expect(book.unit).toBe("TỈNH HẢI DƯƠNG");
    expect(book.agency).toEqual(["SỞ Y TẾ TỈNH HẢI DƯƠNG", "CHI CỤC DÂN SỐ"]);
  });

  it("prints the engine's end-of-year population and counts of each unit", async () => {
    const ref = await computeIndicators(t.db, { unitId: province, period: "2025", withChildren: true, indicators: ["POP_END", "TFR"] });
    const table = sections("table").find((s) => s.table.columns.some((c) => c.key === "POP_END"))!;
    const col = table.table.columns.findIndex((c) => c.key === "POP_END");
    table.table.rows.forEach((r, i) => expect(r.kind === "values" && r.values[col]).toBe(ref.values[0]![i]));
    const fertility = sections("table").find((s) => s.table.columns.some((c) => c.key === "TFR"))!;
    const tfr = fertility.table.columns.findIndex((c) => c.key === "TFR");
    const first = fertility.table.rows[0]!;
    expect(first.kind === "values" && first.values[tfr]).toBe(Math.round(ref.values[1]![0]! * 100) / 100);
  });

  it("draws a pyramid that adds up to the province's population at the end of 2025", async () => {
    const ref = await computeIndicators(t.db, { unitId: province, period: "2025", indicators: ["POP_END", "POP_END_MALE", "POP_65_PLUS"] });
    const [pop, male, old] = ref.values.map((v) => v[0]!);
    const { rows } = await t.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
        WHERE u.path LIKE 'VN.30.%' AND r.valid_from <= '2025-12-31' AND (r.valid_to IS NULL OR r.valid_to > '2025-12-31')`,
    );
    expect(pop).toBe(rows[0]!.n);
    const [pyramid]: PyramidSection[] = sections("pyramid");
    expect(pyramid!.groups).toHaveLength(18);
    expect(pyramid!.groups.reduce((s, g) => s + g.male + g.female, 0)).toBe(pop);
    expect(pyramid!.groups.reduce((s, g) => s + g.male, 0)).toBe(male);
    expect(pyramid!.groups.slice(13).reduce((s, g) => s + g.male + g.female, 0)).toBe(old);
  });

  it("ranks every district exactly once by each ranked indicator", () => {
    const rankings: RankingSection[] = sections("ranking");
    expect(rankings.map((r) => r.entries.length)).toEqual(rankings.map(() => 12));
    for (const r of rankings) expect(r.entries.map((e) => e.code).sort()).toEqual(districts.map((d) => d.code).sort());
    expect(rankings.find((r) => r.title.includes("biện pháp tránh thai"))?.better).toBe("higher");
  });

  it("makes the nation's yearbook with one row per province", async () => {
    const nation = await unitIdByPath(t, "VN");
    const whole = await buildYearbook(t.db, { unitId: nation, year: 2025 });
    const [first] = whole.sections.filter((s): s is TableSection => s.kind === "table");
    expect(first!.table.rows).toHaveLength(64);
    expect(first!.title).toContain("chia theo tỉnh, thành phố");
    expect(whole.agency).toEqual(["BỘ Y TẾ", "CỤC DÂN SỐ"]);
    const pop = first!.table.rows.find((r) => r.kind === "values" && r.code === "30");
    expect(pop?.kind === "values" && pop.values[0]).toBe(sections("pyramid")[0]!.groups.reduce((s, g) => s + g.male + g.female, 0));
  });

  it("renders to a PDF with its title and the districts' names", async () => {
    const text = await pdfText(await renderYearbookPdf(book));
    expect(text).toContain("NIÊN GIÁM THỐNG KÊ DÂN SỐ");
    expect(text).toContain("Huyện Tứ Kỳ");
    expect(text).toContain("Thị xã Kinh Môn");
    expect(text).toContain("không phải từ Tổng điều tra dân số");
  });
});
