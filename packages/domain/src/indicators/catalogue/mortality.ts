// Deaths, mortality and natural increase (Biểu 01-DSH row 5; domain guide § 5).
import { rateOf } from "../formulas.js";
import type { IndicatorDefinition } from "../types.js";
import { births, deaths, persons, TEXT } from "./totals.js";

const deathVi = "Người chết là nhân khẩu thực tế thường trú, tính theo ngày chết trong kỳ (từ ngày đầu đến hết ngày cuối kỳ), tại xã nơi người đó thường trú.";
const deathEn = "Deaths of actual permanent residents, by date of death within the period (first to last day included), in the commune of residence.";

export const MORTALITY_INDICATORS: IndicatorDefinition[] = [
  {
    code: "DEATHS", theme: "MORTALITY", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người chết trong kỳ", en: "Deaths" }, needs: ["DEATHS"], formula: deaths,
    definition: { vi: deathVi, en: deathEn },
  },
  {
    code: "DEATHS_MALE", theme: "MORTALITY", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người chết: nam", en: "Deaths: male" }, needs: ["DEATHS"],
    formula: (b) => persons(b, "DEATHS", 0, undefined, "MALE"),
    definition: { vi: "Số nam chết trong kỳ.", en: "Male deaths in the period." },
  },
  {
    code: "DEATHS_FEMALE", theme: "MORTALITY", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người chết: nữ", en: "Deaths: female" }, needs: ["DEATHS"],
    formula: (b) => persons(b, "DEATHS", 0, undefined, "FEMALE"),
    definition: { vi: "Số nữ chết trong kỳ.", en: "Female deaths in the period." },
  },
  {
    code: "INFANT_DEATHS", theme: "MORTALITY", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số trẻ em dưới 1 tuổi chết", en: "Infant deaths (under 1)" }, needs: ["DEATHS"],
    formula: (b) => persons(b, "DEATHS", 0, 1),
    definition: { vi: "Số trẻ chết trong kỳ khi chưa đủ 1 tuổi.", en: "Deaths in the period of children who had not reached their first birthday." },
  },
  {
    code: "CDR", theme: "MORTALITY", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất chết thô (CDR)", en: "Crude death rate (CDR)" },
    needs: ["DEATHS", "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [deaths(b), persons(b, "POP_MID")], 1000, true),
    definition: { vi: `Số người chết trong kỳ / dân số giữa kỳ × 1000. ${TEXT.midVi} ${TEXT.annualisedVi}`, en: `Deaths in the period / mid-period population × 1000. ${TEXT.midEn} ${TEXT.annualisedEn}` },
  },
  {
    code: "IMR", theme: "MORTALITY", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất chết trẻ em dưới 1 tuổi (IMR)", en: "Infant mortality rate (IMR)" },
    needs: ["DEATHS", "BIRTHS_MALE", "BIRTHS_FEMALE"],
    ...rateOf((b) => [persons(b, "DEATHS", 0, 1), births(b)], 1000),
    definition: { vi: "Số trẻ dưới 1 tuổi chết trong kỳ / số trẻ sinh ra sống trong kỳ × 1000. Là tỷ số của hai dòng cùng kỳ nên không quy về năm.", en: "Deaths under age 1 in the period / live births in the period × 1000. A ratio of two flows of the same period, so never annualised." },
  },
  {
    code: "NATURAL_INCREASE", theme: "MORTALITY", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số tăng tự nhiên", en: "Natural increase" }, needs: ["BIRTHS_MALE", "BIRTHS_FEMALE", "DEATHS"],
    formula: (b) => births(b) - deaths(b),
    definition: { vi: "Số trẻ sinh ra sống − số người chết trong kỳ.", en: "Live births − deaths in the period." },
  },
  {
    code: "NATURAL_INCREASE_RATE", theme: "MORTALITY", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ lệ tăng dân số tự nhiên", en: "Rate of natural increase" },
    needs: ["BIRTHS_MALE", "BIRTHS_FEMALE", "DEATHS", "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [births(b) - deaths(b), persons(b, "POP_MID")], 1000, true),
    definition: { vi: `(Số sinh − số chết) / dân số giữa kỳ × 1000 (bằng CBR − CDR). ${TEXT.annualisedVi}`, en: `(Births − deaths) / mid-period population × 1000 (CBR − CDR). ${TEXT.annualisedEn}` },
  },
];
