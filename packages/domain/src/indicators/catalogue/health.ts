// Pregnancy, screening and elderly care (the unconfirmed rows 10+ of Biểu 01-DSH), counted
// from the verified change events of the period in the commune that recorded them.
import type { CountCode } from "../base-counts.js";
import type { IndicatorDefinition } from "../types.js";

const eventCount = (code: CountCode, unit: "PERSONS" | "EVENTS", vi: string, en: string, defVi: string, defEn: string): IndicatorDefinition => ({
  code, theme: "HEALTH", kind: "flow", unit, decimals: 0, name: { vi, en }, needs: [code], formula: (b) => b.counts[code],
  definition: { vi: `${defVi} Tính theo ngày xảy ra trong kỳ, tại xã ghi nhận.`, en: `${defEn} By date within the period, in the commune that recorded it.` },
});

export const HEALTH_INDICATORS: IndicatorDefinition[] = [
  eventCount("PREGNANCIES", "PERSONS", "Số phụ nữ mang thai được ghi nhận", "Pregnancies recorded",
    "Số lần cộng tác viên ghi nhận một phụ nữ mang thai.", "Pregnancies recorded by collaborators."),
  eventCount("PRENATAL_SCREENINGS", "PERSONS", "Số bà mẹ mang thai được sàng lọc trước sinh", "Pregnant women screened before birth",
    "Số bà mẹ mang thai được sàng lọc trước sinh (tuần 12 và 21: Edwards, Down, Patau, thalassemia).", "Pregnant women given prenatal screening (weeks 12 and 21: Edwards, Down, Patau, thalassaemia)."),
  eventCount("NEWBORN_SCREENINGS", "PERSONS", "Số trẻ sơ sinh được sàng lọc", "Newborns screened",
    "Số trẻ sơ sinh được sàng lọc (suy giáp bẩm sinh, thiếu G6PD, tăng sản thượng thận bẩm sinh, thính lực, tim bẩm sinh).", "Newborns screened (congenital hypothyroidism, G6PD deficiency, congenital adrenal hyperplasia, hearing, congenital heart disease)."),
  eventCount("ELDERLY_CHECKUPS", "EVENTS", "Số lượt người cao tuổi được khám sức khỏe định kỳ", "Health check-ups of the elderly",
    "Số lượt khám sức khỏe định kỳ của người cao tuổi.", "Regular health check-ups of elderly persons."),
];
