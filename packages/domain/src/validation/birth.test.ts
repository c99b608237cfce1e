import { describe, expect, it } from "vitest";
import { addYears } from "../time/dates.js";
import { checkBirthForMother, motherAgeAtBirth } from "./birth.js";

const mother = "1990-05-20";
/** The issues for a child born the day the mother turns `age`. */
function atAge(age: number) {
  return checkBirthForMother({ motherBirthDate: mother, childBirthDate: addYears(mother, age) }).map((i) => `${i.severity}:${i.code}`);
}

describe("checkBirthForMother", () => {
  it("accepts mothers aged 15–49 silently", () => {
    for (const age of [15, 20, 49]) expect(atAge(age), String(age)).toEqual([]);
  });
  it("warns for mothers aged 10–14 and 50–55", () => {
    for (const age of [10, 14, 50, 55]) expect(atAge(age), String(age)).toEqual(["warning:MOTHER_AGE_UNUSUAL"]);
  });
  it("refuses a mother aged 9 or 56", () => {
    expect(atAge(9)).toEqual(["error:MOTHER_TOO_YOUNG"]);
    expect(atAge(56)).toEqual(["error:MOTHER_TOO_OLD"]);
    const [issue] = checkBirthForMother({ motherBirthDate: mother, childBirthDate: "2000-01-01" });
    expect(issue).toMatchObject({
      field: "motherId",
      vi: "Mẹ dưới 10 tuổi khi sinh con: kiểm tra lại người mẹ hoặc ngày sinh (mẹ 9 tuổi)",
      en: "Mother under 10 at the birth: check the mother or the dates (mother aged 9)",
    });
  });
  it("counts completed years: the day before the 15th birthday is still 14", () => {
    expect(motherAgeAtBirth(mother, "2005-05-19")).toBe(14);
    expect(atAge(15)).toEqual([]);
  });
  it("refuses a child born before the mother, or a male mother", () => {
    expect(checkBirthForMother({ motherBirthDate: mother, childBirthDate: "1980-01-01" }).map((i) => i.code)).toEqual(["CHILD_BORN_BEFORE_MOTHER"]);
    const issues = checkBirthForMother({ motherBirthDate: mother, childBirthDate: "2020-01-01", motherSex: "MALE" }, { field: "mother" });
    expect(issues).toMatchObject([{ code: "MOTHER_NOT_FEMALE", severity: "error", field: "mother" }]);
  });
});
