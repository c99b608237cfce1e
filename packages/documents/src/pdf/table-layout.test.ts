import { describe, expect, it } from "vitest";
import type { DataTable } from "../model.js";
import { communeYearReport, districtQuarterReport, provinceYearReport } from "../samples/report-samples.js";
import { createPdf } from "./document.js";
import { contentBox } from "./page.js";
import { layoutTable, pdfMeasure, type TableLayout } from "./table-layout.js";

const measure = pdfMeasure(createPdf({ title: "measure", createdAt: new Date(0) }));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function widen(table: DataTable, columns: number): DataTable {
  const cols = Array.from({ length: columns }, (_, i) => ({ key: `C${i}`, label: `Xã Thử Nghiệm ${i + 1}` }));
  return {
    columns: cols,
    rows: table.rows.map((r) => (r.kind === "values" ? { ...r, values: cols.map((_, i) => (r.values[0] ?? 0) + i) } : r)),
  };
}

function expectFits(layout: TableLayout, columns: number): void {
  const width = contentBox(layout.orientation).width;
  const leading = layout.numberWidth + layout.labelWidth + layout.unitWidth;
  expect(layout.fontSize).toBeGreaterThanOrEqual(7);
  for (const g of layout.groups) expect(leading + sum(g.widths)).toBeLessThanOrEqual(width + 0.01);
  // Every value column once, in order.
  expect(layout.groups.flatMap((g) => g.columns)).toEqual(Array.from({ length: columns }, (_, i) => i));
}

describe("layoutTable", () => {
  it("keeps a one-column commune report in portrait at a comfortable size", () => {
    const layout = layoutTable(measure, communeYearReport().table);
    expect(layout).toMatchObject({ orientation: "portrait", fontSize: 9 });
    expect(layout.groups).toHaveLength(1);
    expectFits(layout, 1);
  });

  it("turns a province report with 12 district columns to landscape, on one page width", () => {
    const layout = layoutTable(measure, provinceYearReport().table);
    expect(layout.orientation).toBe("landscape");
    expect(layout.groups).toHaveLength(1);
    expectFits(layout, 13);
  });

  it("splits Thành phố Hải Dương and its 24 communes into two even page groups", () => {
    const layout = layoutTable(measure, districtQuarterReport().table);
    expect(layout.orientation).toBe("landscape");
    expect(layout.groups.map((g) => g.columns.length)).toEqual([13, 12]);
    expectFits(layout, 25);
  });

  it("splits 40 columns into as few groups as fit, each readable", () => {
    const table = widen(provinceYearReport().table, 40);
    const layout = layoutTable(measure, table);
    expect(layout.groups.length).toBeGreaterThanOrEqual(3);
    const sizes = layout.groups.map((g) => g.columns.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expectFits(layout, 40);
  });

  it("splits in portrait when only portrait is allowed", () => {
    const layout = layoutTable(measure, provinceYearReport().table, { orientations: ["portrait"] });
    expect(layout.orientation).toBe("portrait");
    expect(layout.groups.length).toBeGreaterThan(1);
    expectFits(layout, 13);
  });
});
