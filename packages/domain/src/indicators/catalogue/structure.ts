// Age and sex structure at the end of the period (domain guide § 5).
import { bothSexes } from "../age-groups.js";
import { medianAge, rateOf } from "../formulas.js";
import type { IndicatorDefinition } from "../types.js";
import { persons, TEXT } from "./totals.js";

export const STRUCTURE_INDICATORS: IndicatorDefinition[] = [
  {
    code: "POP_0_14", theme: "STRUCTURE", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số 0–14 tuổi", en: "Population aged 0–14" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 0, 15),
    definition: { vi: `Số người dưới 15 tuổi ${TEXT.endVi}.`, en: `Residents under 15 ${TEXT.endEn}.` },
  },
  {
    code: "POP_15_64", theme: "STRUCTURE", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số 15–64 tuổi", en: "Population aged 15–64" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 15, 65),
    definition: { vi: `Số người từ đủ 15 đến hết 64 tuổi ${TEXT.endVi}.`, en: `Residents aged 15 to 64 ${TEXT.endEn}.` },
  },
  {
    code: "POP_65_PLUS", theme: "STRUCTURE", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Dân số từ 65 tuổi trở lên", en: "Population aged 65 and over" },
    needs: ["POP_END"],
    formula: (b) => persons(b, "POP_END", 65),
    definition: { vi: `Số người từ đủ 65 tuổi trở lên ${TEXT.endVi}.`, en: `Residents aged 65 or over ${TEXT.endEn}.` },
  },
  {
    code: "SEX_RATIO", theme: "STRUCTURE", kind: "rate", unit: "PER_100", decimals: 1,
    name: { vi: "Tỷ số giới tính của dân số", en: "Sex ratio of the population" },
    needs: ["POP_END"],
    ...rateOf((b) => [persons(b, "POP_END", 0, undefined, "MALE"), persons(b, "POP_END", 0, undefined, "FEMALE")], 100),
    definition: { vi: `Số nam trên 100 nữ ${TEXT.endVi}.`, en: `Males per 100 females ${TEXT.endEn}.` },
  },
  {
    code: "DEPENDENCY_RATIO", theme: "STRUCTURE", kind: "rate", unit: "PER_100", decimals: 1,
    name: { vi: "Tỷ số phụ thuộc chung", en: "Total dependency ratio" },
    needs: ["POP_END"],
    ...rateOf((b) => [persons(b, "POP_END", 0, 15) + persons(b, "POP_END", 65), persons(b, "POP_END", 15, 65)], 100),
    definition: { vi: `(Dân số 0–14 tuổi + dân số từ 65 tuổi) / dân số 15–64 tuổi × 100, ${TEXT.endVi}.`, en: `(Population 0–14 + population 65 and over) / population 15–64 × 100, ${TEXT.endEn}.` },
  },
  {
    code: "CHILD_DEPENDENCY_RATIO", theme: "STRUCTURE", kind: "rate", unit: "PER_100", decimals: 1,
    name: { vi: "Tỷ số phụ thuộc trẻ", en: "Child dependency ratio" },
    needs: ["POP_END"],
    ...rateOf((b) => [persons(b, "POP_END", 0, 15), persons(b, "POP_END", 15, 65)], 100),
    definition: { vi: `Dân số 0–14 tuổi / dân số 15–64 tuổi × 100, ${TEXT.endVi}.`, en: `Population 0–14 / population 15–64 × 100, ${TEXT.endEn}.` },
  },
  {
    code: "OLD_AGE_DEPENDENCY_RATIO", theme: "STRUCTURE", kind: "rate", unit: "PER_100", decimals: 1,
    name: { vi: "Tỷ số phụ thuộc già", en: "Old-age dependency ratio" },
    needs: ["POP_END"],
    ...rateOf((b) => [persons(b, "POP_END", 65), persons(b, "POP_END", 15, 65)], 100),
    definition: { vi: `Dân số từ 65 tuổi / dân số 15–64 tuổi × 100, ${TEXT.endVi}.`, en: `Population 65 and over / population 15–64 × 100, ${TEXT.endEn}.` },
  },
  {
    code: "AGEING_INDEX", theme: "STRUCTURE", kind: "rate", unit: "PER_100", decimals: 1,
    name: { vi: "Chỉ số già hóa", en: "Ageing index" },
    needs: ["POP_END"],
    params: ["elderlyAge"],
    ...rateOf((b, { params }) => [persons(b, "POP_END", params.elderlyAge), persons(b, "POP_END", 0, 15)], 100),
    definition: {
      vi: `Số người từ đủ 60 tuổi trở lên / số trẻ em dưới 15 tuổi × 100, ${TEXT.endVi}. Tuổi bắt đầu là tham số (mặc định 60 theo Luật Người cao tuổi; nhiều nước dùng 65; lựa chọn của ngành chưa được xác nhận).`,
      en: `Persons aged 60 or over / children under 15 × 100, ${TEXT.endEn}. The threshold is a parameter (60 by default, as in the Law on the Elderly; 65 is common elsewhere; the sector's choice is unconfirmed).`,
    },
  },
  {
    code: "MEDIAN_AGE", theme: "STRUCTURE", kind: "rate", unit: "YEARS", decimals: 1,
    name: { vi: "Tuổi trung vị", en: "Median age" },
    needs: ["POP_END"],
    formula: (b) => medianAge(bothSexes(b.tables.POP_END)),
    definition: {
      vi: `Tuổi chia dân số ${TEXT.endVi} thành hai nửa bằng nhau, nội suy tuyến tính trong nhóm tuổi chứa nó (nhóm 0, 1–4, 5–9, …): L + (N/2 − số người dưới L) / số người của nhóm × độ rộng nhóm.`,
      en: `The age that splits the population ${TEXT.endEn} into two equal halves, interpolated linearly within its age group (0, 1–4, 5–9, …): L + (N/2 − persons below L) / persons in the group × group width.`,
    },
  },
];
