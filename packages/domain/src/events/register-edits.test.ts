import { describe, expect, it } from "vitest";
import type { PersonInput } from "../validation/person.js";
import { changedSince, validateNewHousehold, validateNewPerson, validatePersonChanges } from "./register-edits.js";

const today = "2026-11-25";
const head = { fullName: "Trần Văn Hùng", sex: "MALE", birthDate: "1980-02-03", ethnicity: "01", education: "UPPER_SECONDARY", maritalStatus: "MARRIED", relationToHead: "HEAD", residenceStatus: "PERMANENT", cccd: "030080001234" };
const wife = { ...head, fullName: "Lê Thị Mai", sex: "FEMALE", relationToHead: "SPOUSE", cccd: null };
const fieldErrors = (r: { ok: boolean } & ({ fieldErrors: Record<string, string[] | undefined> } | object)) => ("fieldErrors" in r ? r.fieldErrors : {});

describe("validateNewHousehold", () => {
  const household = { address: "Số 1, thôn Đông", type: "FAMILY", areaCode: "10507-01" };
  it("accepts a sheet with one head and defaults the date to today", () => {
    const r = validateNewHousehold({ household, members: [head, wife] }, { today });
    expect(r.ok && [r.value.establishedOn, r.value.members.length]).toEqual([today, 2]);
  });
  it("needs members, exactly one counted head, distinct CCCDs and a sensible date", () => {
    expect(fieldErrors(validateNewHousehold({ household, members: [] }, { today })).members).toEqual(["Hộ phải có từ 1 đến 30 người"]);
    expect(fieldErrors(validateNewHousehold({ household, members: [wife] }, { today })).members).toEqual(["Hộ phải có đúng một chủ hộ"]);
    expect(fieldErrors(validateNewHousehold({ household, members: [{ ...head, residenceStatus: "TEMPORARY_RESIDENT" }] }, { today }))["members.0.residenceStatus"]).toHaveLength(1);
    expect(fieldErrors(validateNewHousehold({ household, members: [head, { ...wife, cccd: head.cccd }] }, { today }))["members.1.cccd"]).toEqual(["Số CCCD đã được dùng cho một nhân khẩu khác trong sổ"]);
    const bad = fieldErrors(validateNewHousehold({ household: { ...household, areaCode: "" }, establishedOn: "2026-12-01", members: [{ ...head, birthDate: "2030-01-01" }] }, { today }));
    expect(bad).toMatchObject({ "household.areaCode": ["Chưa chọn địa bàn"], establishedOn: ["Ngày lập hộ không được sau ngày hôm nay"], "members.0.birthDate": ["Ngày sinh không được sau ngày hôm nay"] });
  });
});

describe("validateNewPerson", () => {
  it("adds a member living there since a date after their birth, never a second head", () => {
    expect(validateNewPerson({ person: wife, since: "2021-01-01" }, { today }).ok).toBe(true);
    expect(fieldErrors(validateNewPerson({ person: wife, since: "1979-01-01" }, { today })).since).toEqual(["Ngày bắt đầu cư trú trước ngày sinh"]);
    expect(fieldErrors(validateNewPerson({ person: head }, { today }))["person.relationToHead"]).toHaveLength(1);
  });
});

describe("validatePersonChanges", () => {
  const current = { ...wife, insuranceNumber: null, motherId: null, fatherId: null, cccd: null } as PersonInput;
  it("normalises the changed fields and lists them", () => {
    const r = validatePersonChanges(current, { fullName: "  Lê Thị  Mai Anh ", education: "UPPER_SECONDARY" }, { today });
    expect(r.ok && r.value).toEqual({ person: { ...current, fullName: "Lê Thị Mai Anh" }, changed: ["fullName"] });
  });
  it("reports errors on changed fields only, and refuses changes that belong to events", () => {
    const legacy = { ...current, fullName: "X" }; // an old record with a too-short name
    expect(validatePersonChanges(legacy, { education: "UNIVERSITY" }, { today }).ok).toBe(true);
    expect(fieldErrors(validatePersonChanges(current, { cccd: "12345" }, { today })).cccd).toEqual(["Số CCCD phải gồm đúng 12 chữ số"]);
    expect(fieldErrors(validatePersonChanges(current, { residenceStatus: "TEMPORARY_RESIDENT" }, { today })).residenceStatus).toHaveLength(1);
    expect(fieldErrors(validatePersonChanges(current, { relationToHead: "HEAD" }, { today })).relationToHead).toHaveLength(1);
    expect(fieldErrors(validatePersonChanges(current, { nickname: "Mai" }, { today })).nickname).toEqual(["Trường này không có trong phiếu thu tin"]);
  });
});

describe("changedSince", () => {
  it("compares what the caller read with the register, ids and blanks included", () => {
    expect(changedSince({ address: "Số 1", type: "FAMILY", headId: "7", areaCode: "" }, { address: "Số 2", type: "FAMILY", headId: 7, areaCode: null }, ["address", "type", "headId", "areaCode"])).toEqual(["address"]);
  });
});
