// The population yearbook of a province (children: its districts, or in the tree since
// 1 July 2025 its communes) or of the nation (children: the provinces of the tree at the
// year's end) for one calendar year: headline indicators by unit, the population pyramid at
// year end, rankings of the children, and the definitions used.
import { computeBaseCounts, unitColumns, type Db, type UnitRef } from "@danso/db";
import { type PyramidGroup, type RankingSection, type TableSection, type ValueRow, type YearbookDocument, type YearbookSection } from "@danso/documents";
import {
  AGE_GROUP_LOWER, UNIT_LABELS, computeIndicator, formatDateVi, getIndicator, periodMidpoint, todayInVietnam, yearPeriod, type AgeSexCounts, type BaseCounts,
} from "@danso/domain";
import { loadUnitLineage, reportAgency } from "./agency.js";
import { roundTo } from "./round.js";
import { childTypes, wholeUnitLabel } from "./unit-words.js";

/** Headline indicators, by table; headers say "năm" where the catalogue says "kỳ". */
const TABLES: { title: string; codes: string[] }[] = [
  { title: "Dân số, số hộ và cơ cấu tuổi", codes: ["POP_END", "HOUSEHOLDS", "MEDIAN_AGE", "DEPENDENCY_RATIO", "AGEING_INDEX"] },
  { title: "Sinh, chết và tăng tự nhiên", codes: ["BIRTHS", "CBR", "TFR", "SRB", "SHARE_ORDER_3_PLUS", "DEATHS", "CDR", "NATURAL_INCREASE_RATE"] },
  { title: "Di cư và sử dụng biện pháp tránh thai", codes: ["IN_MIGRATION_RATE", "OUT_MIGRATION_RATE", "NET_MIGRATION_RATE", "MCPR"] },
];
/** Short column headers: the catalogue's names wrap into towers in narrow columns, and say "kỳ" where a yearbook means the year. */
const HEADERS: Record<string, string> = {
  POP_END: "Dân số cuối năm", HOUSEHOLDS: "Số hộ dân cư", MEDIAN_AGE: "Tuổi trung vị", DEPENDENCY_RATIO: "Tỷ số phụ thuộc chung",
  AGEING_INDEX: "Chỉ số già hóa", BIRTHS: "Số trẻ sinh ra", CBR: "Tỷ suất sinh thô", TFR: "Tổng tỷ suất sinh", SRB: "Tỷ số giới tính khi sinh",
  SHARE_ORDER_3_PLUS: "Tỷ lệ sinh con thứ 3+", DEATHS: "Số người chết", CDR: "Tỷ suất chết thô", NATURAL_INCREASE_RATE: "Tỷ lệ tăng tự nhiên",
  IN_MIGRATION_RATE: "Tỷ suất nhập cư", OUT_MIGRATION_RATE: "Tỷ suất xuất cư", NET_MIGRATION_RATE: "Tỷ suất di cư thuần", MCPR: "Tỷ lệ dùng BPTT hiện đại",
};
/** The ageing index's threshold age (60) is a parameter the sector has not confirmed. */
const UNCONFIRMED = new Set(["AGEING_INDEX"]);

// Rankings: which end is better, chosen to be simple and defensible. TFR and SRB are best
// near a norm (replacement fertility 2.1, the 2030 target of the Population Strategy; the
// natural 105 boys per 100 girls), so they rank by distance from it. Fewer 3rd+ births,
// more modern contraception, a lower crude death rate and fewer dependants per working-age
// person are the sector's stated aims. Counts measure size, not performance, and migration,
// natural increase, CBR, ageing index and median age have no better direction: the ranking
// prints "best" and "worst", so they are not ranked.
type Ranked = { code: string; better: "higher" | "lower"; why: string; norm?: { value: number; label: string } };
const RANKINGS: Ranked[] = [
  { code: "TFR", better: "lower", norm: { value: 2.1, label: "2,1" }, why: "2,1 con/phụ nữ là mức sinh thay thế, mục tiêu năm 2030 của Chiến lược Dân số Việt Nam" },
  { code: "SRB", better: "lower", norm: { value: 105, label: "105" }, why: "khoảng 105 bé trai/100 bé gái là mức sinh học tự nhiên; mục tiêu năm 2030 là dưới 109" },
  { code: "SHARE_ORDER_3_PLUS", better: "lower", why: "Ngành Dân số theo dõi để giảm tỷ lệ sinh con thứ 3 trở lên." },
  { code: "MCPR", better: "higher", why: "Ngành Dân số đặt mục tiêu tăng tỷ lệ sử dụng biện pháp tránh thai hiện đại." },
  { code: "CDR", better: "lower", why: "Tỷ suất chết thô chưa chuẩn hóa theo tuổi: đơn vị có dân số già hơn có tỷ suất cao hơn." },
  { code: "DEPENDENCY_RATIO", better: "lower", why: "Tỷ số thấp hơn: ít người phụ thuộc hơn trên 100 người trong tuổi lao động." },
];

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
const headerOf = (code: string) => HEADERS[code] ?? getIndicator(code).name.vi;

/** 5-year groups 0–4 … 80–84, 85+ from the engine's groups 0, 1–4, 5–9, …, 100+. */
export function fiveYearGroups(t: AgeSexCounts): PyramidGroup[] {
  const groups: PyramidGroup[] = Array.from({ length: 18 }, (_, i) => ({ label: i === 17 ? "85+" : `${i * 5}–${i * 5 + 4}`, male: 0, female: 0 }));
  t.male.forEach((m, g) => {
    const target = groups[Math.min(17, Math.floor(AGE_GROUP_LOWER[g]! / 5))]!;
    target.male += m;
    target.female += t.female[g] ?? 0;
  });
  return groups;
}

interface Figures {
  year: number;
  units: UnitRef[];
  value: (code: string, column: number) => number | null;
  /** "huyện, thị xã, thành phố". */
  children: string;
}

function notesOf(codes: string[], year: number): string[] {
  const period = yearPeriod(year);
  const kinds = new Set(codes.map((c) => getIndicator(c).kind));
  const notes: string[] = [];
  if (kinds.has("stock") || codes.some((c) => getIndicator(c).needs.includes("POP_END"))) notes.push(`Dân số, số hộ và cơ cấu tuổi tính đến hết ngày ${formatDateVi(period.end)}.`);
  if (codes.some((c) => getIndicator(c).unit === "PER_MILLE")) notes.push(`Các tỷ suất (‰) tính trên dân số giữa năm (ngày ${formatDateVi(periodMidpoint(period))}).`);
  return notes;
}

function indicatorTable(f: Figures, title: string, codes: string[]): TableSection {
  const [unit, ...children] = f.units;
  const row = (u: UnitRef, i: number): ValueRow => ({
    kind: "values", code: u.code, label: i === 0 ? wholeUnitLabel(u) : u.name, number: i === 0 ? undefined : String(i), emphasis: i === 0,
    values: codes.map((c) => { const v = f.value(c, i); return v === null ? null : roundTo(v, getIndicator(c).decimals); }),
  });
  const unconfirmed = codes.some((c) => UNCONFIRMED.has(c));
  return {
    kind: "table", title: `${title} năm ${f.year} chia theo ${f.children}`,
    table: {
      labelHeader: "Đơn vị hành chính",
      columns: codes.map((c) => ({
        key: c, label: headerOf(c), unit: UNIT_LABELS[getIndicator(c).unit].vi, decimals: getIndicator(c).decimals, unconfirmed: UNCONFIRMED.has(c),
      })),
      rows: [unit!, ...children].map(row),
      ...(unconfirmed ? { unconfirmedNote: "(*) Chỉ số già hóa tính số người từ 60 tuổi trở lên; ngưỡng tuổi của ngành chưa được xác nhận." } : {}),
    },
    notes: notesOf(codes, f.year),
  };
}

function ranking(f: Figures, r: Ranked): RankingSection {
  const def = getIndicator(r.code);
  const name = lowerFirst(def.name.vi);
  const entries = f.units.slice(1).map((u, i) => {
    const v = f.value(r.code, i + 1);
    const shown = v === null ? null : r.norm ? Math.abs(v - r.norm.value) : v;
    return { code: u.code, label: u.name, value: shown === null ? null : roundTo(shown, def.decimals) };
  });
  return {
    kind: "ranking", title: `Xếp hạng các ${f.children} theo ${r.norm ? `khoảng cách của ${name} đến ${r.norm.label}` : name} năm ${f.year}`,
    indicator: r.norm ? `Khoảng cách của ${name.replace(/ \(.*\)$/, "")} đến ${r.norm.label}` : def.name.vi,
    unit: UNIT_LABELS[def.unit].vi, decimals: def.decimals, better: r.better, entries,
    notes: r.norm
      ? [`Xếp hạng theo |${def.code} − ${r.norm.label}|: ${r.why}. Giá trị ${def.code} của từng đơn vị ở bảng “Sinh, chết và tăng tự nhiên”.`]
      : [r.why],
  };
}

function definitions(f: Figures, codes: string[]): YearbookSection {
  const period = yearPeriod(f.year);
  return {
    kind: "text", title: "Giải thích thuật ngữ, nội dung và phương pháp tính",
    paragraphs: [
      "Số liệu trong niên giám được tính từ sổ hộ gia đình của ngành Dân số, tức là nhân khẩu thực tế thường trú và các biến động đã được xác minh, không phải từ Tổng điều tra dân số và nhà ở hay các cuộc điều tra của cơ quan thống kê, nên có thể khác số liệu của ngành Thống kê.",
      `Số liệu của mỗi đơn vị được tính trực tiếp từ sổ, không cộng báo cáo của cấp dưới: người chuyển giữa hai đơn vị cấp dưới là chuyển đi, chuyển đến của hai đơn vị đó nhưng không phải của đơn vị cấp trên. Kỳ của niên giám là năm ${f.year}: “cuối kỳ” là hết ngày ${formatDateVi(period.end)}, “giữa kỳ” là ngày ${formatDateVi(periodMidpoint(period))}.`,
      ...codes.map((c) => ({ term: getIndicator(c).name.vi, text: getIndicator(c).definition.vi })),
    ],
  };
}

export async function buildYearbook(db: Db, options: { unitId: number; year: number; now?: Date }): Promise<YearbookDocument> {
  const { unitId, year } = options;
  const period = yearPeriod(year);
  // One engine call for everything: base counts of the unit and each child unit, from which
  // the catalogue's formulas give the indicators and the POP_END table gives the pyramid.
  const columns = await unitColumns(db, unitId, period, true);
  const units = columns.map((c) => c.unit);
  const unit = units[0]!;
  if (unit.level > 1) throw new RangeError(`A yearbook is made for a province or the nation, not for ${unit.name}`);
  const [counts, lineage] = await Promise.all([computeBaseCounts(db, columns, period), loadUnitLineage(db, unitId, period.end)]);
  const at = (i: number): BaseCounts => counts[i]!;
  const f: Figures = { year, units, value: (code, i) => computeIndicator(code, at(i), period), children: childTypes(units.slice(1).map((u) => u.name)) };
  const agency = reportAgency(lineage);
  const codes = TABLES.flatMap((t) => t.codes);
  const own = unit.level === 0 ? "cả nước" : lowerFirst(unit.name);
  const now = options.now ?? new Date();
  return {
    title: "NIÊN GIÁM THỐNG KÊ DÂN SỐ", unit: unit.name.toLocaleUpperCase("vi"), year, agency: agency.lines,
    placeAndYear: `${agency.place}, ${todayInVietnam(now).slice(0, 4)}`,
    sections: [
      definitions(f, codes),
      ...TABLES.map((t) => indicatorTable(f, t.title, t.codes)),
      {
        kind: "pyramid", title: `Tháp dân số ${own} tại thời điểm ${formatDateVi(period.end)}`, display: "count",
        groups: fiveYearGroups(at(0).tables.POP_END), notes: ["Nhân khẩu thực tế thường trú theo sổ hộ gia đình, tuổi tròn tính đến hết ngày cuối năm."],
      },
      ...RANKINGS.map((r) => ranking(f, r)),
    ],
    generatedAt: now,
  };
}
