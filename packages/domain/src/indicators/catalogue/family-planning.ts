// Contraception (the unconfirmed rows 10+ of Biểu 01-DSH; domain guide § 5 and § 6.2).
import { CONTRACEPTIVE_METHOD, MODERN_METHODS, type ContraceptiveMethod } from "../../codes/contraception.js";
import type { BaseCounts } from "../base-counts.js";
import { rateOf } from "../formulas.js";
import type { IndicatorDefinition } from "../types.js";
import { TEXT } from "./totals.js";

const METHODS = Object.keys(CONTRACEPTIVE_METHOD) as ContraceptiveMethod[];
const users = (b: BaseCounts, methods: readonly ContraceptiveMethod[]) => methods.reduce((s, m) => s + b.counts[`CP_USERS_${m}`], 0);

const userVi = `Phụ nữ 15–49 tuổi có chồng, là nhân khẩu thực tế thường trú, đang sử dụng biện pháp tránh thai ${TEXT.endVi} (biện pháp của chồng như triệt sản nam, bao cao su được ghi cho người vợ).`;
const userEn = `Married women aged 15–49, actual permanent residents, using a contraceptive method ${TEXT.endEn} (the husband's method, such as vasectomy or condom, is recorded on the wife).`;
const newVi = "Số lượt bắt đầu sử dụng một biện pháp tránh thai trong kỳ, theo ngày bắt đầu (khái niệm “mới” = bắt đầu một đợt sử dụng; chưa được xác nhận). Chuyển từ biện pháp này sang biện pháp khác không tính.";
const newEn = "Starts of a contraceptive method in the period, by start date (“new” = a new episode of use; unconfirmed). Switching from one method to another is not counted.";

export const FAMILY_PLANNING_INDICATORS: IndicatorDefinition[] = [
  {
    code: "CP_USERS", theme: "FAMILY_PLANNING", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người đang sử dụng biện pháp tránh thai", en: "Contraceptive users" },
    needs: METHODS.map((m) => `CP_USERS_${m}` as const), formula: (b) => users(b, METHODS),
    definition: { vi: userVi, en: userEn },
  },
  {
    code: "CP_USERS_MODERN", theme: "FAMILY_PLANNING", kind: "stock", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người đang sử dụng biện pháp tránh thai hiện đại", en: "Modern contraceptive users" },
    needs: MODERN_METHODS.map((m) => `CP_USERS_${m}` as const), formula: (b) => users(b, MODERN_METHODS),
    definition: { vi: `${userVi} Biện pháp hiện đại: mọi biện pháp trừ tính vòng kinh và xuất tinh ngoài.`, en: `${userEn} Modern: every method except calendar and withdrawal.` },
  },
  ...METHODS.map((m): IndicatorDefinition => ({
    code: `CP_USERS_${m}`, theme: "FAMILY_PLANNING", kind: "stock", unit: "PERSONS", decimals: 0,
    name: CONTRACEPTIVE_METHOD[m], needs: [`CP_USERS_${m}`], formula: (b) => b.counts[`CP_USERS_${m}`],
    definition: { vi: `${userVi} Biện pháp: ${CONTRACEPTIVE_METHOD[m].vi}.`, en: `${userEn} Method: ${CONTRACEPTIVE_METHOD[m].en}.` },
  })),
  {
    code: "NEW_ACCEPTORS", theme: "FAMILY_PLANNING", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người mới sử dụng biện pháp tránh thai", en: "New contraceptive acceptors" },
    needs: ["NEW_ACCEPTORS"], formula: (b) => b.counts.NEW_ACCEPTORS,
    definition: { vi: newVi, en: newEn },
  },
  ...METHODS.map((m): IndicatorDefinition => ({
    code: `NEW_ACCEPTORS_${m}`, theme: "FAMILY_PLANNING", kind: "flow", unit: "PERSONS", decimals: 0,
    name: CONTRACEPTIVE_METHOD[m], needs: [`NEW_ACCEPTORS_${m}`], formula: (b) => b.counts[`NEW_ACCEPTORS_${m}`],
    definition: { vi: `${newVi} Biện pháp: ${CONTRACEPTIVE_METHOD[m].vi}.`, en: `${newEn} Method: ${CONTRACEPTIVE_METHOD[m].en}.` },
  })),
  {
    code: "CPR", theme: "FAMILY_PLANNING", kind: "rate", unit: "PERCENT", decimals: 1,
    name: { vi: "Tỷ lệ sử dụng biện pháp tránh thai", en: "Contraceptive prevalence rate (CPR)" },
    needs: [...METHODS.map((m) => `CP_USERS_${m}` as const), "MARRIED_WOMEN_15_49"],
    ...rateOf((b) => [users(b, METHODS), b.counts.MARRIED_WOMEN_15_49], 100),
    definition: { vi: `Số phụ nữ 15–49 tuổi có chồng đang sử dụng một biện pháp tránh thai bất kỳ / số phụ nữ 15–49 tuổi có chồng × 100, ${TEXT.endVi}.`, en: `Married women 15–49 using any method / married women 15–49 × 100, ${TEXT.endEn}.` },
  },
  {
    code: "MCPR", theme: "FAMILY_PLANNING", kind: "rate", unit: "PERCENT", decimals: 1,
    name: { vi: "Tỷ lệ sử dụng biện pháp tránh thai hiện đại (mCPR)", en: "Modern contraceptive prevalence rate (mCPR)" },
    needs: [...MODERN_METHODS.map((m) => `CP_USERS_${m}` as const), "MARRIED_WOMEN_15_49"],
    ...rateOf((b) => [users(b, MODERN_METHODS), b.counts.MARRIED_WOMEN_15_49], 100),
    definition: { vi: `Số phụ nữ 15–49 tuổi có chồng đang sử dụng biện pháp hiện đại / số phụ nữ 15–49 tuổi có chồng × 100, ${TEXT.endVi}.`, en: `Married women 15–49 using a modern method / married women 15–49 × 100, ${TEXT.endEn}.` },
  },
];
