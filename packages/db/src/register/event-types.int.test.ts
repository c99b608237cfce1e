// Each type of slip line, recorded, submitted and verified, changes the register as the
// slip says: rows are asserted, and the invariants and the province's balance of flows
// and stocks hold afterwards.
import type { ChangeEventInput } from "@danso/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegisterError } from "./errors.js";
import { recordChangeEvent } from "./record-change-event.js";
import { submitChangeEvents } from "./submit-change-events.js";
import { balanceGap, communesUnder, invariantViolations, OPTIONS, registerFixture, stock, TODAY, type RegisterFixture } from "./testing-fixture.js";
import { verifyChangeEvent } from "./verify-change-event.js";

let f: RegisterFixture;
let province: number[];
const used: number[] = [];

beforeAll(async () => {
  f = await registerFixture();
  // The province of today (the new Hải Phòng): the register lives in its communes since 1 July 2025.
  province = await communesUnder(f.pool, f.province);
}, 300_000);
afterAll(() => f?.drop());

async function recordAndVerify(input: ChangeEventInput) {
  const recorded = await f.run((tx) => recordChangeEvent(tx, f.collaborator, input, OPTIONS));
  await f.run((tx) => submitChangeEvents(tx, f.collaborator, { ids: [recorded.event.id] }));
  const verified = await f.run((tx) => verifyChangeEvent(tx, f.officer, { id: recorded.event.id }, OPTIONS));
  return { ...verified, recordWarnings: recorded.warnings };
}

/** The first counted person of the province matching `where` (p = person, r = open spell) not used yet. */
async function pick(where: string, params: unknown[] = []): Promise<{ id: number; household_id: number; unit_id: number }> {
  const row = await f.one<{ id: number; household_id: number; unit_id: number }>(
    `SELECT p.id, r.household_id, r.unit_id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      WHERE r.unit_id = ANY($1) AND NOT (p.id = ANY($2)) AND ${where} ORDER BY p.id LIMIT 1`,
    [province, used, ...params],
  );
  if (!row) throw new Error(`nobody matches ${where}`);
  used.push(row.id);
  return row;
}
const person = (id: number) => f.one<Record<string, unknown>>("SELECT * FROM person WHERE id = $1", [id]);
const residents = (household: number) => f.count("SELECT count(*) AS n FROM residence WHERE household_id = $1 AND valid_to IS NULL", [household]);
const headsOf = async (household: number) =>
  (await f.pool.query("SELECT p.id FROM residence r JOIN person p ON p.id = r.person_id WHERE r.household_id = $1 AND r.valid_to IS NULL AND p.relation_to_head = 'HEAD'", [household])).rows.map((r) => r.id);
const unmarried = "p.marital_status = 'NEVER_MARRIED' AND NOT EXISTS (SELECT 1 FROM marriage m WHERE (m.husband_id = p.id OR m.wife_id = p.id) AND m.ended_on IS NULL)";

describe("DEATH", () => {
  it("closes the spell, widows the spouse and hands the household to them", async () => {
    const head = await pick(`p.relation_to_head = 'HEAD' AND EXISTS (SELECT 1 FROM marriage m JOIN residence w ON w.person_id = m.wife_id AND w.valid_to IS NULL
      WHERE m.husband_id = p.id AND m.ended_on IS NULL AND w.household_id = r.household_id)
      AND (SELECT count(*) FROM residence o WHERE o.household_id = r.household_id AND o.valid_to IS NULL) >= 3`);
    const wife = await f.one<{ id: number }>("SELECT wife_id AS id FROM marriage WHERE husband_id = $1 AND ended_on IS NULL", [head.id]);
    const { event } = await recordAndVerify({ type: "DEATH", occurredOn: TODAY, personId: head.id, payload: { cause: "Tai biến mạch máu não" } });
    expect(event.payload).toMatchObject({ cause: "Tai biến mạch máu não", ageAtDeath: expect.any(Number) });
    expect(await person(head.id)).toMatchObject({ death_date: new Date(`${TODAY}T00:00:00Z`) });
    expect(await f.one("SELECT valid_to, end_reason FROM residence WHERE person_id = $1 ORDER BY valid_from DESC LIMIT 1", [head.id])).toEqual({ valid_to: new Date(`${TODAY}T00:00:00Z`), end_reason: "DEATH" });
    expect(await f.one("SELECT end_reason FROM marriage WHERE husband_id = $1 ORDER BY married_on DESC LIMIT 1", [head.id])).toEqual({ end_reason: "DEATH" });
    expect(await person(wife.id)).toMatchObject({ marital_status: "WIDOWED", relation_to_head: "HEAD" });
    expect(await headsOf(head.household_id)).toEqual([wife.id]);
  });

  it("dissolves a household whose only resident dies", async () => {
    const alone = await pick("(SELECT count(*) FROM residence o WHERE o.household_id = r.household_id AND o.valid_to IS NULL) = 1");
    await recordAndVerify({ type: "DEATH", occurredOn: TODAY, personId: alone.id });
    expect(await f.one("SELECT status, dissolved_on FROM household WHERE id = $1", [alone.household_id])).toEqual({ status: "DISSOLVED", dissolved_on: new Date(`${TODAY}T00:00:00Z`) });
  });
});

describe("MARRIAGE and DIVORCE", () => {
  it("marries two persons of one commune, writes both lines, and the wife joins the husband's household", async () => {
    const wife = await pick(`p.sex = 'FEMALE' AND p.birth_date BETWEEN '1996-01-01' AND '2004-12-31' AND ${unmarried}`);
    const husband = await pick(`p.sex = 'MALE' AND p.birth_date BETWEEN '1990-01-01' AND '2002-12-31' AND ${unmarried} AND r.unit_id = $3 AND r.household_id <> $4`, [wife.unit_id, wife.household_id]);
    const before = await stock(f.pool, [wife.unit_id], TODAY);
    const { event, createdEventIds } = await recordAndVerify({
      type: "MARRIAGE", occurredOn: TODAY, personId: wife.id, payload: { spouseId: husband.id, counselled: true, householdChange: "WIFE_JOINS_HUSBAND" },
    });
    const marriage = await f.one<Record<string, unknown>>("SELECT * FROM marriage WHERE id = $1", [(event.payload as { marriageId: number }).marriageId]);
    expect(marriage).toMatchObject({ husband_id: husband.id, wife_id: wife.id, counselled: true, consanguineous: false, ended_on: null });
    expect(createdEventIds).toHaveLength(1); // the husband's line; no move inside one commune
    expect(await f.one("SELECT type, status, person_id, payload->>'spouseId' AS spouse FROM change_event WHERE id = $1", [createdEventIds[0]])).toEqual({
      type: "MARRIAGE", status: "VERIFIED", person_id: husband.id, spouse: String(wife.id),
    });
    expect(await person(wife.id)).toMatchObject({ marital_status: "MARRIED", household_id: husband.household_id });
    expect(["SPOUSE", "ADOPTED_OR_IN_LAW"]).toContain((await person(wife.id)).relation_to_head);
    expect(await person(husband.id)).toMatchObject({ marital_status: "MARRIED" });
    const spell = await f.one("SELECT household_id, start_reason FROM residence WHERE person_id = $1 AND valid_to IS NULL", [wife.id]);
    expect(spell).toEqual({ household_id: husband.household_id, start_reason: "HOUSEHOLD_CHANGE" });
    expect(await stock(f.pool, [wife.unit_id], TODAY)).toBe(before);

    // The husband's collaborator wrote his line too: it is the same marriage, refused.
    const { event: duplicate } = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "MARRIAGE", occurredOn: "2026-11-24", personId: husband.id, payload: { spouseId: wife.id } }, OPTIONS)).catch((e: RegisterError) => ({ event: e }));
    expect(duplicate).toBeInstanceOf(RegisterError);
    expect((duplicate as RegisterError).fieldErrors["payload.spouseId"]?.[0]).toMatch(/^Cuộc kết hôn này đã được ghi nhận/);

    const divorce = await recordAndVerify({ type: "DIVORCE", occurredOn: TODAY, personId: husband.id });
    expect(divorce.event.payload).toMatchObject({ spouseId: wife.id, marriageId: Number(marriage.id) });
    expect(await f.one("SELECT end_reason, ended_on FROM marriage WHERE id = $1", [marriage.id])).toEqual({ end_reason: "DIVORCE", ended_on: new Date(`${TODAY}T00:00:00Z`) });
    expect([(await person(wife.id)).marital_status, (await person(husband.id)).marital_status]).toEqual(["DIVORCED", "DIVORCED"]);
    expect(divorce.createdEventIds).toHaveLength(1);
  });

  it("warns about a child marriage and moves a bride from another commune with both move lines", async () => {
    const bride = await pick(`p.sex = 'FEMALE' AND p.birth_date BETWEEN '2008-12-01' AND '2010-11-01' AND ${unmarried} AND p.relation_to_head <> 'HEAD'`);
    const groom = await pick(`p.sex = 'MALE' AND p.birth_date BETWEEN '1995-01-01' AND '2004-12-31' AND ${unmarried} AND r.unit_id <> $3`, [bride.unit_id]);
    const { createdEventIds, recordWarnings } = await recordAndVerify({ type: "MARRIAGE", occurredOn: TODAY, personId: groom.id, payload: { spouseId: bride.id, householdChange: "WIFE_JOINS_HUSBAND" } });
    expect(recordWarnings.map((w) => [w.code, w.field])).toEqual([["CHILD_MARRIAGE", "payload.spouseId"]]);
    // The officer sees the warning on the verified line too.
    const line = await f.one<{ payload: { warnings: { code: string; vi: string }[] } }>("SELECT payload FROM change_event WHERE person_id = $1 AND type = 'MARRIAGE' AND payload ? 'requestHash'", [groom.id]);
    expect(line.payload.warnings).toEqual([expect.objectContaining({ code: "CHILD_MARRIAGE", vi: expect.stringMatching(/^Tảo hôn: .*\(1[67] tuổi\)$/) })]);
    const created = (await f.pool.query("SELECT type, unit_id, payload FROM change_event WHERE id = ANY($1) ORDER BY id", [createdEventIds])).rows;
    expect(created.map((e) => [e.type, e.unit_id])).toEqual([["MARRIAGE", bride.unit_id], ["MOVE_OUT", bride.unit_id], ["MOVE_IN", groom.unit_id]]);
    expect(created[1].payload).toMatchObject({ destinationUnitId: groom.unit_id });
    expect(created[2].payload).toMatchObject({ originUnitId: bride.unit_id });
    expect(await f.one("SELECT unit_id, start_reason, origin_unit_id FROM residence WHERE person_id = $1 AND valid_to IS NULL", [bride.id])).toEqual({
      unit_id: groom.unit_id, start_reason: "MOVE_IN", origin_unit_id: bride.unit_id,
    });
  });
});

describe("contraception, pregnancy and check-ups", () => {
  it("follows a woman's method from start through a change to a stop", async () => {
    const woman = await pick(`p.sex = 'FEMALE' AND p.birth_date BETWEEN '1985-01-01' AND '1998-12-31' AND p.marital_status = 'MARRIED'
      AND NOT EXISTS (SELECT 1 FROM contraceptive_spell c WHERE c.person_id = p.id) AND NOT EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id AND g.ended_on IS NULL)`);
    await recordAndVerify({ type: "CONTRACEPTION_START", occurredOn: "2026-11-01", personId: woman.id, payload: { method: "IUD" } });
    const change = await recordAndVerify({ type: "CONTRACEPTION_CHANGE", occurredOn: "2026-11-10", personId: woman.id, payload: { method: "PILL" } });
    expect(change.event.payload).toMatchObject({ fromMethod: "IUD", method: "PILL" });
    const stop = await recordAndVerify({ type: "CONTRACEPTION_STOP", occurredOn: TODAY, personId: woman.id });
    expect(stop.event.payload).toMatchObject({ method: "PILL" });
    const spells = (await f.pool.query("SELECT method, valid_from, valid_to FROM contraceptive_spell WHERE person_id = $1 ORDER BY valid_from", [woman.id])).rows;
    expect(spells.map((s) => [s.method, s.valid_from.toISOString().slice(0, 10), s.valid_to?.toISOString().slice(0, 10)])).toEqual([
      ["IUD", "2026-11-01", "2026-11-10"], ["PILL", "2026-11-10", TODAY],
    ]);
  });

  it("refuses contraception on a man's record", async () => {
    const man = await pick("p.sex = 'MALE' AND p.birth_date BETWEEN '1985-01-01' AND '1998-12-31'");
    const e = await f.run((tx) => recordChangeEvent(tx, f.collaborator, { type: "CONTRACEPTION_START", occurredOn: TODAY, personId: man.id, payload: { method: "MALE_STERILISATION" } }, OPTIONS)).catch((x) => x);
    expect(e).toBeInstanceOf(RegisterError);
    expect((e as RegisterError).fieldErrors.personId).toEqual(["Chỉ ghi cho phụ nữ (triệt sản nam ghi vào phiếu của người vợ)"]);
  });

  it("records a pregnancy, its screening and its end", async () => {
    const woman = await pick(`p.sex = 'FEMALE' AND p.birth_date BETWEEN '1990-01-01' AND '2000-12-31' AND NOT EXISTS (SELECT 1 FROM pregnancy g WHERE g.person_id = p.id AND g.ended_on IS NULL)`);
    const { event } = await recordAndVerify({ type: "PREGNANCY", occurredOn: "2026-10-01", personId: woman.id, payload: { expectedDelivery: "2027-04-20" } });
    const id = (event.payload as { pregnancyId: number }).pregnancyId;
    expect(await f.one("SELECT person_id, recorded_on, expected_delivery, ended_on FROM pregnancy WHERE id = $1", [id])).toEqual({
      person_id: woman.id, recorded_on: new Date("2026-10-01T00:00:00Z"), expected_delivery: new Date("2027-04-20T00:00:00Z"), ended_on: null,
    });
    const screening = await recordAndVerify({ type: "PRENATAL_SCREENING", occurredOn: "2026-11-10", personId: woman.id, payload: { result: "Nguy cơ thấp" } });
    expect(screening.event.payload).toMatchObject({ pregnancyId: id, result: "Nguy cơ thấp" });
    await recordAndVerify({ type: "PREGNANCY", occurredOn: TODAY, personId: woman.id, payload: { outcome: "MISCARRIAGE" } });
    expect(await f.one("SELECT ended_on, outcome FROM pregnancy WHERE id = $1", [id])).toEqual({ ended_on: new Date(`${TODAY}T00:00:00Z`), outcome: "MISCARRIAGE" });
  });

  it("records newborn screening for an infant and an elderly check-up for an elder", async () => {
    const baby = await pick("p.birth_date > '2026-06-01'");
    await recordAndVerify({ type: "NEWBORN_SCREENING", occurredOn: TODAY, personId: baby.id });
    const elder = await pick("p.birth_date < '1955-01-01'");
    const { event } = await recordAndVerify({ type: "ELDERLY_CHECKUP", occurredOn: TODAY, personId: elder.id, payload: { note: "Huyết áp cao" } });
    expect(event).toMatchObject({ status: "VERIFIED", personId: elder.id, unitId: elder.unit_id });
  });
});

describe("EDUCATION_CHANGE", () => {
  it("raises the level and keeps the previous one on the line", async () => {
    const pupil = await pick("p.education = 'PRIMARY' AND p.birth_date BETWEEN '2010-01-01' AND '2012-12-31'");
    const { event } = await recordAndVerify({ type: "EDUCATION_CHANGE", occurredOn: TODAY, personId: pupil.id, payload: { to: "LOWER_SECONDARY" } });
    expect(event.payload).toMatchObject({ from: "PRIMARY", to: "LOWER_SECONDARY" });
    expect(await person(pupil.id)).toMatchObject({ education: "LOWER_SECONDARY", version: 2, updated_by_id: f.officer });
  });
});

describe("HOUSEHOLD_SPLIT and HOUSEHOLD_MERGE", () => {
  it("splits a couple off into a new household of the same area, without changing the commune's count", async () => {
    const son = await pick(`p.relation_to_head = 'CHILD' AND p.sex = 'MALE' AND p.marital_status = 'MARRIED' AND EXISTS (
      SELECT 1 FROM marriage m JOIN residence w ON w.person_id = m.wife_id AND w.valid_to IS NULL WHERE m.husband_id = p.id AND m.ended_on IS NULL AND w.household_id = r.household_id)`);
    const wife = await f.one<{ id: number }>("SELECT wife_id AS id FROM marriage WHERE husband_id = $1 AND ended_on IS NULL", [son.id]);
    const [before, left] = [await stock(f.pool, [son.unit_id], TODAY), await residents(son.household_id)];
    const { event } = await recordAndVerify({ type: "HOUSEHOLD_SPLIT", occurredOn: TODAY, personId: son.id, payload: { memberIds: [wife.id], address: "Số 8, ngõ 3" } });
    const created = await f.one<Record<string, unknown>>("SELECT * FROM household WHERE id = $1", [event.householdId]);
    const old = await f.one<{ area_id: number }>("SELECT area_id FROM household WHERE id = $1", [son.household_id]);
    expect(created).toMatchObject({ area_id: old.area_id, unit_id: son.unit_id, address: "Số 8, ngõ 3", status: "ACTIVE" });
    expect(event.payload).toMatchObject({ fromHouseholdId: son.household_id, newHouseholdId: created.id, newHouseholdCode: created.code });
    expect(await headsOf(created.id as number)).toEqual([son.id]);
    expect(await person(wife.id)).toMatchObject({ relation_to_head: "SPOUSE", household_id: created.id });
    expect(await residents(son.household_id)).toBe(left - 2);
    expect(await headsOf(son.household_id)).toHaveLength(1);
    expect(await f.one("SELECT start_reason FROM residence WHERE person_id = $1 AND valid_to IS NULL", [son.id])).toEqual({ start_reason: "HOUSEHOLD_CHANGE" });
    expect(await stock(f.pool, [son.unit_id], TODAY)).toBe(before);
  });

  it("merges a whole household into another of the commune and dissolves it", async () => {
    const target = await pick("p.relation_to_head = 'HEAD' AND (SELECT count(*) FROM residence o WHERE o.household_id = r.household_id AND o.valid_to IS NULL) >= 2");
    const other = await pick("p.relation_to_head = 'HEAD' AND r.unit_id = $3 AND r.household_id <> $4", [target.unit_id, target.household_id]);
    const [moving, before] = [await residents(other.household_id), await residents(target.household_id)];
    const { event } = await recordAndVerify({ type: "HOUSEHOLD_MERGE", occurredOn: TODAY, householdId: target.household_id, payload: { fromHouseholdId: other.household_id } });
    expect((event.payload as { memberIds: number[] }).memberIds).toHaveLength(moving);
    expect(await residents(target.household_id)).toBe(before + moving);
    expect(await headsOf(target.household_id)).toEqual([target.id]);
    expect(await f.one("SELECT status FROM household WHERE id = $1", [other.household_id])).toEqual({ status: "DISSOLVED" });
    expect((await person(other.id)).relation_to_head).not.toBe("HEAD");
  });
});

describe("the register afterwards", () => {
  it("keeps every invariant, and the province's flows agree with its stocks", async () => {
    expect(Object.entries(await invariantViolations(f.pool)).filter(([, n]) => n > 0)).toEqual([]);
    expect(await balanceGap(f.pool, province, "2025-12-31", TODAY)).toBe(0);
  });
});
