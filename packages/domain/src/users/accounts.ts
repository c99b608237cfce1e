// Rules for user accounts: which unit levels each role belongs to, what a login and a
// password must look like. The authorization matrix itself is the API's policy module;
// this is what makes an account coherent before it gets there.
import type { Label } from "../codes/labels.js";

export const ROLES = [
  "CENTRAL_OFFICER", "PROVINCE_OFFICER", "DISTRICT_OFFICER", "COMMUNE_OFFICER", "COLLABORATOR",
  "LIST_EXPORTER", "REPORT_APPROVER", "PUBLISHER", "SYSTEM_ADMIN",
] as const;
export type AccountRole = (typeof ROLES)[number];

/** What each role is called: the one list for the API, its exports and the portal. */
export const ROLE_LABELS: Readonly<Record<AccountRole, Label>> = {
  CENTRAL_OFFICER: { vi: "Cán bộ Trung ương", en: "Central officer" },
  PROVINCE_OFFICER: { vi: "Cán bộ cấp tỉnh", en: "Province officer" },
  DISTRICT_OFFICER: { vi: "Cán bộ cấp huyện", en: "District officer" },
  COMMUNE_OFFICER: { vi: "Viên chức dân số xã", en: "Commune population officer" },
  COLLABORATOR: { vi: "Cộng tác viên dân số", en: "Population collaborator" },
  LIST_EXPORTER: { vi: "Cán bộ trích xuất danh sách", en: "List exporter" },
  REPORT_APPROVER: { vi: "Người phê duyệt báo cáo", en: "Report approver" },
  PUBLISHER: { vi: "Người công bố số liệu", en: "Publisher" },
  SYSTEM_ADMIN: { vi: "Quản trị hệ thống", en: "System administrator" },
};

/** Unit levels a role's scope may be rooted at (0 nation, 1 province, 2 district, 3 commune). */
export const ROLE_UNIT_LEVELS: Record<AccountRole, readonly number[]> = {
  CENTRAL_OFFICER: [0],
  PROVINCE_OFFICER: [1],
  DISTRICT_OFFICER: [2],
  COMMUNE_OFFICER: [3],
  COLLABORATOR: [3],
  LIST_EXPORTER: [0, 1, 2, 3],
  REPORT_APPROVER: [0, 1, 2, 3],
  PUBLISHER: [0, 1, 2, 3],
  SYSTEM_ADMIN: [0, 1],
};

export const PASSWORD_MIN_LENGTH = 10;

export const ACCOUNT_MESSAGES = {
  LOGIN_FORMAT: { vi: "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch nối", en: "A login has 3–40 characters: lower-case letters, digits, dot, underscore or hyphen" },
  LOGIN_TAKEN: { vi: "Tên đăng nhập đã có người dùng", en: "This login is taken" },
  NAME_REQUIRED: { vi: "Họ và tên là bắt buộc (tối đa 100 ký tự)", en: "Full name is required (at most 100 characters)" },
  PASSWORD_WEAK: { vi: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự, có cả chữ và số`, en: `A password needs ${PASSWORD_MIN_LENGTH} characters or more, with letters and digits` },
  ROLE_LEVEL: { vi: "Vai trò này không gắn với đơn vị cấp đã chọn", en: "This role does not belong to a unit of that level" },
  AREA_REQUIRED: { vi: "Cộng tác viên phải được giao một địa bàn thuộc xã đã chọn", en: "A collaborator needs an area of the chosen commune" },
  AREA_NOT_ALLOWED: { vi: "Chỉ cộng tác viên mới được giao địa bàn", en: "Only collaborators have an area" },
  WRONG_PASSWORD: { vi: "Mật khẩu hiện tại không đúng", en: "The current password is wrong" },
} as const satisfies Record<string, Label>;

export type AccountIssue = keyof typeof ACCOUNT_MESSAGES;

export const isLogin = (login: string) => /^[a-z0-9][a-z0-9._-]{2,39}$/.test(login);

export const isStrongPassword = (password: string) =>
  password.length >= PASSWORD_MIN_LENGTH && password.length <= 200 && /\p{L}/u.test(password) && /\d/.test(password);

/** The problems of an account's role, unit level and area, by field. */
export function checkAccountPlacement(role: AccountRole, unitLevel: number, hasArea: boolean): Partial<Record<"role" | "areaCode", AccountIssue>> {
  const issues: Partial<Record<"role" | "areaCode", AccountIssue>> = {};
  if (!ROLE_UNIT_LEVELS[role].includes(unitLevel)) issues.role = "ROLE_LEVEL";
  if (role === "COLLABORATOR" && !hasArea) issues.areaCode = "AREA_REQUIRED";
  if (role !== "COLLABORATOR" && hasArea) issues.areaCode = "AREA_NOT_ALLOWED";
  return issues;
}
