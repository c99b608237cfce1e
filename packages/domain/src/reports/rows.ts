// Blocks of rows shared by the forms, and the numbering of rows as printed.
import type { Label } from "../codes/labels.js";
import { CONTRACEPTIVE_METHOD, type ContraceptiveMethod } from "../codes/contraception.js";
import type { IndicatorRow, ReportRow } from "./types.js";

/** A row before numbering. */
export interface RowSpec {
  indicator: string;
  depth?: number;
  label?: Label;
  confirmed?: boolean;
}

export interface SectionSpec {
  label: Label;
  rows: RowSpec[];
}

const ofWhich = (vi: string, en: string): Label => ({ vi: `Trong đó: ${vi}`, en: `of which: ${en}` });
const sub = (indicator: string, label?: Label): RowSpec => ({ indicator, depth: 1, label });
const METHODS = Object.keys(CONTRACEPTIVE_METHOD) as ContraceptiveMethod[];

/** Marks every row of a block as not in the official text. */
export const unconfirmed = (rows: RowSpec[]): RowSpec[] => rows.map((r) => ({ ...r, confirmed: false }));

// Biểu 01-DSH rows 1–9 [S4]: confirmed.
export const HOUSEHOLD_ROWS: RowSpec[] = [
  { indicator: "HOUSEHOLDS", label: { vi: "Tổng số hộ dân cư tính đến cuối kỳ", en: "Households at the end of the period" } },
  sub("FAMILY_HOUSEHOLDS", ofWhich("số hộ gia đình", "family households")),
];
export const POPULATION_ROWS: RowSpec[] = [
  { indicator: "POP_END", label: { vi: "Tổng số nhân khẩu thực tế thường trú (dân số) tính đến cuối kỳ", en: "Actual permanent residents (population) at the end of the period" } },
  { ...sub("POP_END_MALE", ofWhich("nam", "male")), confirmed: false },
  { ...sub("POP_END_FEMALE", { vi: "nữ", en: "female" }), confirmed: false },
];
export const MARRIED_WOMEN_ROWS: RowSpec[] = [
  { indicator: "MARRIED_WOMEN_15_49", label: { vi: "Số nữ từ 15–49 tuổi có chồng tính đến cuối kỳ", en: "Married women aged 15–49 at the end of the period" } },
];
export const BIRTH_ROWS: RowSpec[] = [
  { indicator: "BIRTHS", label: { vi: "Tổng số trẻ sinh ra trong kỳ", en: "Live births in the period" } },
  sub("BIRTHS_MALE", ofWhich("nam", "boys")),
  sub("BIRTHS_FEMALE", { vi: "nữ", en: "girls" }),
  sub("BIRTHS_ORDER_2", { vi: "con thứ 2", en: "2nd child" }),
  sub("BIRTHS_ORDER_3_PLUS", { vi: "con thứ 3 trở lên", en: "3rd child or later" }),
  sub("BIRTHS_MOTHER_UNDER_20", { vi: "của phụ nữ dưới 20 tuổi", en: "to mothers under 20" }),
];
export const DEATH_ROWS: RowSpec[] = [
  { indicator: "DEATHS", label: { vi: "Số người chết trong kỳ", en: "Deaths in the period" } },
  { ...sub("INFANT_DEATHS", ofWhich("trẻ em dưới 1 tuổi", "infants under 1")), confirmed: false },
];
export const MARRIAGE_ROWS: RowSpec[] = [
  { indicator: "MARRIAGES", label: { vi: "Số người kết hôn trong kỳ", en: "Persons who married in the period" } },
  sub("CHILD_MARRIAGES", ofWhich("số người tảo hôn", "child marriages")),
  sub("CONSANGUINEOUS_MARRIAGES", { vi: "số người kết hôn cận huyết thống", en: "consanguineous marriages" }),
  { indicator: "COUPLES_COUNSELLED" },
  { indicator: "DIVORCES", label: { vi: "Số người ly hôn trong kỳ", en: "Persons who divorced in the period" } },
];
export const MOVE_IN_ROWS: RowSpec[] = [
  { indicator: "MOVES_IN", label: { vi: "Số người chuyển đến trong kỳ (từ ngoài đơn vị)", en: "Persons who moved in from outside the unit" } },
  ...unconfirmed([
    sub("MOVES_IN_SAME_DISTRICT", ofWhich("từ xã khác cùng huyện", "from another commune of the same district")),
    sub("MOVES_IN_OTHER_DISTRICT", { vi: "từ huyện khác cùng tỉnh", en: "from another district of the same province" }),
    sub("MOVES_IN_OTHER_PROVINCE", { vi: "từ tỉnh khác", en: "from another province" }),
    sub("MOVES_IN_ABROAD_UNKNOWN", { vi: "từ nước ngoài hoặc không rõ", en: "from abroad or unknown" }),
  ]),
];
// Rows 10+ of 01-DSH are cut off in the source [S4]: everything below is unconfirmed.
export const MOVE_OUT_ROWS: RowSpec[] = unconfirmed([
  { indicator: "MOVES_OUT", label: { vi: "Số người chuyển đi trong kỳ (ra ngoài đơn vị)", en: "Persons who moved out of the unit" } },
  sub("MOVES_OUT_SAME_DISTRICT", ofWhich("đến xã khác cùng huyện", "to another commune of the same district")),
  sub("MOVES_OUT_OTHER_DISTRICT", { vi: "đến huyện khác cùng tỉnh", en: "to another district of the same province" }),
  sub("MOVES_OUT_OTHER_PROVINCE", { vi: "đến tỉnh khác", en: "to another province" }),
  sub("MOVES_OUT_ABROAD_UNKNOWN", { vi: "ra nước ngoài hoặc không rõ", en: "abroad or unknown" }),
  sub("MOVES_OUT_AWAITING_ARRIVAL", { vi: "riêng số chưa được nơi đến ghi nhận", en: "of all these: arrival not yet recorded" }),
  { indicator: "REGISTER_CORRECTIONS", label: { vi: "Điều chỉnh sổ (bổ sung người đang sống tại địa bàn, trừ người loại khỏi sổ)", en: "Register corrections (persons found living here added, persons removed deducted)" } },
]);
export const CONTRACEPTION_ROWS: RowSpec[] = unconfirmed([
  { indicator: "CP_USERS", label: { vi: "Số phụ nữ 15–49 tuổi có chồng đang sử dụng biện pháp tránh thai cuối kỳ", en: "Married women 15–49 using contraception at the end of the period" } },
  ...METHODS.map((m, i) => sub(`CP_USERS_${m}`, i === 0 ? ofWhich(CONTRACEPTIVE_METHOD[m].vi.toLowerCase(), CONTRACEPTIVE_METHOD[m].en.toLowerCase()) : undefined)),
  { indicator: "NEW_ACCEPTORS", label: { vi: "Số người mới sử dụng biện pháp tránh thai trong kỳ", en: "New contraceptive acceptors in the period" } },
  ...METHODS.map((m, i) => sub(`NEW_ACCEPTORS_${m}`, i === 0 ? ofWhich(CONTRACEPTIVE_METHOD[m].vi.toLowerCase(), CONTRACEPTIVE_METHOD[m].en.toLowerCase()) : undefined)),
]);
export const HEALTH_ROWS: RowSpec[] = unconfirmed([
  { indicator: "PREGNANCIES" },
  { indicator: "PRENATAL_SCREENINGS" },
  { indicator: "NEWBORN_SCREENINGS" },
  { indicator: "ELDERLY_CHECKUPS" },
]);
/** Rates, shown on the annual forms only: a month of a commune gives too few events. */
export const RATE_ROWS: RowSpec[] = unconfirmed([
  { indicator: "POP_START" },
  { indicator: "POP_MID" },
  { indicator: "WOMEN_15_49" },
  { indicator: "ELDERLY" },
  { indicator: "CBR" },
  { indicator: "CDR" },
  { indicator: "NATURAL_INCREASE_RATE" },
  { indicator: "GFR" },
  { indicator: "TFR" },
  { indicator: "SRB" },
  { indicator: "SHARE_ORDER_3_PLUS" },
  { indicator: "SHARE_MOTHER_UNDER_20" },
  { indicator: "IMR" },
  { indicator: "SHARE_COUPLES_COUNSELLED" },
  { indicator: "CPR" },
  { indicator: "MCPR" },
  { indicator: "IN_MIGRATION_RATE" },
  { indicator: "OUT_MIGRATION_RATE" },
  { indicator: "NET_MIGRATION_RATE" },
  { indicator: "SEX_RATIO" },
  { indicator: "DEPENDENCY_RATIO" },
  sub("CHILD_DEPENDENCY_RATIO", ofWhich("tỷ số phụ thuộc trẻ", "child dependency ratio")),
  sub("OLD_AGE_DEPENDENCY_RATIO", { vi: "tỷ số phụ thuộc già", en: "old-age dependency ratio" }),
  { indicator: "AGEING_INDEX" },
  { indicator: "MEDIAN_AGE" },
]);

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** Numbers the rows as a paper form does: sections I, II…; rows 1, 2… across sections; sub-rows 1.1, 1.2… */
export function numberRows(sections: SectionSpec[]): ReportRow[] {
  const rows: ReportRow[] = [];
  const counters: number[] = [];
  sections.forEach((section, s) => {
    rows.push({ kind: "section", number: ROMAN[s] ?? String(s + 1), label: section.label });
    for (const spec of section.rows) {
      const depth = spec.depth ?? 0;
      if (depth > counters.length) throw new Error(`Row ${spec.indicator} is indented under nothing`);
      counters.length = depth + 1;
      counters[depth] = (counters[depth] ?? 0) + 1;
      const row: IndicatorRow = { kind: "indicator", number: counters.join("."), indicator: spec.indicator, depth, confirmed: spec.confirmed ?? true };
      if (spec.label) row.label = spec.label;
      rows.push(row);
    }
  });
  return rows;
}
