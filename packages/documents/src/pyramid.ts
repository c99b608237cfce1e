// The numbers behind a population pyramid, shared by the PDF drawing and the XLSX sheet.
import type { DataTable, PyramidSection, ValueRow } from "./model.js";

export interface PyramidRow {
  label: string;
  male: number;
  female: number;
  total: number;
  /** Shares of the whole population, in percent. */
  malePercent: number;
  femalePercent: number;
}

export function pyramidRows(section: PyramidSection): PyramidRow[] {
  const total = section.groups.reduce((s, g) => s + g.male + g.female, 0);
  const pct = (v: number) => (total > 0 ? (v / total) * 100 : 0);
  return section.groups.map((g) => ({
    label: g.label, male: g.male, female: g.female, total: g.male + g.female, malePercent: pct(g.male), femalePercent: pct(g.female),
  }));
}

/** A round axis end at or above `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** The pyramid as a table: age groups × persons by sex and shares, with a total row. */
export function pyramidTable(section: PyramidSection): DataTable {
  const rows = pyramidRows(section);
  const sum = (f: (r: PyramidRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const valueRow = (code: string, label: string, r: Omit<PyramidRow, "label">, emphasis?: boolean): ValueRow => ({
    kind: "values", code, label, emphasis, values: [r.male, r.female, r.total, r.malePercent, r.femalePercent],
  });
  return {
    labelHeader: "Nhóm tuổi",
    columns: [
      { key: "MALE", label: "Nam", group: "Số người" },
      { key: "FEMALE", label: "Nữ", group: "Số người" },
      { key: "TOTAL", label: "Tổng số", group: "Số người" },
      { key: "MALE_PERCENT", label: "Nam", group: "Tỷ trọng trong tổng dân số (%)", decimals: 2 },
      { key: "FEMALE_PERCENT", label: "Nữ", group: "Tỷ trọng trong tổng dân số (%)", decimals: 2 },
    ],
    // The total first, as statistical tables of the GSO print it.
    rows: [
      valueRow("TOTAL", "Tổng số", {
        male: sum((r) => r.male), female: sum((r) => r.female), total: sum((r) => r.total),
        malePercent: sum((r) => r.malePercent), femalePercent: sum((r) => r.femalePercent),
      }, true),
      ...rows.map((r, i) => ({ ...valueRow(r.label, r.label, r), number: String(i + 1) })),
    ],
  };
}
