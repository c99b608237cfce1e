import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { pyramidRows } from "../pyramid.js";
import { provinceYearbook } from "../samples/yearbook-sample.js";
import { loadXlsx } from "../testing/xlsx.js";
import { renderYearbookXlsx } from "./yearbook-xlsx.js";

describe("renderYearbookXlsx", () => {
  const book = provinceYearbook();
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await loadXlsx(await renderYearbookXlsx(book));
  });

  it("has a contents sheet linking to one sheet per section, names within Excel's limits", () => {
    expect(wb.worksheets).toHaveLength(book.sections.length + 1);
    expect(wb.worksheets[0]!.name).toBe("Mục lục");
    const names = wb.worksheets.slice(1).map((w) => w.name);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(new Set(names).size).toBe(names.length);
    const links: string[] = [];
    wb.worksheets[0]!.eachRow((row) => {
      const v = row.getCell(3).value as { hyperlink?: string } | null;
      if (v && typeof v === "object" && v.hyperlink) links.push(v.hyperlink);
    });
    expect(links).toEqual(names.map((n) => `#'${n}'!A1`));
    expect(wb.creator).toBe("Dân số");
  });

  it("writes the pyramid as its numbers", () => {
    const i = book.sections.findIndex((s) => s.kind === "pyramid");
    const section = book.sections[i]!;
    if (section.kind !== "pyramid") throw new Error("not a pyramid");
    const ws = wb.worksheets[i + 1]!;
    const rows = pyramidRows(section);
    let found = 0;
    ws.eachRow((row) => {
      const r = rows.find((x) => x.label === row.getCell(2).value);
      if (!r) return;
      found++;
      expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([r.male, r.female, r.total]);
      expect(row.getCell(6).numFmt).toBe("#,##0.00");
    });
    expect(found).toBe(rows.length);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2 });
  });

  it("writes a ranking with ranks and marks", () => {
    const i = book.sections.findIndex((s) => s.kind === "ranking");
    const ws = wb.worksheets[i + 1]!;
    expect(ws.getCell(4, 1).value).toBe(1);
    expect(ws.getCell(4, 5).value).toBe("▲ Tốt nhất");
    expect(typeof ws.getCell(4, 4).value).toBe("number");
  });

  it("writes a transposed table with the unit in the header and numbers in the cells", () => {
    const i = book.sections.findIndex((s) => s.kind === "table");
    const ws = wb.worksheets[i + 1]!;
    const values: unknown[] = [];
    ws.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain("Số hộ dân cư (hộ)");
    expect(values).toContain("Huyện Thanh Miện");
  });
});
