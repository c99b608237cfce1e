import { describe, expect, it } from "vitest";
import { loadXlsx } from "../testing/xlsx.js";
import type { ProjectionDocument, ProjectionYearRow } from "./model.js";
import { renderProjectionCsv } from "./projection-csv.js";
import { renderProjectionXlsx } from "./projection-xlsx.js";

function year(y: number, k: number): ProjectionYearRow {
  const male = Array.from({ length: 101 }, (_, x) => 100.4 + k - x * 0.5);
  const female = male.map((m) => m + 2);
  const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
  const last = k === 2;
  return {
    year: y, total: sum(male) + sum(female), male: sum(male), female: sum(female),
    births: last ? null : 1234.6, deaths: last ? null : 456.4, netMigration: last ? null : -12.5, tfr: last ? null : 1.956,
    dependencyRatio: 48.123, childDependencyRatio: 30.5, oldAgeDependencyRatio: 17.623, ageingIndex: 70.005, medianAge: 34.567,
    grade1: 98.6, primarySchool: 500.2, lowerSecondary: 400, upperSecondary: 300, militaryAge: 777.7, elderly60: 1500, elderly80: 300,
    populationMale: male, populationFemale: female,
  };
}

const doc: ProjectionDocument = {
  title: "Dự báo dân số Thành phố Hải Phòng 2026–2028",
  unitName: "Thành phố Hải Phòng",
  baseYear: 2026,
  horizon: 2028,
  scenarioLabel: "Tùy chỉnh (TFR theo lộ trình)",
  overrides: ["Lộ trình TFR: 2026: 1,8; 2028: 2,1", "Tỷ số giới tính khi sinh: 110 bé trai/100 bé gái"],
  saved: "«=Phương án, thử» số 7",
  inputs: {
    observedYears: [2023, 2024, 2025], estimated: true, basePopulation: 2_345_678, tfr: 1.9,
    asfr: [{ group: "15–19", rate: 0.0213 }, { group: "20–24", rate: 0.1204 }],
    srb: 112.3, srbSource: "quan sát", e0: { male: 71.2, female: 76.8 }, lifeTable: { male: "quan sát", female: "bảng sống mẫu" }, netMigrants: -321.4,
  },
  years: [year(2026, 0), year(2027, 1), year(2028, 2)],
  exportedBy: "Trần Thị Tỉnh (tinh)",
  exportedAt: new Date("2026-11-25T03:04:05Z"),
  auditRef: "4321",
};

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      [row, field] = [[], ""];
      i++;
    } else field += c;
  }
  return rows;
}

describe("a projection as files", () => {
  it("CSV: BOM, '#' lines with the scenario, inputs and audit reference, then one line per year", () => {
    const text = renderProjectionCsv(doc).toString("utf8");
    expect(text.startsWith("\uFEFF# Dự báo dân số Thành phố Hải Phòng")).toBe(true);
    const rows = parseCsv(text.slice(1));
    const comments = rows.filter((r) => r[0]!.startsWith("#")).map((r) => r.join(","));
    expect(comments.some((c) => c.includes("Kịch bản: Tùy chỉnh"))).toBe(true);
    expect(comments.some((c) => c.includes("Trần Thị Tỉnh (tinh)") && c.includes("nhật ký số 4321"))).toBe(true);
    expect(comments.some((c) => c.includes("có số ước tính"))).toBe(true);
    const [head, ...data] = rows.filter((r) => !r[0]!.startsWith("#"));
    expect(head!.slice(0, 8)).toEqual(["Năm", "Dân số 01/01", "Nam", "Nữ", "Số sinh trong năm", "Số chết trong năm", "Di cư thuần trong năm", "TFR (con/phụ nữ)"]);
    expect(head).toHaveLength(20 + 2 * 101);
    expect(head!.slice(20, 22)).toEqual(["Nam 0", "Nam 1"]);
    expect(head!.at(-1)).toBe("Nữ 100+");
    expect(data.map((r) => r[0])).toEqual(["2026", "2027", "2028"]);
    expect(data[0]!.slice(1, 8)).toEqual([String(Math.round(doc.years[0]!.total)), String(Math.round(doc.years[0]!.male)), String(Math.round(doc.years[0]!.female)), "1235", "456", "-13", "1.96"]);
    // The horizon has no events: empty fields, not zeros.
    expect(data[2]!.slice(4, 8)).toEqual(["", "", "", ""]);
    expect(data[0]!.slice(8, 13)).toEqual(["48.12", "30.50", "17.62", "70.01", "34.57"]);
    expect(data[0]![20]).toBe("100");
    expect(data.every((r) => r.length === head!.length)).toBe(true);
  });

  it("XLSX: numbers as numbers, rounded; ages in long form; inputs and provenance on their sheet", async () => {
    const wb = await loadXlsx(await renderProjectionXlsx(doc));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo năm", "Theo tuổi", "Đầu vào"]);

    const years = wb.getWorksheet("Theo năm")!;
    const headRow = years.getRow(6).values as unknown[];
    expect(headRow.slice(1, 5)).toEqual(["Năm", "Dân số 01/01", "Nam", "Nữ"]);
    expect(headRow.slice(14, 21)).toEqual(["Vào lớp 1 (5 tuổi ngày 01/01)", "Tuổi tiểu học (5–9)", "Tuổi THCS (10–13)", "Tuổi THPT (14–16)", "Nam 18–25 tuổi", "Từ 60 tuổi trở lên", "Từ 80 tuổi trở lên"]);
    expect(years.getRow(7).values).toEqual(expect.arrayContaining([2026, Math.round(doc.years[0]!.total), 1235, -13, 1.96, 48.12, 34.57]));
    expect(years.getCell(7, 2).numFmt).toBe("#,##0");
    expect(years.getCell(7, 8).numFmt).toBe("#,##0.00");
    expect(years.getCell(9, 5).value).toBeNull();
    expect(years.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    expect(years.headerFooter.oddFooter).toContain("Nhật ký số 4321");

    const ages = wb.getWorksheet("Theo tuổi")!;
    expect((ages.getRow(1).values as unknown[]).slice(1, 7)).toEqual(["Năm", "Tuổi (100 = 100+)", "Nhóm tuổi", "Nam", "Nữ", "Tổng số"]);
    expect(ages.getCell(1, 8).value).toContain("nhật ký số 4321");
    expect(ages.getRow(2).values).toEqual([undefined, 2026, 0, "0–4", 100, 102, 203]);
    expect(ages.getRow(1 + 101).values).toEqual([undefined, 2026, 100, "100+", 50, 52, 103]);
    expect(ages.getRow(1 + 101 + 96).values).toEqual([undefined, 2027, 95, "95–99", 54, 56, 110]);
    expect(ages.actualRowCount).toBe(1 + 3 * 101);

    const inputs = wb.getWorksheet("Đầu vào")!;
    const texts = inputs.getSheetValues().flat().filter((v) => typeof v === "string") as string[];
    expect(texts).toContain("Lộ trình TFR: 2026: 1,8; 2028: 2,1\nTỷ số giới tính khi sinh: 110 bé trai/100 bé gái");
    expect(texts).toContain("2.345.678 người");
    expect(texts).toContain("«=Phương án, thử» số 7");
    expect(texts.some((t) => t.includes("nhật ký số 4321"))).toBe(true);
    expect(inputs.getSheetValues().some((r) => Array.isArray(r) && r[1] === "20–24" && r[2] === 120.4)).toBe(true);
  });
});
