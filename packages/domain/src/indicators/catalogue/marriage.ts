// Marriages and divorces (Biểu 01-DSH rows 6–8).
import { rateOf } from "../formulas.js";
import type { IndicatorDefinition } from "../types.js";

const eventVi = "Tính theo ngày đăng ký kết hôn trong kỳ, tại xã ghi nhận sự kiện của từng người (mỗi người trong sổ là một người).";
const eventEn = "By date of marriage within the period, in the commune that recorded each spouse's event (each spouse in the register is one person).";

export const MARRIAGE_INDICATORS: IndicatorDefinition[] = [
  {
    code: "MARRIAGES", theme: "MARRIAGE", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người kết hôn trong kỳ", en: "Persons who married" }, needs: ["MARRIAGE_PERSONS"],
    formula: (b) => b.counts.MARRIAGE_PERSONS,
    definition: { vi: `Số người kết hôn trong kỳ. ${eventVi}`, en: `Persons who married in the period. ${eventEn}` },
  },
  {
    code: "CHILD_MARRIAGES", theme: "MARRIAGE", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người tảo hôn", en: "Child marriages (persons)" }, needs: ["MARRIAGE_PERSONS_UNDER_AGE"],
    formula: (b) => b.counts.MARRIAGE_PERSONS_UNDER_AGE,
    definition: {
      vi: "Số người kết hôn trong kỳ khi chưa đủ tuổi kết hôn: nam chưa đủ 20 tuổi, nữ chưa đủ 18 tuổi vào ngày kết hôn (Luật Hôn nhân và gia đình 2014, Điều 8).",
      en: "Persons who married in the period under the legal age: men under 20, women under 18 on the day of the marriage (Law on Marriage and Family 2014, Art. 8).",
    },
  },
  {
    code: "CONSANGUINEOUS_MARRIAGES", theme: "MARRIAGE", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người kết hôn cận huyết thống", en: "Consanguineous marriages (persons)" }, needs: ["MARRIAGE_PERSONS_CONSANGUINEOUS"],
    formula: (b) => b.counts.MARRIAGE_PERSONS_CONSANGUINEOUS,
    definition: { vi: "Số người kết hôn trong kỳ với người cùng dòng máu trực hệ hoặc có họ trong phạm vi ba đời.", en: "Persons who married in the period someone of the same direct blood line or related within three generations." },
  },
  {
    code: "COUPLES_MARRIED", theme: "MARRIAGE", kind: "flow", unit: "COUPLES", decimals: 0,
    name: { vi: "Số cặp kết hôn trong kỳ", en: "Couples who married" }, needs: ["COUPLES_MARRIED"],
    formula: (b) => b.counts.COUPLES_MARRIED,
    definition: { vi: "Số cặp kết hôn trong kỳ có ít nhất một người được ghi nhận trong đơn vị; cặp có cả hai người trong đơn vị được tính một lần.", en: "Couples who married in the period with at least one spouse recorded in the unit; a couple with both spouses in the unit counts once." },
  },
  {
    code: "COUPLES_COUNSELLED", theme: "MARRIAGE", kind: "flow", unit: "COUPLES", decimals: 0,
    name: { vi: "Số cặp kết hôn đã được tư vấn, khám sức khỏe trước khi kết hôn", en: "Couples counselled and health-checked before marriage" },
    needs: ["COUPLES_COUNSELLED"],
    formula: (b) => b.counts.COUPLES_COUNSELLED,
    definition: { vi: "Số cặp kết hôn trong kỳ (tính như số cặp kết hôn) đã được tư vấn và khám sức khỏe trước khi kết hôn.", en: "Couples who married in the period (counted as for couples who married) that were counselled and health-checked before." },
  },
  {
    code: "SHARE_COUPLES_COUNSELLED", theme: "MARRIAGE", kind: "rate", unit: "PERCENT", decimals: 1,
    name: { vi: "Tỷ lệ cặp kết hôn được tư vấn, khám sức khỏe trước khi kết hôn", en: "Share of couples counselled before marriage" },
    needs: ["COUPLES_COUNSELLED", "COUPLES_MARRIED"],
    ...rateOf((b) => [b.counts.COUPLES_COUNSELLED, b.counts.COUPLES_MARRIED], 100),
    definition: { vi: "Số cặp được tư vấn, khám sức khỏe trước khi kết hôn / số cặp kết hôn trong kỳ × 100 (mục tiêu 2030: 90%).", en: "Couples counselled and checked / couples who married in the period × 100 (2030 target: 90%)." },
  },
  {
    code: "DIVORCES", theme: "MARRIAGE", kind: "flow", unit: "PERSONS", decimals: 0,
    name: { vi: "Số người ly hôn trong kỳ", en: "Persons who divorced" }, needs: ["DIVORCE_PERSONS"],
    formula: (b) => b.counts.DIVORCE_PERSONS,
    definition: { vi: "Số người ly hôn trong kỳ, theo ngày ly hôn, tại xã ghi nhận sự kiện của từng người.", en: "Persons who divorced in the period, by date of divorce, in the commune that recorded each person's event." },
  },
];
