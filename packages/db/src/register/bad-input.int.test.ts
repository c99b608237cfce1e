// Bad input gets a typed error with a Vietnamese message on the field, and the register
// (every table of it) is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHousehold } from "./create-household.js";
import { createPerson } from "./create-person.js";
import { RegisterError } from "./errors.js";
import { recordChangeEvent } from "./record-change-event.js";
import { OPTIONS, registerFixture, registerSnapshot, TODAY, type RegisterFixture } from "./testing-fixture.js";
import { updatePerson } from "./update-person.js";

let f: RegisterFixture;
let snapshot: Record<string, string>;
let mother: { id: number; household_id: number };
let girl: { id: number };
let adult: { id: number; version: number; full_name: string };
const TEN_MB = "x".repeat(10 * 1024 * 1024);
const newcomer = { fullName: "Vũ Thị Lan", sex: "FEMALE", birthDate: "1992-04-05", ethnicity: "01", education: "UNIVERSITY", maritalStatus: "NEVER_MARRIED", relationToHead: "OTHER", residenceStatus: "PERMANENT" };

beforeAll(async () => {
  f = await registerFixture();
  const counted = "JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL";
  mother = await f.one(`SELECT p.id, r.household_id FROM person p ${counted} WHERE p.sex = 'FEMALE' AND p.birth_date BETWEEN '1990-01-01' AND '2000-01-01' ORDER BY p.id LIMIT 1`);
  girl = await f.one(`SELECT p.id FROM person p ${counted} WHERE p.sex = 'FEMALE' AND p.birth_date BETWEEN '2017-03-01' AND '2017-10-01' ORDER BY p.id LIMIT 1`);
  adult = await f.one(`SELECT p.id, p.version, p.full_name FROM person p ${counted} WHERE p.birth_date < '2000-01-01' ORDER BY p.id DESC LIMIT 1`);
  snapshot = await registerSnapshot(f.pool);
}, 300_000);
afterAll(() => f?.drop());

async function refused(op: Parameters<RegisterFixture["run"]>[0]): Promise<RegisterError> {
  const e = await f.run(op).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(RegisterError);
  expect(await registerSnapshot(f.pool)).toEqual(snapshot);
  return e as RegisterError;
}

describe("bad input changes nothing", () => {
  it("a wrong CCCD number", async () => {
    const e = await refused((tx) => recordChangeEvent(tx, f.collaborator, {
      type: "BIRTH", occurredOn: TODAY, payload: { motherId: mother.id, fullName: "Lê Văn An", sex: "MALE", cccd: "099226000001" },
    }, OPTIONS));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.fieldErrors["payload.cccd"]).toEqual(["Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ"]);
    expect(e.message).toBe("Dữ liệu chưa hợp lệ: Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố hợp lệ");
    expect(e.messageEn).toMatch(/^Invalid input: The first three digits/);
    const short = await refused((tx) => createPerson(tx, f.officer, { householdId: mother.household_id, person: { ...newcomer, cccd: "0301920012" } }, OPTIONS));
    expect(short.fieldErrors["person.cccd"]).toEqual(["Số CCCD phải gồm đúng 12 chữ số"]);
  });

  it("a birth date in the future", async () => {
    const e = await refused((tx) => createPerson(tx, f.officer, { householdId: mother.household_id, person: { ...newcomer, birthDate: "2027-01-01" } }, OPTIONS));
    expect(e.fieldErrors["person.birthDate"]).toEqual(["Ngày sinh không được sau ngày hôm nay"]);
    const birth = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "BIRTH", occurredOn: "2026-12-24", payload: { motherId: mother.id, fullName: "Lê Văn An", sex: "MALE" } }, OPTIONS));
    expect(birth.fieldErrors.occurredOn).toEqual(["Ngày xảy ra không được sau ngày hôm nay"]);
  });

  it("a mother aged 9", async () => {
    const e = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "BIRTH", occurredOn: TODAY, payload: { motherId: girl.id, fullName: "Lê Văn An", sex: "MALE" } }, OPTIONS));
    expect(e.fieldErrors["payload.motherId"]).toEqual(["Mẹ dưới 10 tuổi khi sinh con: kiểm tra lại người mẹ hoặc ngày sinh (mẹ 9 tuổi)"]);
    expect(e.issues[0]).toMatchObject({ code: "MOTHER_TOO_YOUNG", en: "Mother under 10 at the birth: check the mother or the dates (mother aged 9)" });
  });

  it("an unknown unit or area code", async () => {
    const move = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_OUT", occurredOn: TODAY, personId: adult.id, payload: { destinationUnitCode: "99999" } }, OPTIONS));
    expect(move.fieldErrors["payload.destinationUnitCode"]).toEqual(["Không có xã, phường, thị trấn nào mang mã này vào ngày xảy ra"]);
    const unit = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "DEATH", occurredOn: TODAY, unitCode: "99999", personId: adult.id }, OPTIONS));
    expect(unit.fieldErrors.unitCode).toEqual(["Không có xã, phường, thị trấn nào mang mã này vào ngày xảy ra"]);
    // Another commune of the tree in force on the event's date.
    const elsewhere = await f.one<{ code: string }>(`SELECT c.code FROM admin_unit c WHERE c.level = 3 AND c.valid_from <= $2::date AND (c.valid_to IS NULL OR c.valid_to > $2::date)
      AND c.id <> (SELECT unit_id FROM residence WHERE person_id = $1 AND valid_to IS NULL) ORDER BY c.id LIMIT 1`, [adult.id, TODAY]);
    const wrong = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "DEATH", occurredOn: TODAY, unitCode: elsewhere.code, personId: adult.id }, OPTIONS));
    expect(wrong.fieldErrors.unitCode).toEqual(["Xã ghi biến động không phải nơi nhân khẩu hoặc hộ đang cư trú"]);
    const household = await refused((tx) => createHousehold(tx, f.officer, {
      household: { address: "Số 1", type: "FAMILY", areaCode: "99999-99" }, members: [{ ...newcomer, relationToHead: "HEAD" }],
    }, OPTIONS));
    expect(household.fieldErrors["household.areaCode"]).toEqual(["Không tìm thấy địa bàn (thôn, tổ dân phố) mang mã này"]);
  });

  it("a 10 MB string, in any input", async () => {
    const started = performance.now();
    const birth = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "BIRTH", occurredOn: TODAY, payload: { motherId: mother.id, fullName: TEN_MB, sex: "MALE", note: TEN_MB } }, OPTIONS));
    expect(birth.fieldErrors["payload.fullName"]).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    const household = await refused((tx) => createHousehold(tx, f.officer, { household: { address: TEN_MB, type: "FAMILY", areaCode: TEN_MB }, members: [{ ...newcomer, fullName: TEN_MB }] }, OPTIONS));
    expect(household.fieldErrors).toMatchObject({ "household.address": ["Nội dung quá dài (tối đa 1000 ký tự)"], "members.0.fullName": ["Nội dung quá dài (tối đa 1000 ký tự)"] });
    const edit = await refused((tx) => updatePerson(tx, f.officer, { personId: adult.id, version: adult.version, base: {}, changes: { fullName: TEN_MB } }, OPTIONS));
    expect(edit.fieldErrors.fullName).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    const key = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "DEATH", occurredOn: TODAY, personId: adult.id, idempotencyKey: TEN_MB }, OPTIONS));
    expect(key.fieldErrors.idempotencyKey).toEqual(["Nội dung quá dài (tối đa 1000 ký tự)"]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("a record that does not exist", async () => {
    const e = await refused((tx) => recordChangeEvent(tx, f.collaborator, { type: "DEATH", occurredOn: TODAY, personId: 2_000_000_000 }, OPTIONS));
    expect(e.fieldErrors.personId).toEqual(["Không tìm thấy nhân khẩu này trong sổ"]);
    const h = await refused((tx) => createPerson(tx, f.officer, { householdId: 2_000_000_000, person: newcomer }, OPTIONS));
    expect(h.code).toBe("NOT_FOUND");
    expect(h.message).toBe("Không tìm thấy hộ số 2000000000");
  });
});
