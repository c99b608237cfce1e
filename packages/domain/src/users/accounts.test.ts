import { describe, expect, it } from "vitest";
import { checkAccountPlacement, isLogin, isStrongPassword } from "./accounts.js";

describe("account rules", () => {
  it("ties each role to its unit level", () => {
    expect(checkAccountPlacement("COMMUNE_OFFICER", 3, false)).toEqual({});
    expect(checkAccountPlacement("COMMUNE_OFFICER", 2, false)).toEqual({ role: "ROLE_LEVEL" });
    expect(checkAccountPlacement("SYSTEM_ADMIN", 2, false)).toEqual({ role: "ROLE_LEVEL" });
    expect(checkAccountPlacement("REPORT_APPROVER", 2, false)).toEqual({});
  });
  it("gives an area to collaborators, and only to them", () => {
    expect(checkAccountPlacement("COLLABORATOR", 3, false)).toEqual({ areaCode: "AREA_REQUIRED" });
    expect(checkAccountPlacement("COLLABORATOR", 3, true)).toEqual({});
    expect(checkAccountPlacement("PROVINCE_OFFICER", 1, true)).toEqual({ areaCode: "AREA_NOT_ALLOWED" });
  });
  it("accepts plain logins and passwords with letters and digits", () => {
    expect(isLogin("nguyen.van.an")).toBe(true);
    expect(isLogin("Nguyễn")).toBe(false);
    expect(isLogin("ab")).toBe(false);
    expect(isStrongPassword("Dân số 2026")).toBe(true);
    expect(isStrongPassword("1234567890")).toBe(false);
    expect(isStrongPassword("matkhaungan")).toBe(false);
    expect(isStrongPassword("x1".repeat(200))).toBe(false);
  });
});
