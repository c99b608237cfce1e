import { describe, expect, it } from "vitest";
import { checkBirth, type BirthPayload } from "./birth.js";
import { checkContraception } from "./contraception.js";
import { checkDeath } from "./death.js";
import { checkEducation } from "./education.js";
import type { HouseholdFacts, PersonFacts } from "./facts.js";
import { checkHouseholdMerge, checkHouseholdSplit } from "./household.js";
import { areBloodRelatives, checkDivorce, checkMarriage, type MarriagePayload } from "./marriage.js";
import { checkMoveIn, checkMoveOut, classifyArrival, type MoveInPayload } from "./move.js";
import { checkCheckup, checkPregnancy } from "./pregnancy.js";

let nextId = 100;
function person(patch: Partial<PersonFacts> = {}): PersonFacts {
  return {
    id: nextId++, fullName: "Nguyễn Thị Lan", sex: "FEMALE", birthDate: "1995-04-10", deathDate: null, maritalStatus: "MARRIED",
    education: "UPPER_SECONDARY", residenceStatus: "PERMANENT", relationToHead: "SPOUSE", motherId: null, fatherId: null, householdId: 1,
    residence: { householdId: 1, unitId: 10, validFrom: "2021-01-01" }, lastResidence: null, marriage: null, contraception: null,
    pregnancy: null, lastEventOn: null, ...patch,
  };
}
const household: HouseholdFacts = { id: 1, unitId: 10, areaId: 3, status: "ACTIVE", establishedOn: "2021-01-01" };
const codes = (issues: { code: string; severity: string }[]) => issues.map((i) => `${i.severity}:${i.code}`);

describe("checkBirth", () => {
  const payload: BirthPayload = {
    motherId: 1, fatherId: null, fullName: "Nguyễn Văn An", sex: "MALE", ethnicity: null, birthOrder: null,
    placeOfDelivery: null, cccd: null, insuranceNumber: null, note: null,
  };
  const base = { occurredOn: "2026-11-01", payload, mother: person(), father: null, household, motherChildren: [] };

  it("accepts a birth to a resident mother of 31", () => {
    expect(checkBirth(base)).toEqual([]);
  });
  it("refuses a mother aged 9, with her age in the message, on the mother field", () => {
    const [issue, ...rest] = checkBirth({ ...base, mother: person({ birthDate: "2017-03-01" }) });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: "MOTHER_TOO_YOUNG", severity: "error", field: "payload.motherId" });
    expect(issue!.vi).toContain("(mẹ 9 tuổi)");
  });
  it("refuses a male or unknown mother, a female father and a father of 11", () => {
    expect(codes(checkBirth({ ...base, mother: person({ sex: "MALE" }) }))).toEqual(["error:MOTHER_NOT_FEMALE"]);
    expect(codes(checkBirth({ ...base, mother: null }))).toEqual(["error:PERSON_NOT_FOUND"]);
    const withFather = { ...base, payload: { ...payload, fatherId: 2 } };
    expect(codes(checkBirth({ ...withFather, father: person() }))).toEqual(["error:FATHER_NOT_MALE"]);
    expect(codes(checkBirth({ ...withFather, father: person({ sex: "MALE", birthDate: "2015-01-01" }) }))).toEqual(["error:FATHER_TOO_YOUNG"]);
  });
  it("refuses a mother who died before the birth or moved away, and a dissolved household", () => {
    expect(codes(checkBirth({ ...base, mother: person({ deathDate: "2026-10-01" }) }))).toEqual(["error:PERSON_DEAD"]);
    const gone = person({ residence: null, lastResidence: { unitId: 10, validTo: "2025-01-01", endReason: "MOVE_OUT", destinationUnitId: null } });
    expect(codes(checkBirth({ ...base, mother: gone }))).toEqual(["error:PERSON_NOT_RESIDENT"]);
    expect(codes(checkBirth({ ...base, household: { ...household, status: "DISSOLVED" } }))).toEqual(["error:HOUSEHOLD_DISSOLVED"]);
  });
  it("refuses the same child twice, allows twins, and warns about close births and a low birth order", () => {
    expect(codes(checkBirth({ ...base, motherChildren: [{ fullName: "Nguyen Van An", birthDate: "2026-11-01" }] }))).toEqual(["error:BIRTH_DUPLICATE"]);
    expect(checkBirth({ ...base, motherChildren: [{ fullName: "Nguyễn Văn Bình", birthDate: "2026-11-01" }] })).toEqual([]);
    expect(codes(checkBirth({ ...base, motherChildren: [{ fullName: "Nguyễn Văn Bình", birthDate: "2026-07-01" }] }))).toEqual(["warning:BIRTH_INTERVAL_SHORT"]);
    const two = [{ fullName: "A Bình", birthDate: "2020-01-01" }, { fullName: "A Chi", birthDate: "2023-01-01" }];
    expect(codes(checkBirth({ ...base, payload: { ...payload, birthOrder: 2 }, motherChildren: two }))).toEqual(["warning:BIRTH_ORDER_LOW"]);
  });
});

describe("checkDeath", () => {
  it("needs a counted, living person and a date after their last verified event", () => {
    expect(checkDeath({ occurredOn: "2026-11-01", person: person() })).toEqual([]);
    expect(codes(checkDeath({ occurredOn: "2026-11-01", person: person({ deathDate: "2026-10-01" }) }))).toEqual(["error:PERSON_DEAD"]);
    expect(codes(checkDeath({ occurredOn: "1990-01-01", person: person() }))).toEqual(["error:BEFORE_BIRTH", "error:BEFORE_RESIDENCE"]);
    expect(codes(checkDeath({ occurredOn: "2026-11-01", person: person({ lastEventOn: "2026-11-10" }) }))).toEqual(["error:BEFORE_LAST_EVENT"]);
    expect(codes(checkDeath({ occurredOn: "2026-11-01", person: person({ residence: null }) }))).toEqual(["error:PERSON_NOT_COUNTED"]);
  });
});

describe("marriage and divorce", () => {
  const payload: MarriagePayload = { spouseId: 2, spouseName: null, consanguineous: false, counselled: false, householdChange: null, note: null };
  const bride = person({ maritalStatus: "NEVER_MARRIED", birthDate: "2000-01-01" });
  const groom = person({ id: 2, sex: "MALE", maritalStatus: "NEVER_MARRIED", birthDate: "1998-01-01" });
  it("marries two unmarried adults of different sexes", () => {
    expect(checkMarriage({ occurredOn: "2026-11-01", payload, person: bride, spouse: groom })).toEqual([]);
  });
  it("warns about a child marriage and refuses one under 15", () => {
    const girl17 = person({ maritalStatus: "NEVER_MARRIED", birthDate: "2009-03-01" });
    const issues = checkMarriage({ occurredOn: "2026-11-01", payload, person: girl17, spouse: groom });
    expect(codes(issues)).toEqual(["warning:CHILD_MARRIAGE"]);
    expect(issues[0]!.vi).toContain("(17 tuổi)");
    const boy19 = person({ id: 2, sex: "MALE", maritalStatus: "NEVER_MARRIED", birthDate: "2007-06-01" });
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: bride, spouse: boy19 }))).toEqual(["warning:CHILD_MARRIAGE"]);
    const girl14 = person({ maritalStatus: "NEVER_MARRIED", birthDate: "2012-03-01" });
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: girl14, spouse: groom }))).toEqual(["error:MARRIAGE_TOO_YOUNG"]);
  });
  it("refuses married persons, same-sex couples and close blood relatives", () => {
    const married = person({ id: 2, sex: "MALE", marriage: { id: 5, spouseId: 77, marriedOn: "2020-01-01" } });
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: bride, spouse: married }))).toEqual(["error:SPOUSE_ALREADY_MARRIED"]);
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: person({ maritalStatus: "SEPARATED" }), spouse: groom }))).toEqual(["error:ALREADY_MARRIED"]);
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: bride, spouse: { ...groom, sex: "FEMALE" } }))).toEqual(["error:SPOUSE_SAME_SEX"]);
    const brother = { ...groom, motherId: 9 };
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: { ...bride, motherId: 9 }, spouse: brother }))).toEqual(["error:BLOOD_RELATIVES"]);
    expect(areBloodRelatives({ ...bride, fatherId: groom.id }, groom)).toBe(true);
  });
  it("recognises the second side of a marriage already recorded", () => {
    const wife = person({ marriage: { id: 8, spouseId: 2, marriedOn: "2026-11-01" } });
    expect(codes(checkMarriage({ occurredOn: "2026-11-01", payload, person: wife, spouse: groom }))).toEqual(["error:MARRIAGE_ALREADY_RECORDED"]);
  });
  it("divorces only a current marriage, not before it", () => {
    const wife = person({ marriage: { id: 8, spouseId: 2, marriedOn: "2020-05-01" } });
    expect(checkDivorce({ occurredOn: "2026-11-01", payload: { spouseId: 2, note: null }, person: wife })).toEqual([]);
    expect(codes(checkDivorce({ occurredOn: "2026-11-01", payload: { spouseId: 3, note: null }, person: wife }))).toEqual(["error:SPOUSE_MISMATCH"]);
    expect(codes(checkDivorce({ occurredOn: "2019-11-01", payload: { spouseId: null, note: null }, person: wife }))).toEqual(["error:BEFORE_MARRIAGE"]);
    expect(codes(checkDivorce({ occurredOn: "2026-11-01", payload: { spouseId: null, note: null }, person: person() }))).toEqual(["error:NOT_MARRIED"]);
  });
});

describe("contraception, pregnancy and check-ups", () => {
  const woman = person({ marriage: { id: 1, spouseId: 2, marriedOn: "2018-01-01" } });
  it("records contraception only for women of plausible age", () => {
    const start = (p: PersonFacts, method: "IUD" | "MALE_STERILISATION" = "IUD") => codes(checkContraception({ type: "CONTRACEPTION_START", occurredOn: "2026-11-01", person: p, payload: { method, note: null } }));
    expect(start(woman)).toEqual([]);
    expect(start(person({ sex: "MALE" }))).toEqual(["error:NOT_FEMALE"]);
    expect(start(person({ birthDate: "1974-01-01" }))).toEqual(["warning:REPRODUCTIVE_AGE_UNUSUAL"]);
    expect(start(person({ birthDate: "1960-01-01" }))).toEqual(["error:REPRODUCTIVE_AGE_IMPLAUSIBLE"]);
    // A husband's vasectomy is kept on his wife's record, so she must have a husband.
    expect(start(woman, "MALE_STERILISATION")).toEqual([]);
    expect(start(person(), "MALE_STERILISATION")).toEqual(["error:MALE_STERILISATION_UNMARRIED"]);
    expect(start({ ...woman, contraception: { method: "PILL", validFrom: "2025-01-01" } })).toEqual(["error:ALREADY_USING"]);
  });
  it("stops or changes only the method in use", () => {
    const using = { ...woman, contraception: { method: "PILL" as const, validFrom: "2025-01-01" } };
    expect(checkContraception({ type: "CONTRACEPTION_STOP", occurredOn: "2026-11-01", person: using, payload: { method: "PILL", note: null } })).toEqual([]);
    expect(codes(checkContraception({ type: "CONTRACEPTION_STOP", occurredOn: "2026-11-01", person: using, payload: { method: "IUD", note: null } }))).toEqual(["error:METHOD_MISMATCH"]);
    expect(codes(checkContraception({ type: "CONTRACEPTION_STOP", occurredOn: "2026-11-01", person: woman, payload: { method: null, note: null } }))).toEqual(["error:NOT_USING"]);
    expect(codes(checkContraception({ type: "CONTRACEPTION_CHANGE", occurredOn: "2024-11-01", person: using, payload: { method: "PILL", fromMethod: null, note: null } }))).toEqual(["error:BEFORE_METHOD", "error:SAME_METHOD"]);
  });
  it("follows one pregnancy at a time and ends it with an outcome", () => {
    expect(checkPregnancy({ occurredOn: "2026-11-01", person: woman, payload: { expectedDelivery: "2027-05-01", outcome: null, note: null } })).toEqual([]);
    expect(codes(checkPregnancy({ occurredOn: "2026-11-01", person: woman, payload: { expectedDelivery: "2028-05-01", outcome: null, note: null } }))).toEqual(["error:EXPECTED_DELIVERY_RANGE"]);
    const pregnant = { ...woman, pregnancy: { id: 4, recordedOn: "2026-09-01" } };
    expect(codes(checkPregnancy({ occurredOn: "2026-11-01", person: pregnant, payload: { expectedDelivery: null, outcome: null, note: null } }))).toEqual(["error:ALREADY_PREGNANT"]);
    expect(checkPregnancy({ occurredOn: "2026-11-01", person: pregnant, payload: { expectedDelivery: null, outcome: "MISCARRIAGE", note: null } })).toEqual([]);
    expect(codes(checkCheckup({ type: "PRENATAL_SCREENING", occurredOn: "2026-11-01", person: woman }))).toEqual(["error:NOT_PREGNANT"]);
    expect(codes(checkCheckup({ type: "ELDERLY_CHECKUP", occurredOn: "2026-11-01", person: woman }))).toEqual(["error:NOT_ELDERLY"]);
    expect(codes(checkCheckup({ type: "NEWBORN_SCREENING", occurredOn: "2026-11-01", person: person({ birthDate: "2026-10-28" }) }))).toEqual([]);
  });
});

describe("moves", () => {
  const moveIn: MoveInPayload = { originUnitCode: null, originUnitId: null, abroad: false, person: null, relationToHead: null, newHousehold: null, withEventId: null, note: null };
  const left = (destinationUnitId: number | null) => person({ residence: null, lastResidence: { unitId: 10, validTo: "2026-10-05", endReason: "MOVE_OUT", destinationUnitId } });
  it("classifies an arrival against the register", () => {
    expect(classifyArrival(person(), "2026-11-01")).toEqual({ kind: "TRANSFER", fromUnitId: 10 });
    expect(classifyArrival(left(20), "2026-10-05")).toEqual({ kind: "LINK", fromUnitId: 10 });
    expect(classifyArrival(left(null), "2026-11-01")).toEqual({ kind: "ENTRY" });
    expect(classifyArrival(null, "2026-11-01")).toEqual({ kind: "ENTRY" });
  });
  it("keeps the two sides of a move on one date", () => {
    const base = { occurredOn: "2026-10-05", payload: moveIn, personId: 1, household: { ...household, unitId: 20 }, unitId: 20, originUnitId: null, cccdTaken: false, namesakes: 0 };
    expect(checkMoveIn({ ...base, person: left(20) })).toEqual([]);
    expect(codes(checkMoveIn({ ...base, occurredOn: "2026-10-09", person: left(20) }))).toEqual(["error:MOVE_IN_DATE_MISMATCH"]);
    // Back from a stay outside the register: a later date is fine.
    expect(checkMoveIn({ ...base, occurredOn: "2026-11-09", person: left(null) })).toEqual([]);
    expect(codes(checkMoveIn({ ...base, person: person({ residence: { householdId: 7, unitId: 20, validFrom: "2021-01-01" } }) }))).toEqual(["error:MOVE_IN_ALREADY_HERE"]);
    expect(codes(checkMoveIn({ ...base, person: person(), originUnitId: 30 }))).toEqual(["error:ORIGIN_MISMATCH"]);
    expect(codes(checkMoveIn({ ...base, person: null }))).toEqual(["error:PERSON_NOT_FOUND"]);
  });
  it("refuses a move out within the commune or of someone not counted", () => {
    expect(checkMoveOut({ occurredOn: "2026-11-01", person: person(), destinationUnitId: 20 })).toEqual([]);
    expect(codes(checkMoveOut({ occurredOn: "2026-11-01", person: person(), destinationUnitId: 10 }))).toEqual(["error:SAME_COMMUNE_MOVE"]);
    expect(codes(checkMoveOut({ occurredOn: "2026-11-01", person: left(20), destinationUnitId: 30 }))).toEqual(["error:PERSON_NOT_RESIDENT"]);
  });
});

describe("education and households", () => {
  it("checks the previous level and warns about a lower one", () => {
    expect(checkEducation({ occurredOn: "2026-06-30", person: person(), payload: { to: "UNIVERSITY", from: "UPPER_SECONDARY", note: null } })).toEqual([]);
    expect(codes(checkEducation({ occurredOn: "2026-06-30", person: person(), payload: { to: "PRIMARY", from: "NONE", note: null } }))).toEqual(["error:EDUCATION_FROM_MISMATCH", "warning:EDUCATION_LOWER"]);
  });
  it("splits off part of a household and merges within one commune", () => {
    const head = person();
    const child = person();
    const split = { occurredOn: "2026-11-01", payload: { memberIds: [child.id], address: "Số 3", type: null, areaCode: null, fromHouseholdId: null, note: null }, person: head, members: [child], areaInCommune: true };
    expect(checkHouseholdSplit({ ...split, residents: 3 })).toEqual([]);
    expect(codes(checkHouseholdSplit({ ...split, residents: 2 }))).toEqual(["error:SPLIT_LEAVES_NOBODY"]);
    expect(codes(checkHouseholdSplit({ ...split, residents: 3, members: [null], areaInCommune: false }))).toEqual(["error:MEMBER_NOT_IN_HOUSEHOLD", "error:AREA_OTHER_COMMUNE"]);
    const target = { ...household, id: 2 };
    const merge = { occurredOn: "2026-11-01", payload: { fromHouseholdId: 1, memberIds: [], note: null }, household: target, from: household, movers: [head] };
    expect(checkHouseholdMerge(merge)).toEqual([]);
    expect(codes(checkHouseholdMerge({ ...merge, from: { ...household, unitId: 11 } }))).toEqual(["error:OTHER_COMMUNE"]);
    expect(codes(checkHouseholdMerge({ ...merge, household }))).toEqual(["error:MERGE_SAME_HOUSEHOLD"]);
  });
});
