import { describe, expect, it } from "vitest";
import { validatePersonInput } from "./person.js";

const today = "2026-03-15";
const valid = {
  fullName: "Nguyễn Thị Hồng Đào",
  sex: "FEMALE",
  birthDate: "1995-06-15",
  ethnicity: "01",
  education: "UNIVERSITY",
  maritalStatus: "MARRIED",
  relationToHead: "SPOUSE",
  residenceStatus: "PERMANENT",
  cccd: "030195001234",
};

function check(patch: Record<string, unknown>) {
  return validatePersonInput({ ...valid, ...patch }, { today });
}
function errorsOf(patch: Record<string, unknown>) {
  const r = check(patch);
  return r.ok ? {} : r.fieldErrors;
}
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("validatePersonInput", () => {
  it("accepts a complete person and reports absent optional fields as null", () => {
    const r = check({});
    expect(r).toEqual({
      ok: true,
      warnings: [],
      value: { ...valid, insuranceNumber: null, motherId: null, fatherId: null },
    });
  });

  it("accepts names of every ethnic group, with diacritics, apostrophes and hyphens", () => {
    for (const name of ["Giàng A Páo", "H'Hen Niê", "Rơ Châm Thị Mai", "Ksor H'Ble", "Lò Văn Ướt", "Đinh Thị Kiều-Oanh", "Ya"]) {
      expect(check({ fullName: name }).ok, name).toBe(true);
    }
  });
  it("tidies a name without changing its letters", () => {
    const r = check({ fullName: "  H\u2019Hen   Nie\u0302 " }); // curly apostrophe, decomposed ê
    expect(r.ok && r.value.fullName).toBe("H'Hen Niê");
  });
  it("refuses names with digits, symbols, other scripts, or the wrong length", () => {
    const nameErrors = (fullName: unknown) => errorsOf({ fullName }).fullName;
    expect(nameErrors("Nguyễn Văn 2")).toEqual(["Họ và tên chỉ được gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch nối (-)"]);
    for (const bad of ["Trần <b>An</b>", "Lê_Văn", "Иван Петров", "-Nam", "Nam'", "Lê -- Na", "Hà\nNội"]) expect(nameErrors(bad), bad).toHaveLength(1);
    expect(nameErrors("A")).toEqual(["Họ và tên phải có ít nhất 2 ký tự"]);
    expect(nameErrors("a".repeat(101))).toEqual(["Họ và tên không được quá 100 ký tự"]);
    for (const missing of [undefined, null, "", "   "]) expect(nameErrors(missing)).toEqual(["Họ và tên là bắt buộc"]);
    expect(nameErrors(42)).toEqual(["Họ và tên là bắt buộc"]);
  });
  it("rejects a 10 MB string in any field quickly and with a Vietnamese message", () => {
    const huge = "a".repeat(10 * 1024 * 1024);
    const start = performance.now();
    const r = validatePersonInput(Object.fromEntries(Object.keys(valid).map((k) => [k, huge]).concat([["insuranceNumber", huge]])), { today });
    expect(performance.now() - start).toBeLessThan(200);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.fullName).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(r.fieldErrors.birthDate).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(r.fieldErrors.cccd).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(r.errors.find((e) => e.field === "fullName")).toMatchObject({ code: "TEXT_TOO_LONG", en: "Text too long (at most 1000 characters)" });
  });

  it("refuses a birth date in the future, more than 120 years ago, or not on the calendar", () => {
    expect(errorsOf({ birthDate: "2026-03-16" }).birthDate).toEqual(["Ngày sinh không được sau ngày hôm nay"]);
    expect(check({ birthDate: today, maritalStatus: "NEVER_MARRIED", relationToHead: "CHILD", cccd: null }).ok).toBe(true);
    expect(errorsOf({ birthDate: "1906-03-14", cccd: null }).birthDate).toEqual(["Ngày sinh không được trước ngày hôm nay quá 120 năm"]);
    expect(check({ birthDate: "1906-03-15", cccd: null }).ok).toBe(true);
    for (const bad of ["2023-02-29", "1995-13-01", "15/06/1995", "1995-06-15T00:00:00Z"]) {
      expect(errorsOf({ birthDate: bad }).birthDate, bad).toEqual(["Ngày sinh không phải là ngày hợp lệ (năm-tháng-ngày)"]);
    }
    expect(errorsOf({ birthDate: undefined }).birthDate).toEqual(["Ngày sinh là bắt buộc"]);
  });

  it("accepts only known codes", () => {
    expect(errorsOf({ ethnicity: "55" }).ethnicity).toEqual(["Mã dân tộc không có trong danh mục"]);
    expect(check({ ethnicity: "08" }).ok).toBe(true);
    expect(errorsOf({ sex: "M" }).sex).toEqual(["Giới tính không hợp lệ"]);
    expect(errorsOf({ sex: undefined }).sex).toEqual(["Chưa chọn giới tính"]);
    expect(Object.keys(errorsOf({ education: "PHD", maritalStatus: "x", relationToHead: 3, residenceStatus: "" })).sort()).toEqual(
      ["education", "maritalStatus", "relationToHead", "residenceStatus"],
    );
  });
  it("reports every missing field when the input is not an object", () => {
    const r = validatePersonInput("hello", { today });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.fieldErrors).sort()).toEqual(
        ["birthDate", "education", "ethnicity", "fullName", "maritalStatus", "relationToHead", "residenceStatus", "sex"],
      );
    }
  });

  it("turns CCCD errors into field errors and CCCD mismatches into warnings", () => {
    expect(errorsOf({ cccd: "099195001234" }).cccd).toEqual(["Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ"]);
    expect(errorsOf({ cccd: "03019500123" }).cccd).toEqual(["Số CCCD phải gồm đúng 12 chữ số"]);
    const r = check({ cccd: "030095001234" });
    expect(r.ok).toBe(true);
    expect(r.warnings).toMatchObject([{ code: "CCCD_SEX_MISMATCH", severity: "warning", field: "cccd" }]);
    expect(r.ok && r.value.cccd).toBe("030095001234"); // kept as entered, not corrected
  });

  it("records a child marriage with a warning, but refuses a spouse under 15", () => {
    const girl = check({ birthDate: "2008-06-01", cccd: null }); // 17
    expect(girl.ok).toBe(true);
    expect(codes(girl.warnings)).toEqual(["UNDER_MARRIAGE_AGE"]);
    expect(codes(check({ sex: "MALE", birthDate: "2006-06-01", cccd: null }).warnings)).toEqual(["UNDER_MARRIAGE_AGE"]); // man of 19
    expect(check({ birthDate: "2008-03-15", cccd: null }).warnings).toEqual([]); // 18 today
    expect(check({ birthDate: "2010-01-01", maritalStatus: "NEVER_MARRIED", relationToHead: "CHILD", cccd: null }).warnings).toEqual([]);
    const child = check({ birthDate: "2011-06-01", cccd: null }); // 14
    expect(child.ok).toBe(false);
    if (!child.ok) {
      expect(child.fieldErrors.relationToHead).toEqual(["Người dưới 15 tuổi không thể là vợ/chồng của chủ hộ"]);
      expect(codes(child.warnings)).toEqual(["UNDER_MARRIAGE_AGE"]);
    }
  });

  it("reads parent ids and insurance numbers", () => {
    const r = check({ motherId: "12", fatherId: 13, insuranceNumber: "gd4797920000001" });
    expect(r.ok && [r.value.motherId, r.value.fatherId, r.value.insuranceNumber]).toEqual([12, 13, "GD4797920000001"]);
    expect(check({ insuranceNumber: "0123456789" }).ok).toBe(true);
    expect(errorsOf({ insuranceNumber: "12345" }).insuranceNumber).toHaveLength(1);
    for (const bad of [-1, 0, 1.5, "abc", "99999999999"]) expect(errorsOf({ motherId: bad }).motherId, String(bad)).toEqual(["Mã người cha/mẹ không hợp lệ"]);
    expect(errorsOf({ motherId: 7, fatherId: "7" }).fatherId).toEqual(["Cha và mẹ không thể là cùng một người"]);
  });
});
