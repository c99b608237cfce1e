// The messages beside a form's inputs come from the same validators as the API's, in the
// page's language; a correction sends only what changed, blanks as "clear it".
import { describe, expect, it } from "vitest";
import { validateNewHousehold } from "@danso/domain";
import { CombinedGraphQLErrors } from "@apollo/client";
import { apiIssues } from "../../api-error";
import { hasErrors, issuesByField } from "./field-issues";
import { asInput, changedFields } from "./use-versioned-edit";

const today = "2026-12-07";
const member = { fullName: "Phạm Văn Long", sex: "MALE", birthDate: "1979-08-12", ethnicity: "01", education: "UPPER_SECONDARY", maritalStatus: "MARRIED", relationToHead: "HEAD", residenceStatus: "PERMANENT" };

describe("form messages", () => {
  it("puts each member's errors on that member's inputs, in the page's language", () => {
    const r = validateNewHousehold({ household: { areaCode: "A1", address: "Số 8", type: "FAMILY" }, members: [member, { ...member, relationToHead: "CHILD", birthDate: "2099-01-01" }] }, { today });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.errors;
    expect(issuesByField(issues, false, "members.1").birthDate?.errors).toEqual(["Ngày sinh không được sau ngày hôm nay"]);
    expect(issuesByField(issues, true, "members.1").birthDate?.errors).toEqual(["Date of birth cannot be after today"]);
    expect(issuesByField(issues, false, "members.0")).toEqual({});
    expect(hasErrors(issuesByField(issues, false))).toBe(true);
  });

  it("asks for exactly one head, on the members as a whole", () => {
    const r = validateNewHousehold({ household: { areaCode: "A1", address: "Số 8", type: "FAMILY" }, members: [member, member] }, { today });
    const byField = issuesByField(r.ok ? [] : r.errors, false);
    expect(byField.members?.errors).toHaveLength(1);
  });

  it("reads the API's field errors in English when it sends them, its warnings too", () => {
    const issues = apiIssues(new CombinedGraphQLErrors({ errors: [{ message: "Dữ liệu chưa hợp lệ", extensions: {
      fieldErrors: { cccd: ["Số CCCD đã được dùng"] }, fieldErrorsEn: { cccd: ["CCCD already taken"] },
      warnings: [{ code: "CCCD_YEAR_MISMATCH", field: "cccd", message: "Năm sinh không khớp", messageEn: "Birth year does not match" }],
    } }] }));
    expect(issuesByField(issues, true).cccd).toEqual({ errors: ["CCCD already taken"], warnings: ["Birth year does not match"] });
    expect(issuesByField(issues, false).cccd).toEqual({ errors: ["Số CCCD đã được dùng"], warnings: ["Năm sinh không khớp"] });
  });
});

describe("corrections", () => {
  it("sends only the fields that changed, a blank one as null", () => {
    const base = { fullName: "Lò Văn A", cccd: "030079001234", address: "Số 1" };
    const typed = { fullName: "Lò Văn An", cccd: " ", address: "Số 1 " };
    const changed = changedFields(base, typed);
    expect(changed).toEqual(["fullName", "cccd"]);
    expect(asInput(typed, changed)).toEqual({ fullName: "Lò Văn An", cccd: null });
  });
});
