// The API's refusals in the page's language: the message, each field's message, a warning.
import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { apiErrorText, apiFieldErrors, warningText } from "./api-error";

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: "Dữ liệu chưa hợp lệ: Họ và tên là bắt buộc", extensions }] });

describe("api errors in the page's language", () => {
  const error = refusal({
    code: "BAD_USER_INPUT",
    messageEn: "Invalid input: Full name is required",
    fieldErrors: { fullName: ["Họ và tên là bắt buộc"], role: ["Vai trò này không gắn với đơn vị cấp đã chọn", "Khác"] },
    fieldErrorsEn: { fullName: ["Full name is required"], role: ["This role does not belong to a unit of that level", "Other"] },
  });

  it("pick the message of the language", () => {
    expect(apiErrorText(error, false)).toBe("Dữ liệu chưa hợp lệ: Họ và tên là bắt buộc");
    expect(apiErrorText(error, true)).toBe("Invalid input: Full name is required");
  });

  it("pick each field's message of the language", () => {
    expect(apiFieldErrors(error)).toEqual({ fullName: "Họ và tên là bắt buộc", role: "Vai trò này không gắn với đơn vị cấp đã chọn; Khác" });
    expect(apiFieldErrors(error, true)).toEqual({ fullName: "Full name is required", role: "This role does not belong to a unit of that level; Other" });
  });

  it("fall back to the Vietnamese field messages when the API has no English for them", () => {
    expect(apiFieldErrors(refusal({ fieldErrors: { year: ["Từ 2021 đến 2025"] } }), true)).toEqual({ year: "Từ 2021 đến 2025" });
  });

  it("pick a warning's message of the language", () => {
    const warning = { message: "Số CCCD không khớp năm sinh", messageEn: "The CCCD does not match the birth year" };
    expect(warningText(warning, false)).toBe("Số CCCD không khớp năm sinh");
    expect(warningText(warning, true)).toBe("The CCCD does not match the birth year");
  });
});
