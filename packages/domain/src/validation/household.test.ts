import { describe, expect, it } from "vitest";
import { validateHouseholdInput } from "./household.js";

const valid = { address: "Số 12, ngõ 5, thôn Đông, xã Cẩm Phúc", type: "FAMILY", areaCode: "10507-03" };
function errorsOf(patch: Record<string, unknown>) {
  const r = validateHouseholdInput({ ...valid, ...patch });
  return r.ok ? {} : r.fieldErrors;
}

describe("validateHouseholdInput", () => {
  it("accepts a household and tidies the address spacing", () => {
    expect(validateHouseholdInput({ ...valid, address: "  Số 12,\n ngõ 5 ", type: "COLLECTIVE" })).toEqual({
      ok: true,
      warnings: [],
      value: { address: "Số 12, ngõ 5", type: "COLLECTIVE", areaCode: "10507-03" },
    });
  });
  it("requires an address of at most 300 characters", () => {
    expect(errorsOf({ address: "  " }).address).toEqual(["Địa chỉ là bắt buộc"]);
    expect(errorsOf({ address: "x".repeat(301) }).address).toEqual(["Địa chỉ không được quá 300 ký tự"]);
    const start = performance.now();
    expect(errorsOf({ address: "x".repeat(10 * 1024 * 1024) }).address).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(performance.now() - start).toBeLessThan(100);
  });
  it("accepts only family or collective households and safe area codes", () => {
    expect(errorsOf({ type: "PRIVATE" }).type).toEqual(["Loại hộ phải là hộ gia đình hoặc hộ tập thể"]);
    expect(errorsOf({ type: undefined }).type).toEqual(["Chưa chọn loại hộ"]);
    expect(errorsOf({ areaCode: "" }).areaCode).toEqual(["Chưa chọn địa bàn"]);
    expect(errorsOf({ areaCode: "thôn Đông; DROP" }).areaCode).toEqual(["Mã địa bàn không hợp lệ"]);
  });
});
