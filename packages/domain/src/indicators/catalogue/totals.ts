// Sums of base counts that several formulas share.
import { sumAges, type SexFilter } from "../age-groups.js";
import { MOVE_SCOPES, type AgeSexTableCode, type BaseCounts } from "../base-counts.js";

export const persons = (b: BaseCounts, table: AgeSexTableCode, fromAge = 0, toAge?: number, sex: SexFilter = "BOTH") =>
  sumAges(b.tables[table], fromAge, toAge, sex);

export const births = (b: BaseCounts) => b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE;

export const deaths = (b: BaseCounts) => persons(b, "DEATHS");

export const movesIn = (b: BaseCounts) => MOVE_SCOPES.reduce((s, scope) => s + b.counts[`MOVES_IN_${scope}`], 0);

export const movesOut = (b: BaseCounts) => MOVE_SCOPES.reduce((s, scope) => s + b.counts[`MOVES_OUT_${scope}`], 0);

/** Women 15–49 at mid-period: the denominator of fertility rates. */
export const womenMid15to49 = (b: BaseCounts) => persons(b, "POP_MID", 15, 50, "FEMALE");

/** Texts that several definitions repeat. */
export const TEXT = {
  annualisedVi: "Với kỳ tháng hoặc quý, tỷ suất được quy về năm: nhân với 365 / số ngày của kỳ (tham số “quy về năm”, mặc định bật; cách làm của ngành chưa được xác nhận).",
  annualisedEn: "For a month or a quarter the rate is annualised: multiplied by 365 / the days of the period (parameter “annualise”, on by default; the sector's practice is unconfirmed).",
  midVi: "Dân số giữa kỳ là số nhân khẩu thực tế thường trú vào ngày giữa kỳ (2/7 với năm).",
  midEn: "Mid-period population is the actual permanent residents on the middle day of the period (2 July for a year).",
  endVi: "tính đến hết ngày cuối kỳ",
  endEn: "at the end of the last day of the period",
  withinVi: "Di chuyển giữa hai xã cùng thuộc đơn vị được báo cáo là di chuyển nội bộ, không tính.",
  withinEn: "A move between two communes that both belong to the reported unit is internal and not counted.",
} as const;
