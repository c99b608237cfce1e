// Vietnamese names of the change-event types (one line of the P0/CTV slip each).
import type { ChangeEventType } from "@danso/db";

export const EVENT_TYPE_LABELS: Record<ChangeEventType, string> = {
  BIRTH: "Sinh",
  DEATH: "Chết",
  MOVE_OUT: "Chuyển đi",
  MOVE_IN: "Chuyển đến",
  MARRIAGE: "Kết hôn",
  DIVORCE: "Ly hôn",
  CONTRACEPTION_START: "Bắt đầu sử dụng BPTT",
  CONTRACEPTION_STOP: "Ngừng sử dụng BPTT",
  CONTRACEPTION_CHANGE: "Chuyển đổi BPTT",
  PREGNANCY: "Mang thai",
  PRENATAL_SCREENING: "Sàng lọc trước sinh",
  NEWBORN_SCREENING: "Sàng lọc sơ sinh",
  ELDERLY_CHECKUP: "Khám sức khỏe người cao tuổi",
  EDUCATION_CHANGE: "Thay đổi trình độ học vấn",
  HOUSEHOLD_SPLIT: "Tách hộ",
  HOUSEHOLD_MERGE: "Nhập hộ",
  NEW_HOUSEHOLD: "Hộ mới",
  PERSON_UPDATE: "Thay đổi thông tin cá nhân",
};
