// A filter the server refuses says why in both languages, field by field.
import { describe, expect, it } from "vitest";
import { ApiError } from "../errors.js";
import { auditFilterWhere } from "./audit-filter.js";

function refusal(input: Parameters<typeof auditFilterWhere>[0]): ApiError {
  try {
    auditFilterWhere(input);
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("accepted");
}

describe("audit filter refusals", () => {
  it("give each field's problem in Vietnamese and English", () => {
    const e = refusal({ from: "2026-03-01", to: "2026-02-01", entityId: "42" });
    expect(e.code).toBe("BAD_USER_INPUT");
    expect(e.details.fieldErrors).toEqual({ entityType: ["Chọn loại hồ sơ cho mã hồ sơ đã nhập"], to: ["Ngày kết thúc phải từ ngày bắt đầu trở đi"] });
    expect(e.details.fieldErrorsEn).toEqual({ entityType: ["Choose the record type of the record id"], to: ["The last day must be on or after the first"] });
    expect(e.message).toBe("Bộ lọc nhật ký chưa hợp lệ: Chọn loại hồ sơ cho mã hồ sơ đã nhập.");
    expect(e.messageEn).toBe("Invalid audit filter: Choose the record type of the record id.");
  });

  it("name the schema's own checks by their words, not their keys", () => {
    const e = refusal({ login: "x".repeat(41) });
    expect(e.details.fieldErrors).toEqual({ login: ["Tên đăng nhập tối đa 40 ký tự"] });
    expect(e.details.fieldErrorsEn).toEqual({ login: ["A login has at most 40 characters"] });
  });
});
