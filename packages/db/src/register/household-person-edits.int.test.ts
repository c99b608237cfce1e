// Validated edits of households and persons: a new household sheet, a person added, and
// corrections refused when someone else changed the record meanwhile, saying what changed,
// who changed it and when.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHousehold } from "./create-household.js";
import { createPerson } from "./create-person.js";
import { RegisterError } from "./errors.js";
import { invariantViolations, OPTIONS, registerFixture, registerSnapshot, type RegisterFixture } from "./testing-fixture.js";
import { updateHousehold } from "./update-household.js";
import { updatePerson } from "./update-person.js";

let f: RegisterFixture;
let area: { id: number; code: string; unit_id: number };
let collaboratorName: string;
const head = { fullName: "Hoàng Văn Tuấn", sex: "MALE", birthDate: "1978-05-06", ethnicity: "01", education: "UPPER_SECONDARY", maritalStatus: "MARRIED", relationToHead: "HEAD", residenceStatus: "PERMANENT", cccd: "030078123456" };
const wife = { ...head, fullName: "Ngô Thị Hạnh", sex: "FEMALE", birthDate: "1981-09-10", relationToHead: "SPOUSE", cccd: "030181123456" };
const lodger = { ...head, fullName: "Bùi Văn Long", birthDate: "2001-01-01", maritalStatus: "NEVER_MARRIED", relationToHead: "OTHER", residenceStatus: "TEMPORARY_RESIDENT", cccd: null };

beforeAll(async () => {
  f = await registerFixture();
  area = await f.one("SELECT id, code, unit_id FROM area ORDER BY id LIMIT 1");
  collaboratorName = (await f.one<{ full_name: string }>("SELECT full_name FROM app_user WHERE id = $1", [f.collaborator])).full_name;
}, 300_000);
afterAll(() => f?.drop());

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as RegisterError);

describe("createHousehold", () => {
  it("opens a household sheet whose residents are counted from its date, temporary residents listed only", async () => {
    const { household, persons, warnings } = await f.run((tx) =>
      createHousehold(tx, f.officer, { household: { address: " Số 14,  ngõ 7 ", type: "FAMILY", areaCode: area.code }, establishedOn: "2026-10-01", members: [head, wife, lodger] }, OPTIONS),
    );
    expect(warnings).toEqual([]);
    expect(household).toMatchObject({ areaId: area.id, unitId: area.unit_id, address: "Số 14, ngõ 7", status: "ACTIVE", version: 1, updatedById: f.officer });
    expect(household.code).toMatch(new RegExp(`^${area.code}-\\d{4}$`));
    expect(persons.map((p) => [p.fullName, p.relationToHead, p.householdId])).toEqual([
      ["Hoàng Văn Tuấn", "HEAD", household.id], ["Ngô Thị Hạnh", "SPOUSE", household.id], ["Bùi Văn Long", "OTHER", household.id],
    ]);
    const spells = (await f.pool.query("SELECT person_id, start_reason, valid_from FROM residence WHERE household_id = $1 ORDER BY person_id", [household.id])).rows;
    expect(spells.map((s) => [s.person_id, s.start_reason, s.valid_from.toISOString().slice(0, 10)])).toEqual([
      [persons[0]!.id, "INITIAL", "2026-10-01"], [persons[1]!.id, "INITIAL", "2026-10-01"],
    ]);
  });

  it("counts the members of a sheet dated before its commune existed from the commune's first day", async () => {
    // Today's communes date from 1 July 2025; the old commune the household lived in before
    // is not known, so nothing is added to the old tree's history.
    const { rows: [newArea] } = await f.pool.query(`SELECT a.code, u.valid_from::text AS since FROM area a JOIN admin_unit u ON u.id = a.unit_id
      WHERE u.valid_to IS NULL AND u.valid_from = '2025-07-01' ORDER BY a.id LIMIT 1`);
    const member = { ...head, fullName: "Lại Văn Thành", birthDate: "1970-02-03", cccd: null, maritalStatus: "NEVER_MARRIED" };
    const { household } = await f.run((tx) =>
      createHousehold(tx, f.officer, { household: { address: "Số 3, ngõ 9", type: "FAMILY", areaCode: newArea.code }, establishedOn: "2025-06-01", members: [member] }, OPTIONS));
    const spells = (await f.pool.query("SELECT valid_from::text AS since, start_reason FROM residence WHERE household_id = $1", [household.id])).rows;
    expect(spells).toEqual([{ since: "2025-07-01", start_reason: "INITIAL" }]);
    expect(household.establishedOn.toISOString().slice(0, 10)).toBe("2025-06-01");
  });

  it("refuses two heads, a CCCD already in the register, and writes nothing", async () => {
    const before = await registerSnapshot(f.pool);
    const e = await refusal(f.run((tx) => createHousehold(tx, f.officer, { household: { address: "Số 2", type: "FAMILY", areaCode: area.code }, members: [head, { ...wife, relationToHead: "HEAD" }] }, OPTIONS)));
    expect(e?.fieldErrors.members).toEqual(["Hộ phải có đúng một chủ hộ"]);
    const taken = await refusal(f.run((tx) => createHousehold(tx, f.officer, { household: { address: "Số 2", type: "FAMILY", areaCode: area.code }, members: [{ ...head, fullName: "Hoàng Văn Tú" }] }, OPTIONS)));
    expect(taken?.fieldErrors["members.0.cccd"]).toEqual(["Số CCCD đã được dùng cho một nhân khẩu khác trong sổ"]);
    expect(await registerSnapshot(f.pool)).toEqual(before);
  });
});

describe("createPerson", () => {
  it("adds a member found living in a household since a date, warning about a namesake", async () => {
    const h = await f.one<{ id: number; unit_id: number; established_on: Date }>("SELECT id, unit_id, established_on FROM household WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
    const grandma = { ...wife, fullName: "Đặng Thị Sen", birthDate: "1950-02-02", maritalStatus: "WIDOWED", relationToHead: "PARENT", cccd: null };
    const { person } = await f.run((tx) => createPerson(tx, f.collaborator, { householdId: String(h.id), person: grandma, since: "2024-03-01" }, OPTIONS));
    // The household was in a commune of the former tree until the reorganisation of 1 July
    // 2025: she is counted there until then and here since, as the other members are.
    const former = await f.one<{ from_unit_id: number }>("SELECT from_unit_id FROM household_readdress WHERE household_id = $1 AND to_unit_id = $2", [h.id, h.unit_id]);
    const spells = (await f.pool.query("SELECT household_id, unit_id, start_reason, end_reason, valid_from, valid_to, successor_unit_id FROM residence WHERE person_id = $1 ORDER BY valid_from", [person.id])).rows;
    expect(spells).toEqual([
      { household_id: h.id, unit_id: former.from_unit_id, start_reason: "INITIAL", end_reason: "REORGANISATION", valid_from: new Date("2024-03-01T00:00:00Z"), valid_to: new Date("2025-07-01T00:00:00Z"), successor_unit_id: h.unit_id },
      { household_id: h.id, unit_id: h.unit_id, start_reason: "REORGANISATION", end_reason: null, valid_from: new Date("2025-07-01T00:00:00Z"), valid_to: null, successor_unit_id: null },
    ]);
    const since = await f.run((tx) => createPerson(tx, f.collaborator, { householdId: h.id, person: { ...grandma, fullName: "Đặng Văn Lâm", sex: "MALE", cccd: null }, since: "2025-09-01" }, OPTIONS));
    expect((await f.pool.query("SELECT unit_id, start_reason, valid_from FROM residence WHERE person_id = $1", [since.person.id])).rows).toEqual([
      { unit_id: h.unit_id, start_reason: "INITIAL", valid_from: new Date("2025-09-01T00:00:00Z") },
    ]);
    const again = await f.run((tx) => createPerson(tx, f.collaborator, { householdId: h.id, person: { ...grandma, relationToHead: "OTHER" }, since: "2024-03-01" }, OPTIONS));
    expect(again.warnings.map((w) => w.code)).toEqual(["POSSIBLE_DUPLICATE_PERSON"]);
    const head2 = await refusal(f.run((tx) => createPerson(tx, f.collaborator, { householdId: h.id, person: { ...grandma, relationToHead: "HEAD" } }, OPTIONS)));
    expect(head2?.fieldErrors["person.relationToHead"]).toEqual(["Hộ đã có chủ hộ: đổi chủ hộ trong phần sửa thông tin hộ"]);
  });
});

describe("updateHousehold", () => {
  it("refuses an edit based on an old version, naming what changed, who changed it and when", async () => {
    const h = await f.one<{ id: number; version: number; address: string; type: string }>("SELECT id, version, address, type FROM household WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 1");
    const read = { address: h.address, type: h.type, areaCode: (await f.one<{ code: string }>("SELECT a.code FROM area a JOIN household h ON h.area_id = a.id WHERE h.id = $1", [h.id])).code };
    // The collaborator corrects the address first...
    const first = await f.run((tx) => updateHousehold(tx, f.collaborator, { householdId: h.id, version: h.version, base: read, changes: { address: "Số 99, ngõ 1" } }));
    expect(first.household).toMatchObject({ address: "Số 99, ngõ 1", version: h.version + 1, updatedById: f.collaborator });
    // ...then the officer saves the form she opened before that.
    const before = await registerSnapshot(f.pool);
    const e = await refusal(f.run((tx) => updateHousehold(tx, f.officer, { householdId: h.id, version: h.version, base: read, changes: { type: "COLLECTIVE" } })));
    expect(e?.code).toBe("CONFLICT");
    expect(e?.details).toMatchObject({
      kind: "VERSION", entity: "HOUSEHOLD", id: h.id, expectedVersion: h.version, currentVersion: h.version + 1,
      changedFields: ["address"], changedBy: { id: f.collaborator, fullName: collaboratorName }, changedAt: first.household.updatedAt.toISOString(),
    });
    expect(e?.message).toContain(`đã được ${collaboratorName} sửa lúc`);
    expect(e?.message).toContain("thay đổi: địa chỉ");
    expect(await registerSnapshot(f.pool)).toEqual(before);
    // Reloaded, the same change goes through.
    const again = await f.run((tx) => updateHousehold(tx, f.officer, { householdId: h.id, version: h.version + 1, base: read, changes: { type: "COLLECTIVE" } }));
    expect(again.household).toMatchObject({ type: "COLLECTIVE", address: "Số 99, ngõ 1", version: h.version + 2 });
  });

  it("hands the household to another resident and re-derives relations", async () => {
    const couple = await f.one<{ household_id: number; head: number; version: number; wife: number }>(`
      SELECT h.id AS household_id, h.version, p.id AS head, m.wife_id AS wife FROM household h
        JOIN residence r ON r.household_id = h.id AND r.valid_to IS NULL JOIN person p ON p.id = r.person_id AND p.relation_to_head = 'HEAD'
        JOIN marriage m ON m.husband_id = p.id AND m.ended_on IS NULL JOIN residence w ON w.person_id = m.wife_id AND w.valid_to IS NULL AND w.household_id = h.id
       ORDER BY h.id LIMIT 1`);
    await f.run((tx) => updateHousehold(tx, f.officer, { householdId: couple.household_id, version: couple.version, base: {}, changes: { headId: String(couple.wife) } }));
    expect((await f.pool.query("SELECT id, relation_to_head FROM person WHERE id = ANY($1) ORDER BY id", [[couple.head, couple.wife]])).rows.map((r) => [r.id, r.relation_to_head]))
      .toEqual([[couple.head, "SPOUSE"], [couple.wife, "HEAD"]].sort((a, b) => Number(a[0]) - Number(b[0])));
    const outsider = await f.one<{ id: number }>("SELECT id FROM person WHERE household_id <> $1 ORDER BY id LIMIT 1", [couple.household_id]);
    const e = await refusal(f.run((tx) => updateHousehold(tx, f.officer, { householdId: couple.household_id, version: couple.version + 1, base: {}, changes: { headId: outsider.id } })));
    expect(e?.fieldErrors.headId).toEqual(["Chủ hộ mới phải là người đang cư trú trong hộ"]);
  });
});

describe("updatePerson", () => {
  it("corrects a name and a birth date, keeping the spells' copies in step", async () => {
    const p = await f.one<{ id: number; version: number; full_name: string; education: string }>(`SELECT p.id, p.version, p.full_name, p.education FROM person p
      WHERE p.birth_date < '1960-01-01' AND p.mother_id IS NULL AND NOT EXISTS (SELECT 1 FROM person c WHERE c.mother_id = p.id) ORDER BY p.id LIMIT 1`);
    const { person } = await f.run((tx) => updatePerson(tx, f.officer, { personId: p.id, version: p.version, base: {}, changes: { fullName: "Trịnh Văn Bảo", birthDate: "1955-07-08" } }, OPTIONS));
    expect(person).toMatchObject({ fullName: "Trịnh Văn Bảo", searchName: "trinh van bao", version: p.version + 1, updatedById: f.officer });
    expect(await f.count("SELECT count(*) AS n FROM residence WHERE person_id = $1 AND birth_date <> '1955-07-08'", [p.id])).toBe(0);
    const stale = await refusal(f.run((tx) => updatePerson(tx, f.collaborator, { personId: p.id, version: p.version, base: { fullName: p.full_name, education: p.education }, changes: { education: "POSTGRADUATE" } }, OPTIONS)));
    expect(stale?.details).toMatchObject({ kind: "VERSION", entity: "PERSON", changedFields: ["fullName"], changedBy: { id: f.officer } });
    expect(stale?.message).toContain("thay đổi: họ và tên");
  });

  it("leaves what events record to events", async () => {
    const married = await f.one<{ id: number; version: number }>(`SELECT p.id, p.version FROM person p JOIN marriage m ON m.wife_id = p.id AND m.ended_on IS NULL WHERE p.death_date IS NULL ORDER BY p.id LIMIT 1`);
    const e = await refusal(f.run((tx) => updatePerson(tx, f.officer, { personId: married.id, version: married.version, base: {}, changes: { sex: "MALE", maritalStatus: "DIVORCED", residenceStatus: "TEMPORARY_RESIDENT" } }, OPTIONS)));
    expect(e?.fieldErrors).toEqual({
      residenceStatus: ["Chuyển sang hoặc thôi tạm trú được ghi bằng biến động chuyển đến hoặc chuyển đi"],
    });
    const e2 = await refusal(f.run((tx) => updatePerson(tx, f.officer, { personId: married.id, version: married.version, base: {}, changes: { sex: "MALE", maritalStatus: "DIVORCED" } }, OPTIONS)));
    expect(Object.keys(e2?.fieldErrors ?? {}).sort()).toEqual(["maritalStatus", "sex"]);
    expect((await refusal(f.run((tx) => updatePerson(tx, f.officer, { personId: married.id, version: 0, base: {}, changes: {} }, OPTIONS))))?.fieldErrors.version).toHaveLength(1);
  });
});

describe("the register afterwards", () => {
  it("keeps every invariant", async () => {
    expect(Object.entries(await invariantViolations(f.pool)).filter(([, n]) => n > 0)).toEqual([]);
  });
});
