import { describe, expect, it } from "vitest";
import { enteredPayloadKeys, validateChangeEventInput, type ChangeEventInput } from "./validate-event.js";

const today = "2026-11-25";
const birth: ChangeEventInput = {
  type: "BIRTH",
  occurredOn: "2026-11-20",
  payload: { motherId: "12", fullName: "  Nguyễn  Thị Mai ", sex: "FEMALE", placeOfDelivery: "HOME" },
};
const check = (input: ChangeEventInput) => validateChangeEventInput(input, { today });
const fieldErrors = (input: ChangeEventInput) => {
  const r = check(input);
  return r.ok ? {} : r.fieldErrors;
};
const codes = (input: ChangeEventInput) => {
  const r = check(input);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe("validateChangeEventInput", () => {
  it("normalises a birth line and reports absent optional fields as null", () => {
    const r = check(birth);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      type: "BIRTH", occurredOn: "2026-11-20", unitCode: null, personId: null, householdId: null, idempotencyKey: null, source: "ONLINE",
      payload: {
        motherId: 12, fatherId: null, fullName: "Nguyễn Thị Mai", sex: "FEMALE", ethnicity: null, birthOrder: null,
        placeOfDelivery: "HOME", cccd: null, insuranceNumber: null, note: null,
      },
    });
  });

  it("refuses unknown payload keys instead of dropping them", () => {
    expect(fieldErrors({ ...birth, payload: { ...(birth.payload as object), weight: 3200 } })["payload.weight"]).toEqual([
      "Trường này không có trong phiếu thu tin",
    ]);
    // Keys the system derives (ageAtDeath, marriageId, …) are not entered either.
    expect(codes({ type: "DEATH", occurredOn: "2026-11-01", personId: 5, payload: { ageAtDeath: 80 } })).toEqual(["payload.ageAtDeath:UNKNOWN_FIELD"]);
  });

  it("refuses dates in the future or off the calendar, with Vietnamese messages", () => {
    expect(fieldErrors({ ...birth, occurredOn: "2026-11-26" }).occurredOn).toEqual(["Ngày xảy ra không được sau ngày hôm nay"]);
    expect(fieldErrors({ ...birth, occurredOn: "2026-02-30" }).occurredOn).toEqual(["Ngày xảy ra không phải là ngày hợp lệ (năm-tháng-ngày)"]);
    expect(fieldErrors({ ...birth, occurredOn: undefined }).occurredOn).toEqual(["Ngày xảy ra là bắt buộc"]);
  });

  it("rejects a 10 MB string quickly", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const start = performance.now();
    const r = check({ ...birth, idempotencyKey: huge, payload: { ...(birth.payload as object), fullName: huge, note: huge } });
    expect(performance.now() - start).toBeLessThan(200);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors["payload.fullName"]).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(r.fieldErrors["payload.note"]).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(r.fieldErrors.idempotencyKey).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
  });

  it("knows which lines need a person or a household", () => {
    expect(codes({ type: "DEATH", occurredOn: "2026-11-01" })).toEqual(["personId:PERSON_REQUIRED"]);
    expect(codes({ ...birth, personId: 4 })).toEqual(["personId:FIELD_NOT_EXPECTED"]);
    expect(codes({ type: "HOUSEHOLD_MERGE", occurredOn: "2026-11-01", payload: { fromHouseholdId: 3 } })).toEqual(["householdId:HOUSEHOLD_REQUIRED"]);
    expect(codes({ type: "PERSON_UPDATE", occurredOn: "2026-11-01", personId: 1 })).toEqual(["type:TYPE_NOT_RECORDABLE"]);
    expect(codes({ type: "WEDDING", occurredOn: "2026-11-01" })).toEqual(["type:TYPE_INVALID"]);
  });

  it("checks the mother id, sex, codes and CCCD of a birth", () => {
    const errors = fieldErrors({ ...birth, payload: { motherId: "abc", fullName: "Mai", sex: "F", cccd: "099195001234", placeOfDelivery: "CAR" } });
    expect(errors["payload.motherId"]).toEqual(["Mã bản ghi không hợp lệ"]);
    expect(errors["payload.sex"]).toEqual(["Giới tính không hợp lệ"]);
    expect(errors["payload.cccd"]).toEqual(["Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ"]);
    expect(errors["payload.placeOfDelivery"]).toEqual(["Nơi sinh phải là cơ sở y tế, tại nhà hoặc nơi khác"]);
    expect(fieldErrors({ ...birth, payload: { fullName: "Mai", sex: "MALE" } })["payload.motherId"]).toEqual(["Chưa chọn người mẹ"]);
  });

  it("accepts string ids, idempotency keys and a paper-slip source", () => {
    const r = check({ type: "DEATH", occurredOn: "2026-11-01", personId: "77", idempotencyKey: "ctv-7:2026-11:0003", source: "SLIP" });
    expect(r.ok && [r.value.personId, r.value.idempotencyKey, r.value.source]).toEqual([77, "ctv-7:2026-11:0003", "SLIP"]);
    expect(codes({ type: "DEATH", occurredOn: "2026-11-01", personId: 1, idempotencyKey: "short" })).toEqual(["idempotencyKey:IDEMPOTENCY_KEY_INVALID"]);
    expect(codes({ type: "DEATH", occurredOn: "2026-11-01", personId: 1, source: "IMPORT" })).toEqual(["source:SOURCE_INVALID"]);
    expect(codes({ type: "DEATH", occurredOn: "2026-11-01", personId: 1, payload: [1] })).toEqual(["payload:PAYLOAD_INVALID"]);
  });

  it("validates a newcomer moving in, with paths into the nested objects", () => {
    const newcomer = { fullName: "Trần Văn Nam", sex: "MALE", birthDate: "1990-01-01", ethnicity: "01", education: "PRIMARY", maritalStatus: "NEVER_MARRIED", relationToHead: "HEAD", residenceStatus: "PERMANENT" };
    const move = (payload: object, extra: Partial<ChangeEventInput> = {}): ChangeEventInput => ({ type: "MOVE_IN", occurredOn: "2026-11-01", payload, ...extra });
    const ok = check(move({ abroad: true, person: newcomer, newHousehold: { address: "Thôn Đông", type: "FAMILY", areaCode: "10507-01" } }));
    expect(ok.ok).toBe(true);
    if (ok.ok && ok.value.type === "MOVE_IN") expect(ok.value.payload.person?.fullName).toBe("Trần Văn Nam");
    expect(codes(move({ person: { ...newcomer, cccd: "12" }, newHousehold: { address: "", type: "FAMILY", areaCode: "10507-01" } }))).toEqual([
      "payload.person.cccd:CCCD_FORMAT",
      "payload.newHousehold.address:ADDRESS_REQUIRED",
    ]);
    expect(codes(move({ person: newcomer }, { personId: 3, householdId: 9 }))).toEqual(["payload.person:MOVE_IN_PERSON_AMBIGUOUS"]);
    expect(codes(move({ person: newcomer }, { householdId: 9 }))).toEqual(["payload.person.relationToHead:HEAD_NOT_ALLOWED"]);
    expect(codes(move({}))).toEqual(["personId:MOVE_IN_PERSON_REQUIRED", "householdId:MOVE_IN_TARGET_REQUIRED"]);
    expect(codes(move({ withEventId: 5 }, { personId: 3, householdId: 9 }))).toEqual(["householdId:MOVE_IN_TARGET_AMBIGUOUS"]);
    expect(codes(move({ person: { ...newcomer, residenceStatus: "TEMPORARY_RESIDENT" } }, { householdId: 9 }))).toContain("payload.person.residenceStatus:NEWCOMER_TEMPORARY");
    expect(codes(move({ abroad: true, originUnitCode: "10507" }, { personId: 3, householdId: 9 }))).toEqual(["payload.abroad:ORIGIN_AND_ABROAD"]);
    expect(codes(move({ person: { ...newcomer, relationToHead: "CHILD" }, relationToHead: "OTHER" }, { householdId: 9 }))).toEqual(["payload.relationToHead:FIELD_NOT_EXPECTED"]);
  });

  it("checks the cross-field rules of a move out and a marriage", () => {
    expect(codes({ type: "MOVE_OUT", occurredOn: "2026-11-01", personId: 1, payload: { abroad: true, destinationUnitCode: "10507" } })).toEqual(["payload.abroad:DESTINATION_AND_ABROAD"]);
    expect(codes({ type: "MOVE_OUT", occurredOn: "2026-11-01", personId: 1, payload: { destinationUnitCode: "105" } })).toEqual(["payload.destinationUnitCode:UNIT_CODE_INVALID"]);
    expect(codes({ type: "MARRIAGE", occurredOn: "2026-11-01", personId: 1, payload: {} })).toEqual(["payload.spouseId:SPOUSE_REQUIRED"]);
    expect(codes({ type: "MARRIAGE", occurredOn: "2026-11-01", personId: 1, payload: { spouseId: 1 } })).toEqual(["payload.spouseId:SPOUSE_SELF"]);
    const r = check({ type: "MARRIAGE", occurredOn: "2026-11-01", personId: 1, payload: { spouseName: "Lê Văn B" } });
    expect(r.ok && r.value.payload).toEqual({ spouseId: null, spouseName: "Lê Văn B", consanguineous: false, counselled: false, householdChange: null, note: null });
  });

  it("lists the keys a user enters for each type", () => {
    expect(enteredPayloadKeys("MOVE_OUT")).toEqual(["destinationUnitCode", "destinationUnitId", "abroad", "destinationAddress", "note"]);
    expect(enteredPayloadKeys("EDUCATION_CHANGE")).toEqual(["to", "from", "note"]);
  });
});
