// Moves between communes: whichever commune records its side first, the move is counted
// once (the province's total does not change when someone moves between two of its
// communes), flows agree with stocks at every level, and nobody is lost in between. Today
// (2026) the register lives in the tree of 1 July 2025: provinces and communes, no districts.
import { addDays, todayInVietnam, type ChangeEventInput } from "@danso/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "./context.js";
import { listPendingArrivals } from "./list-pending-arrivals.js";
import { ORIGIN_ANSWER_DAYS } from "./origin-request.js";
import { rejectChangeEvent } from "./reject-change-event.js";
import { recordChangeEvent } from "./record-change-event.js";
import { submitChangeEvents } from "./submit-change-events.js";
import { balanceGap, communesUnder, errorOf, invariantViolations, OPTIONS, registerFixture, stock, TODAY, type RegisterFixture } from "./testing-fixture.js";
import { verifyChangeEvent } from "./verify-change-event.js";

let f: RegisterFixture;
interface Place { commune: number; code: string; province: number }
let province: number;

beforeAll(async () => {
  f = await registerFixture();
  province = f.province;
}, 300_000);
afterAll(() => f?.drop());


/** Records, submits and verifies a line, as a collaborator and the commune officer would. */
async function recordAndVerify(input: ChangeEventInput) {
  const { event } = await f.run((tx: Tx) => recordChangeEvent(tx, f.collaborator, input, OPTIONS));
  await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [event.id] }));
  return (await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: event.id }, OPTIONS))).event;
}

// A commune of the new tree is a child of its province.
const placeOf = (commune: number) =>
  f.one<Place>(`SELECT c.id AS commune, c.code, p.id AS province FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id AND p.level = 1 WHERE c.id = $1`, [commune]);

/** A living adult counted in the province, not a head, in a household with others; skips `taken`. */
async function mover(taken: number[]) {
  const p = await f.one<{ id: number; unit_id: number; household_id: number }>(`
    SELECT p.id, r.unit_id, r.household_id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN admin_unit c ON c.id = r.unit_id
     WHERE c.parent_id = $2 AND p.birth_date BETWEEN '1975-01-01' AND '2004-12-31' AND p.relation_to_head <> 'HEAD' AND NOT (p.id = ANY($1))
       AND (SELECT count(*) FROM residence o WHERE o.household_id = r.household_id AND o.valid_to IS NULL) > 2
     ORDER BY p.id LIMIT 1`, [taken, province]);
  taken.push(p.id);
  return { ...p, place: await placeOf(p.unit_id) };
}

/** An active household of the province outside `commune`. */
async function householdElsewhere(commune: number) {
  const h = await f.one<{ id: number; unit_id: number }>(`
    SELECT h.id, h.unit_id FROM household h JOIN admin_unit c ON c.id = h.unit_id
     WHERE h.status = 'ACTIVE' AND c.id <> $1 AND c.parent_id = $2 ORDER BY h.id LIMIT 1`, [commune, province]);
  return { ...h, place: await placeOf(h.unit_id) };
}

const taken: number[] = [];

async function counts(a: Place, b: Place) {
  const units = async (id: number) => communesUnder(f.pool, id);
  const sets = { originCommune: [a.commune], destCommune: [b.commune], province: await units(province) };
  expect(a.province).toBe(province);
  expect(b.province).toBe(province);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(sets)) out[k] = await stock(f.pool, v, TODAY);
  return { stocks: out, sets };
}

async function expectBalanced(sets: Record<string, number[]>) {
  for (const [name, units] of Object.entries(sets)) expect(await balanceGap(f.pool, units, "2025-12-31", TODAY), name).toBe(0);
}

describe("a move between two communes of one province", () => {
  it("counted once when the origin records the move out first and the destination the move in", async () => {
    const p = await mover(taken);
    const dest = await householdElsewhere(p.place.commune);
    const before = await counts(p.place, dest.place);

    const out = await recordAndVerify({ type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: dest.place.code } });
    expect(out.payload).toMatchObject({ destinationUnitId: dest.unit_id, destinationUnitCode: dest.place.code });
    // Between the two sides the person waits in the destination's list, not lost.
    const pending = await f.run((tx) => listPendingArrivals(tx, dest.unit_id));
    expect(pending.map((a) => [a.personId, a.movedOn, a.origin.id, a.moveOutEventId])).toContainEqual([p.id, TODAY, p.unit_id, out.id]);

    const into = await recordAndVerify({ type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: {} });
    expect(into.payload).toMatchObject({ originUnitId: p.unit_id, moveOutEventId: Number(out.id) });
    expect(await f.run((tx) => listPendingArrivals(tx, dest.unit_id))).not.toContainEqual(expect.objectContaining({ personId: p.id }));

    const after = await counts(p.place, dest.place);
    expect(after.stocks).toEqual({
      originCommune: before.stocks.originCommune! - 1, destCommune: before.stocks.destCommune! + 1, province: before.stocks.province,
    });
    const spells = (await f.pool.query("SELECT unit_id, household_id, valid_from, valid_to, start_reason, end_reason, origin_unit_id, destination_unit_id FROM residence WHERE person_id = $1 ORDER BY valid_from, id", [p.id])).rows;
    const [prev, next] = spells.slice(-2);
    expect(prev).toMatchObject({ unit_id: p.unit_id, end_reason: "MOVE_OUT", destination_unit_id: dest.unit_id });
    expect(next).toMatchObject({ unit_id: dest.unit_id, household_id: dest.id, start_reason: "MOVE_IN", origin_unit_id: p.unit_id, valid_to: null });
    expect(prev.valid_to).toEqual(next.valid_from); // no gap, no overlap
    expect(await f.one("SELECT household_id, residence_status FROM person WHERE id = $1", [p.id])).toEqual({ household_id: dest.id, residence_status: "PERMANENT" });
    await expectBalanced(after.sets);
  });

  it("asks the origin to confirm an arrival, and verifies it only once the origin has", async () => {
    const p = await mover(taken);
    const dest = await householdElsewhere(p.place.commune);
    const before = await counts(p.place, dest.place);
    // The origin's collaborator also wrote the move out, not yet submitted.
    const { event: late } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: dest.place.code } }, OPTIONS));

    const { event: into } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: { originUnitCode: p.place.code } }, OPTIONS));
    await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [into.id] }));
    // The origin's own line is now in its queue: no second line is written for it.
    expect(await f.one("SELECT status FROM change_event WHERE id = $1", [late.id])).toEqual({ status: "SUBMITTED" });
    expect(await f.count("SELECT count(*) AS n FROM change_event WHERE person_id = $1 AND type = 'MOVE_OUT' AND occurred_on = $2", [p.id, TODAY])).toBe(1);

    // The destination alone cannot end the residence at the origin.
    const early = await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: into.id }, OPTIONS)));
    expect(early.code).toBe("VALIDATION_FAILED");
    expect(early.fieldErrors.personId?.[0]).toMatch(/^Xã nơi đi chưa xác nhận người này chuyển đi/);
    expect((await counts(p.place, dest.place)).stocks).toEqual(before.stocks);

    await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: late.id }, OPTIONS));
    const verified = (await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: into.id }, OPTIONS))).event;
    expect(verified.payload).toMatchObject({ originUnitId: p.unit_id, moveOutEventId: Number(late.id) });
    const after = await counts(p.place, dest.place);
    expect(after.stocks.originCommune).toBe(before.stocks.originCommune! - 1);
    expect(after.stocks.destCommune).toBe(before.stocks.destCommune! + 1);
    expect(after.stocks.province).toBe(before.stocks.province);
    await expectBalanced(after.sets);
    expect(await f.count("SELECT count(*) AS n FROM change_event WHERE person_id = $1 AND type = 'MOVE_OUT' AND status = 'VERIFIED' AND occurred_on = $2", [p.id, TODAY])).toBe(1);
  });

  it("closes the origin residence when the origin does not answer within 30 days, verifying its line with it", async () => {
    const p = await mover(taken);
    const dest = await householdElsewhere(p.place.commune);
    const before = await counts(p.place, dest.place);
    const { event: into } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: { originUnitCode: p.place.code } }, OPTIONS));
    await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [into.id] }));
    const request = await f.one<{ id: string; status: string; unit_id: number; payload: Record<string, unknown> }>(
      "SELECT id::text, status, unit_id, payload FROM change_event WHERE person_id = $1 AND type = 'MOVE_OUT' AND occurred_on = $2", [p.id, TODAY]);
    expect(request).toMatchObject({ status: "SUBMITTED", unit_id: p.unit_id, payload: { destinationUnitId: dest.unit_id, requestedByArrivalEventId: Number(into.id) } });

    const sent = todayInVietnam();
    const late = { ...OPTIONS, today: addDays(sent, ORIGIN_ANSWER_DAYS) };
    expect((await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: into.id }, { ...OPTIONS, today: addDays(sent, ORIGIN_ANSWER_DAYS - 1) })))).code).toBe("VALIDATION_FAILED");
    const verified = (await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: into.id }, late))).event;
    expect(verified.payload).toMatchObject({ moveOutEventId: Number(request.id) });
    const origin = await f.one<{ status: string; payload: Record<string, unknown> }>("SELECT status, payload FROM change_event WHERE id = $1", [request.id]);
    expect(origin).toMatchObject({ status: "VERIFIED", payload: { recordedAtDestination: true, verifiedAtDestinationAfterDays: ORIGIN_ANSWER_DAYS, causeEventId: Number(into.id) } });
    const after = await counts(p.place, dest.place);
    expect(after.stocks.originCommune).toBe(before.stocks.originCommune! - 1);
    expect(after.stocks.destCommune).toBe(before.stocks.destCommune! + 1);
    await expectBalanced(after.sets);
  });

  it("keeps an arrival waiting when the origin rejects the departure", async () => {
    const p = await mover(taken);
    const dest = await householdElsewhere(p.place.commune);
    const { event: into } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: { originUnitCode: p.place.code } }, OPTIONS));
    await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [into.id] }));
    const request = await f.one<{ id: string }>("SELECT id::text FROM change_event WHERE person_id = $1 AND type = 'MOVE_OUT' AND occurred_on = $2", [p.id, TODAY]);
    await f.run((tx) => rejectChangeEvent(tx, f.officer, { id: request.id, reason: "Người này vẫn sống tại xã" }));
    const refused = await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: into.id }, { ...OPTIONS, today: addDays(todayInVietnam(), 60) })));
    expect(refused.fieldErrors.personId?.[0]).toMatch(/^Xã nơi đi đã từ chối/);
    expect(await f.count("SELECT count(*) AS n FROM residence WHERE person_id = $1 AND valid_to IS NULL AND unit_id = $2", [p.id, p.unit_id])).toBe(1);
  });

  it("gives a destination the origin did not know to the origin's line when the person arrives", async () => {
    const p = await mover(taken);
    const dest = await householdElsewhere(p.place.commune);
    const out = await recordAndVerify({ type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { abroad: true } });
    expect(out.payload).toMatchObject({ destinationUnitId: null, abroad: true });
    const into = await recordAndVerify({ type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: {} });
    const origin = await f.one<{ payload: Record<string, unknown> }>("SELECT payload FROM change_event WHERE id = $1", [out.id]);
    expect(origin.payload).toMatchObject({
      destinationUnitId: dest.unit_id, abroad: false, arrivalEventId: Number(into.id),
      previousDestination: { unitId: null, abroad: true },
    });
    expect(await f.one("SELECT destination_unit_id FROM residence WHERE person_id = $1 AND end_reason = 'MOVE_OUT' ORDER BY valid_from DESC LIMIT 1", [p.id])).toEqual({ destination_unit_id: dest.unit_id });
    await expectBalanced((await counts(p.place, dest.place)).sets);
  });

  it("refuses a move in dated otherwise than the move out the origin verified", async () => {
    const p = await mover(taken);
    const dest = await householdElsewhere(p.place.commune);
    await recordAndVerify({ type: "MOVE_OUT", occurredOn: "2026-11-20", personId: p.id, payload: { destinationUnitCode: dest.place.code } });
    const e = await errorOf(f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id }, OPTIONS)));
    expect(e.fieldErrors.occurredOn).toEqual(["Ngày chuyển đến phải trùng ngày chuyển đi đã xác nhận ở nơi đi (ngày 20/11/2026)"]);
    await recordAndVerify({ type: "MOVE_IN", occurredOn: "2026-11-20", personId: p.id, householdId: dest.id });
  });

  it("refuses a move out to the same commune or to an unknown commune code", async () => {
    const p = await mover(taken);
    const same = await errorOf(f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: p.place.code } }, OPTIONS)));
    expect(same.fieldErrors["payload.destinationUnitCode"]?.[0]).toMatch(/^Nơi đến trùng với xã đang cư trú/);
    const unknown = await errorOf(f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: "99999" } }, OPTIONS)));
    expect(unknown.fieldErrors["payload.destinationUnitCode"]).toEqual(["Không có xã, phường, thị trấn nào mang mã này vào ngày xảy ra"]);
    // 10510 was Phường Bình Hàn until 30 June 2025 (merged into Thành Đông): no commune bears it today.
    const former = await errorOf(f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: "10510" } }, OPTIONS)));
    expect(former.fieldErrors["payload.destinationUnitCode"]).toEqual(["Không có xã, phường, thị trấn nào mang mã này vào ngày xảy ra"]);
    taken.pop();
  });
});

describe("moves across the register's edge", () => {
  it("takes someone who leaves for abroad out of every total, with the flows to match", async () => {
    const p = await mover(taken);
    const sets = { commune: [p.unit_id], province: await communesUnder(f.pool, province) };
    const before = await stock(f.pool, sets.province, TODAY);
    await recordAndVerify({ type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { abroad: true, note: "Đi xuất khẩu lao động" } });
    expect(await stock(f.pool, sets.province, TODAY)).toBe(before - 1);
    await expectBalanced(sets);
  });

  it("registers a family arriving from abroad into a new household", async () => {
    const area = await f.one<{ code: string; unit_id: number }>("SELECT code, unit_id FROM area ORDER BY id LIMIT 1");
    const sets = { commune: [area.unit_id], province: await communesUnder(f.pool, province) };
    const before = await stock(f.pool, sets.province, TODAY);
    const adult = { fullName: "Phạm Văn Đức", sex: "MALE", birthDate: "1985-03-02", ethnicity: "01", education: "UNIVERSITY", maritalStatus: "MARRIED", relationToHead: "HEAD", residenceStatus: "PERMANENT" };
    const head = await recordAndVerify({
      type: "MOVE_IN", occurredOn: TODAY, payload: { abroad: true, person: adult, newHousehold: { address: "Số 5, ngõ 2", type: "FAMILY", areaCode: area.code } },
    });
    expect(head.personId).not.toBeNull();
    expect(head.payload).toMatchObject({ originUnitId: null, abroad: true, newHouseholdId: head.householdId });
    const household = await f.one("SELECT unit_id, status, established_on FROM household WHERE id = $1", [head.householdId]);
    expect(household).toMatchObject({ unit_id: area.unit_id, status: "ACTIVE" });
    expect(await f.one("SELECT relation_to_head FROM person WHERE id = $1", [head.personId])).toEqual({ relation_to_head: "HEAD" });

    // The son arrives with him; his line names the father's.
    const son = { ...adult, fullName: "Phạm Minh Anh", birthDate: "2015-07-01", education: "PRIMARY", maritalStatus: "NEVER_MARRIED", relationToHead: "CHILD", fatherId: head.personId };
    const line = await recordAndVerify({ type: "MOVE_IN", occurredOn: TODAY, payload: { abroad: true, person: son, withEventId: head.id.toString() } });
    expect(line.householdId).toBe(head.householdId);
    expect(await stock(f.pool, sets.province, TODAY)).toBe(before + 2);
    await expectBalanced(sets);
  });

  it("asks to verify the household's first arrival before the others", async () => {
    const area = await f.one<{ code: string }>("SELECT code FROM area WHERE unit_id = $1 ORDER BY id DESC LIMIT 1", [f.commune]);
    const adult = { fullName: "Đỗ Thị Hoa", sex: "FEMALE", birthDate: "1990-03-02", ethnicity: "01", education: "UNIVERSITY", maritalStatus: "MARRIED", relationToHead: "HEAD", residenceStatus: "PERMANENT" };
    const { event: first } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_IN", occurredOn: TODAY, payload: { person: adult, newHousehold: { address: "Xóm Bắc", type: "FAMILY", areaCode: area.code } } }, OPTIONS));
    const { event: second } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MOVE_IN", occurredOn: TODAY, payload: { person: { ...adult, fullName: "Đỗ Văn Nam", sex: "MALE", relationToHead: "SPOUSE" }, withEventId: first.id.toString() } }, OPTIONS));
    await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [first.id, second.id] }));
    const early = await errorOf(f.run((tx) => verifyChangeEvent(tx, f.officer, { id: second.id }, OPTIONS)));
    expect(early.code).toBe("INVALID_STATE");
    expect(early.message).toContain(`số ${first.id}`);
    await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: first.id }, OPTIONS));
    await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: second.id }, OPTIONS));
  });
});

describe("the register afterwards", () => {
  it("keeps every invariant", async () => {
    const violations = await invariantViolations(f.pool);
    expect(Object.entries(violations).filter(([, n]) => n > 0)).toEqual([]);
  });
});
