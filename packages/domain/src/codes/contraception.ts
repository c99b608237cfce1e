// Contraceptive methods (biện pháp tránh thai) from the sector's 2011 manual; "modern"
// follows the international convention (domain guide § 6.2).
import type { Label } from "./labels.js";

interface MethodInfo extends Label {
  modern: boolean;
}

export const CONTRACEPTIVE_METHOD = {
  IUD: { vi: "Dụng cụ tử cung", en: "IUD", modern: true },
  FEMALE_STERILISATION: { vi: "Triệt sản nữ", en: "Female sterilisation", modern: true },
  MALE_STERILISATION: { vi: "Triệt sản nam", en: "Male sterilisation", modern: true },
  IMPLANT: { vi: "Thuốc cấy", en: "Implant", modern: true },
  INJECTABLE: { vi: "Thuốc tiêm", en: "Injectable", modern: true },
  PILL: { vi: "Viên uống tránh thai", en: "Pill", modern: true },
  CONDOM: { vi: "Bao cao su", en: "Condom", modern: true },
  LACTATIONAL_AMENORRHOEA: { vi: "Cho con bú vô kinh", en: "Lactational amenorrhoea", modern: true },
  EMERGENCY_PILL: { vi: "Thuốc tránh thai khẩn cấp", en: "Emergency pill", modern: true },
  SPERMICIDE: { vi: "Thuốc diệt tinh trùng", en: "Spermicide", modern: true },
  CALENDAR: { vi: "Tính vòng kinh", en: "Calendar method", modern: false },
  WITHDRAWAL: { vi: "Xuất tinh ngoài", en: "Withdrawal", modern: false },
} as const satisfies Record<string, MethodInfo>;

export type ContraceptiveMethod = keyof typeof CONTRACEPTIVE_METHOD;

export const MODERN_METHODS = (Object.keys(CONTRACEPTIVE_METHOD) as ContraceptiveMethod[]).filter(
  (m) => CONTRACEPTIVE_METHOD[m].modern,
);
