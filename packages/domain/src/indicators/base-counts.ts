// Base counts: what the database computes for one column (a set of communes) and one
// period, and the only input of the indicator formulas. Stocks are taken on a date
// (population at the end of its day: spells with valid_from <= D < valid_to); flows count
// events dated from the first to the last day of the period, both included.
import { CONTRACEPTIVE_METHOD, type ContraceptiveMethod } from "../codes/contraception.js";
import type { Label } from "../codes/labels.js";
import { emptyAgeSexCounts, type AgeSexCounts } from "./age-groups.js";

const METHODS = Object.keys(CONTRACEPTIVE_METHOD) as ContraceptiveMethod[];

/** Mothers' age groups of the age-specific fertility rates. */
export const FERTILITY_GROUPS = ["15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49"] as const;
export type FertilityGroup = (typeof FERTILITY_GROUPS)[number];

/** Where a migrant came from or went to, seen from the commune they arrived in or left. */
export const MOVE_SCOPES = ["SAME_DISTRICT", "OTHER_DISTRICT", "OTHER_PROVINCE", "ABROAD_UNKNOWN"] as const;
export type MoveScope = (typeof MOVE_SCOPES)[number];

export const COUNT_CODES = [
  "HOUSEHOLDS_FAMILY",
  "HOUSEHOLDS_COLLECTIVE",
  "MARRIED_WOMEN_15_49",
  ...METHODS.map((m) => `CP_USERS_${m}` as const),
  "BIRTHS_MALE",
  "BIRTHS_FEMALE",
  "BIRTHS_ORDER_2",
  "BIRTHS_ORDER_3_PLUS",
  "BIRTHS_MOTHER_UNDER_20",
  ...FERTILITY_GROUPS.map((g) => `BIRTHS_MOTHER_${g}` as const),
  "MARRIAGE_PERSONS",
  "MARRIAGE_PERSONS_UNDER_AGE",
  "MARRIAGE_PERSONS_CONSANGUINEOUS",
  "COUPLES_MARRIED",
  "COUPLES_COUNSELLED",
  "DIVORCE_PERSONS",
  ...MOVE_SCOPES.map((s) => `MOVES_IN_${s}` as const),
  ...MOVE_SCOPES.map((s) => `MOVES_OUT_${s}` as const),
  "MOVES_OUT_AWAITING_ARRIVAL",
  "REGISTER_CORRECTIONS",
  "NEW_ACCEPTORS",
  ...METHODS.map((m) => `NEW_ACCEPTORS_${m}` as const),
  "PREGNANCIES",
  "PRENATAL_SCREENINGS",
  "NEWBORN_SCREENINGS",
  "ELDERLY_CHECKUPS",
] as const;
export type CountCode = (typeof COUNT_CODES)[number];

/** Tables by sex and age group (see age-groups.ts). */
export const AGE_SEX_TABLES = ["POP_START", "POP_MID", "POP_END", "DEATHS", "MIGRANTS_IN", "MIGRANTS_OUT"] as const;
export type AgeSexTableCode = (typeof AGE_SEX_TABLES)[number];

export type BaseCountCode = CountCode | AgeSexTableCode;

export interface BaseCounts {
  counts: Record<CountCode, number>;
  tables: Record<AgeSexTableCode, AgeSexCounts>;
}

export function emptyBaseCounts(): BaseCounts {
  const counts = Object.fromEntries(COUNT_CODES.map((c) => [c, 0])) as Record<CountCode, number>;
  const tables = Object.fromEntries(AGE_SEX_TABLES.map((t) => [t, emptyAgeSexCounts()])) as Record<AgeSexTableCode, AgeSexCounts>;
  return { counts, tables };
}

/** What each base count means: shown on the portal next to the indicators that use it. */
export const BASE_COUNT_LABELS: Readonly<Record<BaseCountCode, Label>> = {
  POP_START: { vi: "Dân số đầu kỳ (ngày trước ngày đầu kỳ) theo giới tính và nhóm tuổi", en: "Population at the start (the day before the period) by sex and age group" },
  POP_MID: { vi: "Dân số giữa kỳ (ngày giữa kỳ) theo giới tính và nhóm tuổi", en: "Mid-period population (the middle day) by sex and age group" },
  POP_END: { vi: "Dân số cuối kỳ (ngày cuối kỳ) theo giới tính và nhóm tuổi", en: "Population at the end (the last day) by sex and age group" },
  DEATHS: { vi: "Số người chết trong kỳ theo giới tính và tuổi khi chết", en: "Deaths in the period by sex and age at death" },
  MIGRANTS_IN: { vi: "Số người nhập cư trong kỳ theo giới tính và tuổi khi đến", en: "In-migrants in the period by sex and age at arrival" },
  MIGRANTS_OUT: { vi: "Số người xuất cư trong kỳ theo giới tính và tuổi khi đi", en: "Out-migrants in the period by sex and age at departure" },
  HOUSEHOLDS_FAMILY: { vi: "Số hộ gia đình cuối kỳ", en: "Family households at the end" },
  HOUSEHOLDS_COLLECTIVE: { vi: "Số hộ tập thể cuối kỳ", en: "Collective households at the end" },
  MARRIED_WOMEN_15_49: { vi: "Phụ nữ 15–49 tuổi có chồng cuối kỳ", en: "Married women 15–49 at the end" },
  ...Object.fromEntries(METHODS.map((m) => [`CP_USERS_${m}`, {
    vi: `Phụ nữ 15–49 tuổi có chồng đang sử dụng biện pháp: ${CONTRACEPTIVE_METHOD[m].vi}`,
    en: `Married women 15–49 using: ${CONTRACEPTIVE_METHOD[m].en}`,
  }])),
  BIRTHS_MALE: { vi: "Số trẻ sinh ra trong kỳ: nam", en: "Live births in the period: boys" },
  BIRTHS_FEMALE: { vi: "Số trẻ sinh ra trong kỳ: nữ", en: "Live births in the period: girls" },
  BIRTHS_ORDER_2: { vi: "Số trẻ sinh ra là con thứ 2", en: "Births of order 2" },
  BIRTHS_ORDER_3_PLUS: { vi: "Số trẻ sinh ra là con thứ 3 trở lên", en: "Births of order 3 or higher" },
  BIRTHS_MOTHER_UNDER_20: { vi: "Số trẻ sinh ra của bà mẹ dưới 20 tuổi", en: "Births to mothers under 20" },
  ...Object.fromEntries(FERTILITY_GROUPS.map((g) => [`BIRTHS_MOTHER_${g}`, {
    vi: `Số trẻ sinh ra của bà mẹ ${g.replace("_", "–")} tuổi`,
    en: `Births to mothers aged ${g.replace("_", "–")}`,
  }])),
  MARRIAGE_PERSONS: { vi: "Số người kết hôn trong kỳ", en: "Persons who married in the period" },
  MARRIAGE_PERSONS_UNDER_AGE: { vi: "Số người tảo hôn (nam dưới 20, nữ dưới 18 tuổi khi kết hôn)", en: "Persons who married under the legal age (men under 20, women under 18)" },
  MARRIAGE_PERSONS_CONSANGUINEOUS: { vi: "Số người kết hôn cận huyết thống", en: "Persons in consanguineous marriages" },
  COUPLES_MARRIED: { vi: "Số cặp kết hôn trong kỳ", en: "Couples who married in the period" },
  COUPLES_COUNSELLED: { vi: "Số cặp kết hôn đã được tư vấn, khám sức khỏe trước khi kết hôn", en: "Couples counselled and health-checked before marriage" },
  DIVORCE_PERSONS: { vi: "Số người ly hôn trong kỳ", en: "Persons who divorced in the period" },
  MOVES_IN_SAME_DISTRICT: { vi: "Số người chuyển đến từ xã khác cùng huyện", en: "Moved in from another commune of the same district" },
  MOVES_IN_OTHER_DISTRICT: { vi: "Số người chuyển đến từ huyện khác cùng tỉnh", en: "Moved in from another district of the same province" },
  MOVES_IN_OTHER_PROVINCE: { vi: "Số người chuyển đến từ tỉnh khác", en: "Moved in from another province" },
  MOVES_IN_ABROAD_UNKNOWN: { vi: "Số người chuyển đến từ nước ngoài hoặc không rõ nơi đi", en: "Moved in from abroad or from an unknown place" },
  MOVES_OUT_SAME_DISTRICT: { vi: "Số người chuyển đi xã khác cùng huyện", en: "Moved out to another commune of the same district" },
  MOVES_OUT_OTHER_DISTRICT: { vi: "Số người chuyển đi huyện khác cùng tỉnh", en: "Moved out to another district of the same province" },
  MOVES_OUT_OTHER_PROVINCE: { vi: "Số người chuyển đi tỉnh khác", en: "Moved out to another province" },
  MOVES_OUT_ABROAD_UNKNOWN: { vi: "Số người chuyển đi nước ngoài hoặc không rõ nơi đến", en: "Moved out abroad or to an unknown place" },
  MOVES_OUT_AWAITING_ARRIVAL: { vi: "Số người đã chuyển đi, nơi đến (trong sổ) chưa ghi nhận", en: "Moved out, arrival not yet recorded by the destination in the register" },
  REGISTER_CORRECTIONS: { vi: "Điều chỉnh sổ: số người bổ sung (phát hiện đang sống tại địa bàn) trừ số người loại khỏi sổ", en: "Register corrections: persons added (found living here) less persons removed" },
  NEW_ACCEPTORS: { vi: "Số người mới sử dụng biện pháp tránh thai trong kỳ", en: "New contraceptive acceptors in the period" },
  ...Object.fromEntries(METHODS.map((m) => [`NEW_ACCEPTORS_${m}`, {
    vi: `Số người mới sử dụng: ${CONTRACEPTIVE_METHOD[m].vi}`,
    en: `New acceptors: ${CONTRACEPTIVE_METHOD[m].en}`,
  }])),
  PREGNANCIES: { vi: "Số phụ nữ mang thai được ghi nhận trong kỳ", en: "Pregnancies recorded in the period" },
  PRENATAL_SCREENINGS: { vi: "Số bà mẹ mang thai được sàng lọc trước sinh", en: "Pregnant women screened (prenatal screening)" },
  NEWBORN_SCREENINGS: { vi: "Số trẻ sơ sinh được sàng lọc", en: "Newborns screened" },
  ELDERLY_CHECKUPS: { vi: "Số lượt người cao tuổi được khám sức khỏe định kỳ", en: "Health check-ups of elderly persons" },
} as Record<BaseCountCode, Label>;
