// The errors of the report workflow, in the register's error shape (code, Vietnamese and
// English message) so the API maps them in one place.
import { RegisterError } from "../register/errors.js";

export const reportNotFound = (id: number | string) =>
  new RegisterError("NOT_FOUND", `Không tìm thấy báo cáo số ${String(id).slice(0, 20)}`, `Report ${String(id).slice(0, 20)} not found`);

export const reportState = (vi: string, en: string) => new RegisterError("INVALID_STATE", vi, en);

export const reportInput = (field: string, vi: string, en: string) => new RegisterError("VALIDATION_FAILED", vi, en, { [field]: [vi] });

/** Report statuses in Vietnamese, lower case for use mid-sentence (the API capitalises them as labels). */
export const STATUS_VI: Record<string, string> = {
  GENERATED: "đã lập, chưa phê duyệt",
  APPROVED: "đã phê duyệt",
  PUBLISHED: "đã công bố",
  SUPERSEDED: "đã được thay thế",
};
