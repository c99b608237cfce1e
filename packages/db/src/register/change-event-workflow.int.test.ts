// The workflow of a slip line: a collaborator records a birth and submits it, the commune
// officer verifies it and the child is in the register and the commune's stock; a
// rejected line changes nothing; a resent line is recorded once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordChangeEvent } from "./record-change-event.js";
import { rejectChangeEvent } from "./reject-change-event.js";
import { submitChangeEvents } from "./submit-change-events.js";
import { errorOf, invariantViolations, OPTIONS, registerFixture, registerSnapshot, stock, TODAY, type RegisterFixture } from "./testing-fixture.js";
import { verifyChangeEvent } from "./verify-change-event.js";

let f: RegisterFixture;
let mother: { id: number; household_id: number; husband: number | null; unit_id: number };

beforeAll(async () => {
  f = await registerFixture();
  // A married woman of 25–35, counted, not pregnant.
  mother = await f.one(`
    SELECT p.id, p.household_id, m.husband_id AS husband, r.unit_id FROM person p
      JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN marriage m ON m.wife_id = p.id AND m.ended_on IS NULL
     WHERE p.sex = 'FEMALE' AND p.birth_date BETWEEN '1991-01-01' AND '2000-12-31'
       AND NOT EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id AND g.ended_on IS NULL)
     ORDER BY p.id LIMIT 1`);
}, 300_000);
afterAll(() => f?.drop());


describe("a birth recorded by a collaborator", () => {
  it("is a draft, then submitted, then verified into the register and the commune's stock", async () => {
    const before = await stock(f.pool, [mother.unit_id], TODAY);
    const children = await f.count("SELECT count(*) AS n FROM person WHERE mother_id = $1", [mother.id]);
    const { event: draft, created } = await f.run((tx) =>
      recordChangeEvent(tx, f.collaborator, {
        type: "BIRTH", occurredOn: TODAY, source: "SLIP",
        payload: { motherId: String(mother.id), fatherId: mother.husband, fullName: "Nguyễn Minh Khôi", sex: "MALE", placeOfDelivery: "HEALTH_FACILITY" },
      }, OPTIONS),
    );
    expect(created).toBe(true);
    expect(draft).toMatchObject({ status: "DRAFT", type: "BIRTH", unitId: mother.unit_id, householdId: mother.household_id, personId: null, recordedById: f.collaborator });
    expect(await stock(f.pool, [mother.unit_id], TODAY)).toBe(before); // a draft changes nothing

    const [submitted] = await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [draft.id.toString()] }));
    expect(submitted).toMatchObject({ status: "SUBMITTED" });
    expect(submitted!.submittedAt).toBeInstanceOf(Date);

    const { event } = await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: draft.id }, OPTIONS));
    expect(event).toMatchObject({ status: "VERIFIED", verifiedById: f.officer, householdId: mother.household_id });
    const child = await f.one<Record<string, unknown>>("SELECT * FROM person WHERE id = $1", [event.personId]);
    expect(child).toMatchObject({
      full_name: "Nguyễn Minh Khôi", search_name: "nguyen minh khoi", sex: "MALE", mother_id: mother.id, father_id: mother.husband,
      birth_order: children + 1, household_id: mother.household_id, marital_status: "NEVER_MARRIED", education: "NONE", residence_status: "PERMANENT",
    });
    expect(["CHILD", "GRANDCHILD"]).toContain(child.relation_to_head);
    const spell = await f.one("SELECT * FROM residence WHERE person_id = $1", [event.personId]);
    expect(spell).toMatchObject({ household_id: mother.household_id, unit_id: mother.unit_id, start_reason: "BIRTH", valid_to: null, start_event_id: event.id.toString() });
    expect(event.payload).toMatchObject({ motherId: mother.id, fatherId: mother.husband, sex: "MALE", birthOrder: children + 1, placeOfDelivery: "HEALTH_FACILITY" });
    expect(await stock(f.pool, [mother.unit_id], TODAY)).toBe(before + 1);
  });

  it("cannot be verified twice, nor submitted once verified", async () => {
    const id = await f.one<{ id: string }>("SELECT id FROM change_event WHERE status = 'VERIFIED' AND verified_by_id = $1 LIMIT 1", [f.officer]);
    const again = await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: id.id }, OPTIONS)));
    expect(again.code).toBe("INVALID_STATE");
    expect(again.message).toMatch(/^Chỉ xác nhận được biến động đang chờ xác nhận/);
    expect((await errorOf(f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [id.id] })))).code).toBe("INVALID_STATE");
    expect((await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: "999999999" }, OPTIONS)))).code).toBe("NOT_FOUND");
    expect((await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: "abc" }, OPTIONS)))).code).toBe("NOT_FOUND");
  });
});

describe("a rejected line", () => {
  it("needs a reason and changes nothing in the register", async () => {
    const person = await f.one<{ id: number }>(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      WHERE p.relation_to_head = 'HEAD' ORDER BY p.id LIMIT 1`);
    const { event } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "DEATH", occurredOn: TODAY, personId: person.id }, OPTIONS));
    await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [event.id] }));
    const missing = await errorOf(f.run((tx) => rejectChangeEvent(tx, f.officer, { id: event.id, reason: "   " })));
    expect(missing).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { reason: ["Phải ghi lý do từ chối"] } });

    const before = await registerSnapshot(f.pool);
    const rejected = await f.run((tx) => rejectChangeEvent(tx, f.officer, { id: event.id, reason: "Ông vẫn còn sống, CTV ghi nhầm người" }));
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "Ông vẫn còn sống, CTV ghi nhầm người", rejectedById: f.officer, verifiedById: null });
    const after = await registerSnapshot(f.pool);
    // Only the event's own row changed; the register did not.
    expect({ ...after, change_event: "" }).toEqual({ ...before, change_event: "" });
    expect(await f.one("SELECT death_date FROM person WHERE id = $1", [person.id])).toEqual({ death_date: null });
    expect((await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: event.id }, OPTIONS)))).code).toBe("INVALID_STATE");
  });
});

describe("idempotency", () => {
  const line = (note: string) => ({ type: "ELDERLY_CHECKUP", occurredOn: TODAY, idempotencyKey: "ctv-demo:2026-11:0001", payload: { note } });
  it("records the same line once, and refuses the same key with another line", async () => {
    const elder = await f.one<{ id: number }>(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      WHERE p.birth_date < '1950-01-01' ORDER BY p.id LIMIT 1`);
    const first = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { ...line("khám định kỳ"), personId: elder.id }, OPTIONS));
    const before = await registerSnapshot(f.pool);
    // Resent from the phone's queue, with the id as a string and the keys in another order.
    const second = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { payload: { note: "khám định kỳ" }, personId: String(elder.id), type: "ELDERLY_CHECKUP", occurredOn: TODAY, idempotencyKey: "ctv-demo:2026-11:0001" }, OPTIONS));
    expect(second.created).toBe(false);
    expect(second.event.id).toBe(first.event.id);
    expect(await registerSnapshot(f.pool)).toEqual(before);
    expect(await f.count("SELECT count(*) AS n FROM change_event WHERE idempotency_key = 'ctv-demo:2026-11:0001'")).toBe(1);

    const clash = await errorOf(f.run((tx) => recordChangeEvent(tx, f.collaborator, { ...line("khám lại"), personId: elder.id }, OPTIONS)));
    expect(clash.code).toBe("CONFLICT");
    expect(clash.details).toMatchObject({ kind: "IDEMPOTENCY_KEY", existingEventId: first.event.id.toString() });
    expect(clash.message).toContain("ctv-demo:2026-11:0001");
    expect(await registerSnapshot(f.pool)).toEqual(before);
  });

  it("lets concurrent resends of one line create one row", async () => {
    const elder = await f.one<{ id: number }>(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      WHERE p.birth_date < '1950-01-01' ORDER BY p.id DESC LIMIT 1`);
    const input = { type: "ELDERLY_CHECKUP", occurredOn: TODAY, personId: elder.id, idempotencyKey: "ctv-demo:concurrent-1" };
    const results = await Promise.all([1, 2, 3].map(() => f.run((tx) => recordChangeEvent(tx, f.collaborator, input, OPTIONS))));
    expect(new Set(results.map((r) => r.event.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });
});

describe("the register afterwards", () => {
  it("keeps every invariant of the generated register", async () => {
    expect(Object.values(await invariantViolations(f.pool)).every((n) => n === 0), JSON.stringify(await invariantViolations(f.pool))).toBe(true);
  });
});
