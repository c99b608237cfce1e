// Births and fertility (Biểu 01-DSH row 4; domain guide § 5).
import { FERTILITY_GROUPS, type CountCode } from "../base-counts.js";
import { annualisationFactor, rateOf, totalFertilityRate } from "../formulas.js";
import type { IndicatorDefinition } from "../types.js";
import { births, persons, TEXT, womenMid15to49 } from "./totals.js";

const BIRTH_COUNTS = ["BIRTHS_MALE", "BIRTHS_FEMALE"] as const;
const BY_MOTHER_AGE = FERTILITY_GROUPS.map((g) => `BIRTHS_MOTHER_${g}` as const satisfies CountCode);

const liveBirthVi = "Trẻ sinh ra sống của bà mẹ là nhân khẩu thực tế thường trú, tính theo ngày sinh trong kỳ (từ ngày đầu đến hết ngày cuối kỳ), tại xã nơi trẻ được ghi vào sổ.";
const liveBirthEn = "Live births to resident mothers, by date of birth within the period (first to last day included), in the commune where the child is registered.";

const count = (code: string, vi: string, en: string, needs: readonly CountCode[], formula: IndicatorDefinition["formula"], defVi: string, defEn: string): IndicatorDefinition => ({
  code, theme: "FERTILITY", kind: "flow", unit: "PERSONS", decimals: 0, name: { vi, en }, needs, formula, definition: { vi: defVi, en: defEn },
});

export const FERTILITY_INDICATORS: IndicatorDefinition[] = [
  count("BIRTHS", "Tổng số trẻ sinh ra trong kỳ", "Live births", BIRTH_COUNTS, births, liveBirthVi, liveBirthEn),
  count("BIRTHS_MALE", "Số trẻ sinh ra: nam", "Live births: boys", ["BIRTHS_MALE"], (b) => b.counts.BIRTHS_MALE, "Số trẻ trai sinh ra sống trong kỳ.", "Boys born alive in the period."),
  count("BIRTHS_FEMALE", "Số trẻ sinh ra: nữ", "Live births: girls", ["BIRTHS_FEMALE"], (b) => b.counts.BIRTHS_FEMALE, "Số trẻ gái sinh ra sống trong kỳ.", "Girls born alive in the period."),
  count("BIRTHS_ORDER_2", "Số trẻ sinh ra là con thứ 2", "Births of order 2", ["BIRTHS_ORDER_2"], (b) => b.counts.BIRTHS_ORDER_2,
    "Số trẻ sinh ra trong kỳ là con thứ hai của người mẹ (thứ tự sinh ghi trên phiếu).", "Births in the period that are the mother's second child (birth order as recorded)."),
  count("BIRTHS_ORDER_3_PLUS", "Số trẻ sinh ra là con thứ 3 trở lên", "Births of order 3 or higher", ["BIRTHS_ORDER_3_PLUS"], (b) => b.counts.BIRTHS_ORDER_3_PLUS,
    "Số trẻ sinh ra trong kỳ là con thứ ba trở lên của người mẹ.", "Births in the period that are the mother's third or later child."),
  count("BIRTHS_MOTHER_UNDER_20", "Số trẻ sinh ra của phụ nữ dưới 20 tuổi", "Births to mothers under 20", ["BIRTHS_MOTHER_UNDER_20"], (b) => b.counts.BIRTHS_MOTHER_UNDER_20,
    "Số trẻ sinh ra trong kỳ có mẹ chưa đủ 20 tuổi vào ngày sinh con.", "Births in the period whose mother was under 20 (completed years) on the day of the birth."),
  {
    code: "CBR", theme: "FERTILITY", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất sinh thô (CBR)", en: "Crude birth rate (CBR)" },
    needs: [...BIRTH_COUNTS, "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [births(b), persons(b, "POP_MID")], 1000, true),
    definition: { vi: `Số trẻ sinh ra sống trong kỳ / dân số giữa kỳ × 1000. ${TEXT.midVi} ${TEXT.annualisedVi}`, en: `Live births in the period / mid-period population × 1000. ${TEXT.midEn} ${TEXT.annualisedEn}` },
  },
  {
    code: "GFR", theme: "FERTILITY", kind: "rate", unit: "PER_MILLE", decimals: 2,
    name: { vi: "Tỷ suất sinh chung (GFR)", en: "General fertility rate (GFR)" },
    needs: [...BIRTH_COUNTS, "POP_MID"], params: ["annualise"],
    ...rateOf((b) => [births(b), womenMid15to49(b)], 1000, true),
    definition: { vi: `Số trẻ sinh ra sống trong kỳ / số phụ nữ 15–49 tuổi giữa kỳ × 1000. ${TEXT.annualisedVi}`, en: `Live births in the period / women aged 15–49 at mid-period × 1000. ${TEXT.annualisedEn}` },
  },
  ...FERTILITY_GROUPS.map((g, i): IndicatorDefinition => {
    const [from, to] = g.split("_").map(Number) as [number, number];
    return {
      code: `ASFR_${g}`, theme: "FERTILITY", kind: "rate", unit: "PER_MILLE", decimals: 2,
      name: { vi: `Tỷ suất sinh đặc trưng theo tuổi ${from}–${to}`, en: `Age-specific fertility rate ${from}–${to}` },
      needs: [BY_MOTHER_AGE[i]!, "POP_MID"], params: ["annualise"],
      ...rateOf((b) => [b.counts[BY_MOTHER_AGE[i]!], persons(b, "POP_MID", from, to + 1, "FEMALE")], 1000, true),
      definition: {
        vi: `Số trẻ sinh ra sống của bà mẹ ${from}–${to} tuổi (tuổi vào ngày sinh con) / số phụ nữ ${from}–${to} tuổi giữa kỳ × 1000.${i === 0 ? " Trẻ của bà mẹ dưới 15 tuổi được tính vào nhóm này." : i === 6 ? " Trẻ của bà mẹ từ 50 tuổi được tính vào nhóm này." : ""} ${TEXT.annualisedVi}`,
        en: `Live births to mothers aged ${from}–${to} (on the day of the birth) / women aged ${from}–${to} at mid-period × 1000.${i === 0 ? " Births to mothers under 15 are counted in this group." : i === 6 ? " Births to mothers aged 50 or over are counted in this group." : ""} ${TEXT.annualisedEn}`,
      },
    };
  }),
  {
    code: "TFR", theme: "FERTILITY", kind: "rate", unit: "CHILDREN_PER_WOMAN", decimals: 2,
    name: { vi: "Tổng tỷ suất sinh (TFR)", en: "Total fertility rate (TFR)" },
    needs: [...BY_MOTHER_AGE, "POP_MID"], params: ["annualise"],
    formula: (b, { period, params }) =>
      totalFertilityRate(
        BY_MOTHER_AGE.map((c) => b.counts[c]),
        FERTILITY_GROUPS.map((g) => { const [from, to] = g.split("_").map(Number) as [number, number]; return persons(b, "POP_MID", from, to + 1, "FEMALE"); }),
        annualisationFactor(period, params.annualise),
      ),
    definition: {
      vi: `Số con trung bình một phụ nữ sinh ra trong đời nếu theo đúng các tỷ suất sinh đặc trưng theo tuổi của kỳ: 5 × Σ ASFR / 1000 trên 7 nhóm tuổi 15–19 … 45–49. Trẻ không rõ tuổi mẹ không được tính. ${TEXT.annualisedVi}`,
      en: `Children a woman would bear over her life at the period's age-specific rates: 5 × Σ ASFR / 1000 over the 7 groups 15–19 … 45–49. Births whose mother's age is unknown are left out. ${TEXT.annualisedEn}`,
    },
  },
  {
    code: "SRB", theme: "FERTILITY", kind: "rate", unit: "PER_100", decimals: 1,
    name: { vi: "Tỷ số giới tính khi sinh (SRB)", en: "Sex ratio at birth (SRB)" },
    needs: BIRTH_COUNTS,
    ...rateOf((b) => [b.counts.BIRTHS_MALE, b.counts.BIRTHS_FEMALE], 100),
    definition: { vi: "Số bé trai sinh ra sống / số bé gái sinh ra sống trong kỳ × 100 (số bé trai trên 100 bé gái). Với quy mô nhỏ, chỉ số dao động rất mạnh.", en: "Boys born alive / girls born alive in the period × 100 (boys per 100 girls). Very unstable for small numbers." },
  },
  {
    code: "SHARE_ORDER_3_PLUS", theme: "FERTILITY", kind: "rate", unit: "PERCENT", decimals: 1,
    name: { vi: "Tỷ lệ sinh con thứ 3 trở lên", en: "Share of births of order 3 or higher" },
    needs: ["BIRTHS_ORDER_3_PLUS", ...BIRTH_COUNTS],
    ...rateOf((b) => [b.counts.BIRTHS_ORDER_3_PLUS, births(b)], 100),
    definition: { vi: "Số trẻ sinh ra là con thứ 3 trở lên / tổng số trẻ sinh ra trong kỳ × 100.", en: "Births of order 3 or higher / all live births in the period × 100." },
  },
  {
    code: "SHARE_MOTHER_UNDER_20", theme: "FERTILITY", kind: "rate", unit: "PERCENT", decimals: 1,
    name: { vi: "Tỷ lệ sinh của phụ nữ dưới 20 tuổi", en: "Share of births to mothers under 20" },
    needs: ["BIRTHS_MOTHER_UNDER_20", ...BIRTH_COUNTS],
    ...rateOf((b) => [b.counts.BIRTHS_MOTHER_UNDER_20, births(b)], 100),
    definition: { vi: "Số trẻ sinh ra của bà mẹ dưới 20 tuổi / tổng số trẻ sinh ra trong kỳ × 100.", en: "Births to mothers under 20 / all live births in the period × 100." },
  },
];
