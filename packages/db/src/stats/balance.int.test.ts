// The balancing equation of the engine, exactly, for every column and while a move is
// pending: stock at start + births − deaths + moves in − moves out + register corrections =
// stock at end. A person whose move out the origin verified but whose arrival the
// destination has not recorded is in no commune's stock: they count as moved out at every
// level, also the one holding both communes, until the arrival is recorded. People found
// living (added with createPerson) enter through the named corrections flow. Since 1 July
// 2025 the register lives in the new tree (provinces and communes, no districts): Hải Dương
// and Hải Phòng are one city, Quảng Ninh another province; the equation also holds for the
// new units over periods reaching before the reorganisation (re-aggregated).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVE_SCOPES, parsePeriod, sumAges, type BaseCounts, type ChangeEventInput } from "@danso/domain";
import { seedPopulation } from "../seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import type { Tx } from "../register/context.js";
import { createPerson } from "../register/create-person.js";
import { recordChangeEvent } from "../register/record-change-event.js";
import { submitChangeEvents } from "../register/submit-change-events.js";
import { verifyChangeEvent } from "../register/verify-change-event.js";
import { computeBaseCounts, type StatColumn } from "./base-counts.js";
import { unitColumns } from "./columns.js";

const TODAY = "2026-11-25";
const OPTIONS = { today: TODAY };
const MONTH = parsePeriod("2026-M11");
let t: TestDatabase;
let collaborator: number;
let officer: number;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31", "22"], scale: 0.002, seed: 3, today: TODAY }, () => {});
  const users = (await t.pool.query<{ login: string; id: number }>("SELECT login, id FROM app_user WHERE login IN ('xa', 'ctv')")).rows;
  collaborator = users.find((u) => u.login === "ctv")!.id;
  officer = users.find((u) => u.login === "xa")!.id;
}, 300_000);
afterAll(() => t?.drop());

const run = <T>(fn: (tx: Tx) => Promise<T>) => t.db.$transaction(fn, { timeout: 120_000 });

async function recordAndVerify(input: ChangeEventInput) {
  const { event } = await run((tx) => recordChangeEvent(tx, collaborator, input, OPTIONS));
  await run((tx) => submitChangeEvents(tx, collaborator, { ids: [event.id] }));
  return (await run((tx) => verifyChangeEvent(tx, officer, { id: event.id }, OPTIONS))).event;
}

/** The communes under a unit, in the tree of today. */
const communes = async (where: string, params: unknown[]): Promise<number[]> =>
  (await t.pool.query(`SELECT c.id FROM admin_unit c, admin_unit u WHERE ${where} AND c.level = 3 AND (c.id = u.id OR c.path LIKE u.path || '.%') AND c.valid_to IS NULL AND u.valid_to IS NULL`, params))
    .rows.map((r) => r.id as number);
/** A province of today's tree by code (31: the new Hải Phòng city, 22: Quảng Ninh). */
const provinceOfToday = "(SELECT id FROM admin_unit WHERE level = 1 AND code = $1 AND valid_to IS NULL)";

// A commune of the new tree is a child of its province.
interface Place { commune: number; code: string; province: number }
const placeOf = async (commune: number): Promise<Place> =>
  (await t.pool.query(`SELECT c.id AS commune, c.code, p.id AS province FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id AND p.level = 1 WHERE c.id = $1`, [commune])).rows[0];

/** A living adult, not a head, in a household with others, in a commune matching `where`. */
async function mover(where: string, params: unknown[] = []) {
  const p = (await t.pool.query<{ id: number; unit_id: number }>(`
    SELECT p.id, r.unit_id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN admin_unit c ON c.id = r.unit_id
     WHERE ${where} AND p.birth_date BETWEEN '1975-01-01' AND '2004-12-31' AND p.relation_to_head <> 'HEAD'
       AND (SELECT count(*) FROM residence o WHERE o.household_id = r.household_id AND o.valid_to IS NULL) > 2
       AND NOT EXISTS (SELECT 1 FROM change_event e WHERE e.person_id = p.id AND e.occurred_on >= '2026-11-01')
     ORDER BY p.id LIMIT 1`, params)).rows[0]!;
  return { id: p.id, place: await placeOf(p.unit_id) };
}

async function householdIn(where: string, params: unknown[]) {
  const h = (await t.pool.query<{ id: number; unit_id: number }>(`
    SELECT h.id, h.unit_id FROM household h JOIN admin_unit c ON c.id = h.unit_id
     WHERE h.status = 'ACTIVE' AND ${where} ORDER BY h.id LIMIT 1`, params)).rows[0]!;
  return { id: h.id, place: await placeOf(h.unit_id) };
}

const movesIn = (b: BaseCounts) => MOVE_SCOPES.reduce((s, x) => s + b.counts[`MOVES_IN_${x}`], 0);
const movesOut = (b: BaseCounts) => MOVE_SCOPES.reduce((s, x) => s + b.counts[`MOVES_OUT_${x}`], 0);
const gap = (b: BaseCounts) =>
  sumAges(b.tables.POP_START) + b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE - sumAges(b.tables.DEATHS)
  + movesIn(b) - movesOut(b) + b.counts.REGISTER_CORRECTIONS - sumAges(b.tables.POP_END);

/** Columns: both communes, their provinces, and both provinces together. */
async function columnsFor(a: Place, b: Place): Promise<StatColumn[]> {
  const byId = async (key: string, id: number) => ({ key, unitIds: await communes("u.id = $1", [id]) });
  return [
    await byId("origin commune", a.commune), await byId("destination commune", b.commune),
    await byId("origin province", a.province), await byId("destination province", b.province),
    { key: "both provinces", unitIds: await communes("u.id = ANY($1)", [[a.province, b.province]]) },
  ];
}

async function expectBalanced(columns: StatColumn[]): Promise<BaseCounts[]> {
  const counts = await computeBaseCounts(t.db, columns, MONTH);
  expect(Object.fromEntries(columns.map((c, i) => [c.key, gap(counts[i]!)]))).toEqual(Object.fromEntries(columns.map((c) => [c.key, 0])));
  return counts;
}

describe("the balancing equation while a move is pending", () => {
  it("holds inside one province: the pending move counts as moved out of the province until the arrival is recorded", async () => {
    const p = await mover(`c.parent_id = ${provinceOfToday}`, ["31"]);
    const dest = await householdIn("c.parent_id = $1 AND c.id <> $2", [p.place.province, p.place.commune]);
    const columns = await columnsFor(p.place, dest.place);
    const before = await expectBalanced(columns);

    await recordAndVerify({ type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: dest.place.code } });
    const pending = await expectBalanced(columns);
    const [commune, , province] = [0, 1, 2].map((i) => ({ now: pending[i]!, was: before[i]! }));
    expect(movesOut(commune!.now) - movesOut(commune!.was)).toBe(1);
    expect(commune!.now.counts.MOVES_OUT_AWAITING_ARRIVAL - commune!.was.counts.MOVES_OUT_AWAITING_ARRIVAL).toBe(1);
    // The province holds both communes, and the person is in neither: moved out of it, for now.
    expect(movesOut(province!.now) - movesOut(province!.was)).toBe(1);
    expect(sumAges(province!.now.tables.POP_END) - sumAges(province!.was.tables.POP_END)).toBe(-1);
    expect(province!.now.counts.MOVES_OUT_AWAITING_ARRIVAL - province!.was.counts.MOVES_OUT_AWAITING_ARRIVAL).toBe(1);

    await recordAndVerify({ type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: {} });
    const arrived = await expectBalanced(columns);
    // Recorded: an internal move of the province, counted at the two communes only.
    expect(movesOut(arrived[2]!)).toBe(movesOut(before[2]!));
    expect(movesIn(arrived[2]!)).toBe(movesIn(before[2]!));
    expect(arrived[2]!.counts.MOVES_OUT_AWAITING_ARRIVAL).toBe(before[2]!.counts.MOVES_OUT_AWAITING_ARRIVAL);
    expect(sumAges(arrived[2]!.tables.POP_END)).toBe(sumAges(before[2]!.tables.POP_END));
    expect(movesIn(arrived[1]!) - movesIn(before[1]!)).toBe(1);
  });

  it("holds across provinces: both provinces together count the pending move as moved out", async () => {
    const p = await mover(`c.parent_id = ${provinceOfToday}`, ["31"]);
    const dest = await householdIn(`c.parent_id = ${provinceOfToday}`, ["22"]);
    const columns = await columnsFor(p.place, dest.place);
    expect(p.place.province).not.toBe(dest.place.province);
    const before = await expectBalanced(columns);

    await recordAndVerify({ type: "MOVE_OUT", occurredOn: TODAY, personId: p.id, payload: { destinationUnitCode: dest.place.code } });
    const pending = await expectBalanced(columns);
    expect(movesOut(pending[4]!) - movesOut(before[4]!)).toBe(1);
    expect(movesOut(pending[2]!) - movesOut(before[2]!)).toBe(1);
    expect(pending[2]!.counts.MOVES_OUT_OTHER_PROVINCE - before[2]!.counts.MOVES_OUT_OTHER_PROVINCE).toBe(1);
    expect(movesIn(pending[3]!)).toBe(movesIn(before[3]!));

    await recordAndVerify({ type: "MOVE_IN", occurredOn: TODAY, personId: p.id, householdId: dest.id, payload: {} });
    const arrived = await expectBalanced(columns);
    expect(movesOut(arrived[4]!)).toBe(movesOut(before[4]!));
    expect(movesIn(arrived[3]!) - movesIn(before[3]!)).toBe(1);
    expect(arrived[3]!.counts.MOVES_IN_OTHER_PROVINCE - before[3]!.counts.MOVES_IN_OTHER_PROVINCE).toBe(1);
  });
});

describe("across the reorganisation", () => {
  const unit = async (path: string) => (await t.pool.query<{ id: number }>("SELECT id FROM admin_unit WHERE path = $1", [path])).rows[0]!.id;
  const balanced = async (unitId: number, code: string) => {
    const period = parsePeriod(code);
    const columns = await unitColumns(t.db, unitId, period, true);
    const counts = await computeBaseCounts(t.db, columns, period);
    expect(Object.fromEntries(columns.map((c, i) => [c.unit.name, gap(counts[i]!)])), code).toEqual(Object.fromEntries(columns.map((c) => [c.unit.name, 0])));
    return { columns, counts };
  };

  for (const code of ["2025", "2025-Q3"]) {
    it(`holds for the new city and each of its communes over ${code} (re-aggregated)`, async () => {
      const { columns, counts } = await balanced(await unit("VN.T2025.31"), code);
      expect(columns[0]!.reaggregated).toBe(true);
      expect(columns.length).toBe(115); // the city and its 114 communes
      expect(sumAges(counts[0]!.tables.POP_END)).toBeGreaterThan(3000);
    });
  }

  it("holds for the old provinces and their districts over the second quarter of 2025", async () => {
    for (const path of ["VN.30", "VN.31"]) {
      const { columns } = await balanced(await unit(path), "2025-Q2");
      expect(columns[0]!.reaggregated).toBe(false);
      expect(columns.slice(1).every((c) => c.unit.level === 2)).toBe(true);
    }
  });

  it("starts the new city's 2025 where the two old provinces ended 2024, and its third quarter where they ended the second", async () => {
    const [city, hd, hp] = [await unit("VN.T2025.31"), await unit("VN.30"), await unit("VN.31")];
    const popStart = async (id: number, code: string) => sumAges((await computeBaseCounts(t.db, await unitColumns(t.db, id, parsePeriod(code), false), parsePeriod(code)))[0]!.tables.POP_START);
    const popEnd = async (id: number, code: string) => sumAges((await computeBaseCounts(t.db, await unitColumns(t.db, id, parsePeriod(code), false), parsePeriod(code)))[0]!.tables.POP_END);
    expect(await popStart(city, "2025")).toBe((await popEnd(hd, "2024")) + (await popEnd(hp, "2024")));
    expect(await popStart(city, "2025-Q3")).toBe((await popEnd(hd, "2025-Q2")) + (await popEnd(hp, "2025-Q2")));
  });
});

describe("register corrections", () => {
  it("names the people found living as a flow, so the equation holds where they were added", async () => {
    const h = await householdIn(`c.parent_id = ${provinceOfToday}`, ["22"]);
    const columns = await columnsFor(h.place, h.place);
    const before = await expectBalanced(columns);
    const person = { fullName: "Vũ Thị Lan", sex: "FEMALE", birthDate: "1992-04-05", ethnicity: "01", education: "UNIVERSITY", maritalStatus: "NEVER_MARRIED", relationToHead: "OTHER", residenceStatus: "PERMANENT" };
    await run((tx) => createPerson(tx, officer, { householdId: h.id, person, since: "2026-11-10" }, OPTIONS));
    const after = await expectBalanced(columns);
    expect(after[0]!.counts.REGISTER_CORRECTIONS - before[0]!.counts.REGISTER_CORRECTIONS).toBe(1);
    expect(sumAges(after[0]!.tables.POP_END) - sumAges(before[0]!.tables.POP_END)).toBe(1);
  });
});
