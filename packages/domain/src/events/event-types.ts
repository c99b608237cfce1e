// The change events of the P0/CTV slip (one line each) and their Vietnamese names. The
// keys are the database enum `change_event_type`; the order is the slip's (§ 3.5).
import type { CodeList } from "../codes/labels.js";

export const CHANGE_EVENT_TYPE = {
  BIRTH: { vi: "Sinh", en: "Birth" },
  DEATH: { vi: "Chết", en: "Death" },
  MOVE_OUT: { vi: "Chuyển đi", en: "Move out" },
  MOVE_IN: { vi: "Chuyển đến", en: "Move in" },
  MARRIAGE: { vi: "Kết hôn", en: "Marriage" },
  DIVORCE: { vi: "Ly hôn", en: "Divorce" },
  CONTRACEPTION_START: { vi: "Bắt đầu sử dụng biện pháp tránh thai", en: "Contraception started" },
  CONTRACEPTION_STOP: { vi: "Ngừng sử dụng biện pháp tránh thai", en: "Contraception stopped" },
  CONTRACEPTION_CHANGE: { vi: "Thay đổi biện pháp tránh thai", en: "Contraceptive method changed" },
  PREGNANCY: { vi: "Mang thai", en: "Pregnancy" },
  PRENATAL_SCREENING: { vi: "Sàng lọc trước sinh", en: "Prenatal screening" },
  NEWBORN_SCREENING: { vi: "Sàng lọc sơ sinh", en: "Newborn screening" },
  ELDERLY_CHECKUP: { vi: "Khám sức khỏe người cao tuổi", en: "Elderly health check" },
  EDUCATION_CHANGE: { vi: "Thay đổi trình độ học vấn", en: "Education change" },
  HOUSEHOLD_SPLIT: { vi: "Tách hộ", en: "Household split" },
  HOUSEHOLD_MERGE: { vi: "Nhập hộ", en: "Household merge" },
  NEW_HOUSEHOLD: { vi: "Hộ mới", en: "New household" },
  PERSON_UPDATE: { vi: "Cập nhật thông tin nhân khẩu", en: "Person details updated" },
} as const satisfies CodeList<string>;
export type ChangeEventType = keyof typeof CHANGE_EVENT_TYPE;

/**
 * The types a collaborator or officer records on a slip. NEW_HOUSEHOLD and PERSON_UPDATE
 * are edits of the register itself (create/update household and person), not slip lines.
 */
export const RECORDABLE_EVENT_TYPES = [
  "BIRTH", "DEATH", "MOVE_OUT", "MOVE_IN", "MARRIAGE", "DIVORCE", "CONTRACEPTION_START", "CONTRACEPTION_STOP",
  "CONTRACEPTION_CHANGE", "PREGNANCY", "PRENATAL_SCREENING", "NEWBORN_SCREENING", "ELDERLY_CHECKUP",
  "EDUCATION_CHANGE", "HOUSEHOLD_SPLIT", "HOUSEHOLD_MERGE",
] as const satisfies readonly ChangeEventType[];
export type RecordableEventType = (typeof RECORDABLE_EVENT_TYPES)[number];

export const CHANGE_EVENT_STATUS = {
  DRAFT: { vi: "Nháp", en: "Draft" },
  SUBMITTED: { vi: "Chờ xác nhận", en: "Submitted" },
  VERIFIED: { vi: "Đã xác nhận", en: "Verified" },
  REJECTED: { vi: "Bị từ chối", en: "Rejected" },
} as const satisfies CodeList<string>;
export type ChangeEventStatus = keyof typeof CHANGE_EVENT_STATUS;

export const CHANGE_EVENT_SOURCE = {
  ONLINE: { vi: "Nhập trực tuyến", en: "Entered online" },
  SLIP: { vi: "Nhập từ phiếu giấy", en: "Keyed from a paper slip" },
  IMPORT: { vi: "Nạp từ dữ liệu", en: "Imported" },
} as const satisfies CodeList<string>;
export type ChangeEventSource = keyof typeof CHANGE_EVENT_SOURCE;

/** Place of delivery on the birth line of the slip (§ 3.3: health station / home / other). */
export const PLACE_OF_DELIVERY = {
  HEALTH_FACILITY: { vi: "Cơ sở y tế", en: "Health facility" },
  HOME: { vi: "Tại nhà", en: "At home" },
  OTHER: { vi: "Nơi khác", en: "Elsewhere" },
} as const satisfies CodeList<string>;
export type PlaceOfDelivery = keyof typeof PLACE_OF_DELIVERY;

/** How a pregnancy ended other than by a live birth (which is a BIRTH line). */
export const PREGNANCY_END = {
  STILLBIRTH: { vi: "Thai chết lưu", en: "Stillbirth" },
  MISCARRIAGE: { vi: "Sẩy thai", en: "Miscarriage" },
  ABORTION: { vi: "Phá thai", en: "Abortion" },
} as const satisfies CodeList<string>;
export type PregnancyEnd = keyof typeof PREGNANCY_END;

/** Who changes household when a couple marries (the wife joining the husband is usual). */
export const MARRIAGE_HOUSEHOLD_CHANGE = {
  NONE: { vi: "Không thay đổi hộ", en: "No change of household" },
  WIFE_JOINS_HUSBAND: { vi: "Vợ về hộ nhà chồng", en: "The wife joins the husband's household" },
  HUSBAND_JOINS_WIFE: { vi: "Chồng về hộ nhà vợ", en: "The husband joins the wife's household" },
} as const satisfies CodeList<string>;
export type MarriageHouseholdChange = keyof typeof MARRIAGE_HOUSEHOLD_CHANGE;
