// A sample yearbook of Tỉnh Hải Dương for 2026: definitions, tables in both directions, two
// pyramids and three rankings over the province's 12 districts. Figures are made up.
import { UNIT_LABELS, getIndicator } from "@danso/domain";
import type { PyramidGroup, TableSection, ValueColumn, ValueRow, YearbookDocument, YearbookSection } from "../model.js";
import { sampleValue, type UnitFigures } from "./figures.js";
import { childrenOf, unitByCode, type SampleUnit } from "./units.js";

const YEAR = 2026;
/** Shares of 5-year age groups 0–4 … 85+ (Red River Delta around 2025), and the male share of each. */
const AGE_SHARES = [7.0, 8.0, 7.8, 6.8, 6.3, 7.0, 7.9, 8.0, 7.3, 6.6, 6.0, 5.4, 4.8, 3.8, 2.7, 1.7, 1.1, 1.0];
const MALE_SHARE = [0.53, 0.53, 0.52, 0.52, 0.51, 0.5, 0.5, 0.5, 0.5, 0.49, 0.48, 0.47, 0.46, 0.44, 0.42, 0.4, 0.37, 0.33];

function districtFigures(u: SampleUnit): UnitFigures {
  const seed = Number(u.code);
  return { pop: 110_000 + ((seed * 7919) % 90_000), months: 12, seed };
}

export function ageLabel(i: number): string {
  return i === AGE_SHARES.length - 1 ? `${i * 5}+` : `${i * 5}–${i * 5 + 4}`;
}

export function pyramidGroups(pop: number, ageing = 0): PyramidGroup[] {
  // `ageing` moves weight from the young to the old groups: a city differs from the province.
  const shares = AGE_SHARES.map((s, i) => s * (1 + ageing * (i / AGE_SHARES.length - 0.5)));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((s, i) => {
    const total = Math.round((pop * s) / sum);
    const male = Math.round(total * MALE_SHARE[i]!);
    return { label: ageLabel(i), male, female: total - male };
  });
}

function indicatorTable(codes: string[], province: SampleUnit, districts: SampleUnit[]): TableSection["table"] {
  const figures = districts.map(districtFigures);
  const provinceFigures: UnitFigures = { pop: figures.reduce((s, f) => s + f.pop, 0), months: 12, seed: Number(province.code) };
  const columns: ValueColumn[] = [
    { key: province.code, label: "Toàn tỉnh", emphasis: true },
    ...districts.map((d): ValueColumn => ({ key: d.code, label: d.name, group: "Chia theo huyện, thị xã, thành phố" })),
  ];
  const rows = codes.map((code, i): ValueRow => {
    const def = getIndicator(code);
    const values = figures.map((f) => sampleValue(code, f, def.decimals));
    const total = def.decimals > 0 ? sampleValue(code, provinceFigures, def.decimals) : values.reduce((s, v) => s + v, 0);
    return { kind: "values", code, number: String(i + 1), label: def.name.vi, unit: UNIT_LABELS[def.unit].vi, decimals: def.decimals, values: [total, ...values] };
  });
  return { columns, rows };
}

/** Districts as rows, indicators as columns (a transposed table). */
function populationByDistrict(districts: SampleUnit[]): TableSection["table"] {
  const group = "Dân số trung bình (người)";
  const columns: ValueColumn[] = [
    { key: "POP_MID", label: "Tổng số", group }, { key: "POP_MID_MALE", label: "Nam", group }, { key: "POP_MID_FEMALE", label: "Nữ", group },
    { key: "HOUSEHOLDS", label: "Số hộ dân cư", unit: "hộ" }, { key: "SEX_RATIO", label: "Tỷ số giới tính", unit: "nam/100 nữ", decimals: 1 },
    { key: "URBAN_SHARE", label: "Tỷ lệ dân số thành thị", unit: "%", decimals: 1, unconfirmed: true },
  ];
  const rowOf = (code: string, label: string, pop: number, seed: number, urban: number, emphasis = false): ValueRow => {
    const male = Math.round(pop * (0.49 + (seed % 7) / 1000));
    return {
      kind: "values", code, label, emphasis,
      values: [pop, male, pop - male, Math.round(pop / 3.3), Math.round(((male / (pop - male)) * 100) * 10) / 10, urban],
    };
  };
  const rows = districts.map((d, i) => {
    const f = districtFigures(d);
    const urban = d.type === "Thành phố" ? 78 + (i % 5) : d.type === "Thị xã" ? 42.5 : 8 + ((f.seed * 13) % 90) / 10;
    return { ...rowOf(d.code, d.name, f.pop, f.seed, urban), number: String(i + 1) };
  });
  const total = rows.reduce((s, r) => s + (r.values[0] ?? 0), 0);
  return { labelHeader: "Đơn vị hành chính", columns, rows: [rowOf("30", "Toàn tỉnh", total, 30, 29.4, true), ...rows] };
}

function ranking(code: string, title: string, better: "higher" | "lower", districts: SampleUnit[]): YearbookSection {
  const def = getIndicator(code);
  return {
    kind: "ranking", title, indicator: def.name.vi, unit: UNIT_LABELS[def.unit].vi, decimals: def.decimals, better,
    entries: districts.map((d) => ({ code: d.code, label: d.name, value: sampleValue(code, districtFigures(d), def.decimals) })),
  };
}

const DEFINED = ["POP_END", "CBR", "CDR", "NATURAL_INCREASE_RATE", "TFR", "SRB", "SHARE_ORDER_3_PLUS", "IMR", "MCPR", "DEPENDENCY_RATIO", "AGEING_INDEX", "MEDIAN_AGE"];

/** The yearbook; `extraTables` repeats indicator tables to make a long book (contents over several pages). */
export function provinceYearbook(options: { extraTables?: number } = {}): YearbookDocument {
  const province = unitByCode("30");
  const districts = childrenOf("30");
  const total = districts.reduce((s, d) => s + districtFigures(d).pop, 0);
  const city = districtFigures(unitByCode("288")).pop;
  const sections: YearbookSection[] = [
    {
      kind: "text", title: "Giải thích thuật ngữ, nội dung và phương pháp tính một số chỉ tiêu",
      paragraphs: [
        "Số liệu trong niên giám được tính từ sổ hộ gia đình (cơ sở dữ liệu dân cư) của ngành Dân số, theo ngày xảy ra sự kiện, cho từng đơn vị hành chính; số liệu của tỉnh không phải là tổng cộng các báo cáo của huyện.",
        ...DEFINED.map((code) => ({ term: getIndicator(code).name.vi, text: getIndicator(code).definition.vi })),
      ],
    },
    { kind: "table", title: `Dân số trung bình và số hộ năm ${YEAR} chia theo huyện, thị xã, thành phố`, table: { ...populationByDistrict(districts), unconfirmedNote: "(*) Tỷ lệ dân số thành thị tính theo loại đơn vị hành chính (phường, thị trấn là thành thị), chưa đối chiếu với số liệu của Cục Thống kê." } },
    { kind: "table", title: `Một số chỉ tiêu về sinh và chết năm ${YEAR}`, table: indicatorTable(["BIRTHS", "CBR", "GFR", "TFR", "SRB", "SHARE_ORDER_3_PLUS", "SHARE_MOTHER_UNDER_20", "DEATHS", "CDR", "INFANT_DEATHS", "IMR", "NATURAL_INCREASE_RATE"], province, districts) },
    { kind: "table", title: `Kết hôn, ly hôn và di cư năm ${YEAR}`, table: indicatorTable(["MARRIAGES", "CHILD_MARRIAGES", "CONSANGUINEOUS_MARRIAGES", "COUPLES_COUNSELLED", "SHARE_COUPLES_COUNSELLED", "DIVORCES", "MOVES_IN", "MOVES_OUT", "IN_MIGRATION_RATE", "OUT_MIGRATION_RATE", "NET_MIGRATION_RATE"], province, districts) },
    { kind: "table", title: `Kế hoạch hóa gia đình và cơ cấu dân số năm ${YEAR}`, table: indicatorTable(["MARRIED_WOMEN_15_49", "CP_USERS", "CPR", "MCPR", "NEW_ACCEPTORS", "SEX_RATIO", "DEPENDENCY_RATIO", "AGEING_INDEX", "MEDIAN_AGE"], province, districts) },
    { kind: "pyramid", title: `Tháp dân số tỉnh Hải Dương tại thời điểm 31/12/${YEAR}`, display: "count", groups: pyramidGroups(total) },
    { kind: "pyramid", title: `Tháp dân số Thành phố Hải Dương tại thời điểm 31/12/${YEAR} (tỷ trọng)`, display: "percent", groups: pyramidGroups(city, 0.5), notes: ["Tỷ trọng của mỗi nhóm tuổi, mỗi giới trong tổng dân số của thành phố; tổng các thanh bằng 100%."] },
    ranking("SHARE_ORDER_3_PLUS", `Xếp hạng các huyện, thị xã, thành phố theo tỷ lệ sinh con thứ 3 trở lên năm ${YEAR}`, "lower", districts),
    ranking("MCPR", `Xếp hạng theo tỷ lệ sử dụng biện pháp tránh thai hiện đại năm ${YEAR}`, "higher", districts),
    ranking("SRB", `Xếp hạng theo tỷ số giới tính khi sinh năm ${YEAR}`, "lower", districts),
  ];
  for (let i = 0; i < (options.extraTables ?? 0); i++) {
    sections.push({ kind: "table", title: `Phụ lục ${i + 1}: chỉ tiêu dân số chủ yếu của các huyện, thị xã, thành phố, bảng số ${i + 1} của ${options.extraTables}`, table: indicatorTable(["POP_END", "HOUSEHOLDS", "BIRTHS", "DEATHS"], province, districts) });
  }
  return {
    title: "NIÊN GIÁM THỐNG KÊ DÂN SỐ", unit: "TỈNH HẢI DƯƠNG", year: YEAR,
    agency: ["SỞ Y TẾ TỈNH HẢI DƯƠNG", "CHI CỤC DÂN SỐ"], placeAndYear: "Hải Dương, 2027",
    sections, generatedAt: new Date("2027-03-20T02:00:00Z"),
  };
}
