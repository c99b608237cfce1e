// The workspace home over HTTP on the fixture register: the key figures are the register's
// own (the population today equals the persons living there, births the verified births),
// a verified birth moves them at once (the counts cache is forgotten on every change), and so
// does one verified late, dated in a closed month (kept in the database: stale then), the
// work waiting follows the viewer's tasks, the units below add up to their parent, and a
// unit outside the viewer's scope is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addYears, periodContaining, previousPeriod, todayInVietnam } from "@danso/domain";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";
import { key, RECORD, stock, SUBMIT, VERIFY } from "../testing/workflow.js";
import { warmWorkspaces } from "./warm-workspaces.js";

let f: Fixture;
// The API answers for the real today (the fixture was generated up to its own TODAY, before).
const today = todayInVietnam();
const yearAgo = addYears(today, -1);
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

const WORKSPACE = `query ($u: String) { workspace(unitCode: $u) {
  unit { code level } asOf
  month { kind from to previousFrom previousTo figures { indicator { code } value previous } }
  year { kind from to figures { indicator { code } value previous } }
  work { changesToVerify reportsToApprove reportsToPublish lateMonth lateCommunes }
  subunits { unit { code } population births } } }`;

interface Figure { indicator: { code: string }; value: number | null; previous: number | null }
interface Home { workspace: { unit: { code: string; level: number }; asOf: string;
  month: { kind: string; from: string; to: string; previousFrom: string; previousTo: string; figures: Figure[] };
  year: { kind: string; from: string; to: string; figures: Figure[] };
  work: { changesToVerify: number | null; reportsToApprove: number | null; reportsToPublish: number | null; lateMonth: string | null; lateCommunes: number | null };
  subunits: { unit: { code: string }; population: number | null; births: number | null }[] } }

async function home(login: string, unit?: string) {
  return (await f.api.as(login)).query<Home>(WORKSPACE, { u: unit });
}
const figure = (figures: Figure[], code: string) => figures.find((x) => x.indicator.code === code)!;

async function verifiedBirthsThisYear(unit: string): Promise<number> {
  const { rows } = await f.t.pool.query(`SELECT count(*)::int AS n FROM change_event e JOIN admin_unit u ON u.id = e.unit_id
    WHERE e.type = 'BIRTH' AND e.status = 'VERIFIED' AND e.occurred_on BETWEEN $2::date AND $3::date AND u.code = $1 AND u.valid_to IS NULL`,
    [unit, `${today.slice(0, 4)}-01-01`, today]);
  return rows[0].n;
}

describe("the commune officer's home", () => {
  it("shows the commune's figures so far against the same days a year before, and moves with a verified birth", async () => {
    const r = await home("xa");
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const w = r.data!.workspace;
    expect(w.unit.code).toBe(f.units.commune);
    expect(w.asOf).toBe(today);
    expect(w.month).toMatchObject({ kind: "MONTH", from: `${today.slice(0, 7)}-01`, to: today, previousFrom: `${yearAgo.slice(0, 7)}-01`, previousTo: yearAgo });
    expect(w.year).toMatchObject({ kind: "YEAR", from: `${today.slice(0, 4)}-01-01`, to: today });
    const xa = await f.api.as("xa");
    expect(figure(w.year.figures, "POP_END").value).toBe(await stock(xa, f.units.commune));
    expect(figure(w.year.figures, "POP_END").previous).toBe(await stock(xa, f.units.commune, yearAgo));
    expect(figure(w.year.figures, "BIRTHS").value).toBe(await verifiedBirthsThisYear(f.units.commune));
    expect(w.work.reportsToApprove).toBeNull(); // not a commune officer's task
    expect(w.work.lateCommunes).toBeNull(); // a commune has no communes below
    expect(w.subunits).toEqual([]);

    const ctv = await f.api.as("ctv");
    const mother = (await f.t.pool.query(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN household h ON h.id = r.household_id WHERE h.area_id = (SELECT area_id FROM app_user WHERE login = 'ctv')
       AND p.sex = 'FEMALE' AND p.birth_date BETWEEN '1986-01-01' AND '2004-01-01' ORDER BY p.id LIMIT 1`)).rows[0];
    const recorded = await ctv.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, {
      input: { type: "BIRTH", occurredOn: today, idempotencyKey: key(), payload: { motherId: mother.id, fullName: "Lê Minh Khang", sex: "MALE" } } });
    const id = recorded.data!.recordChangeEvent.changeEvent.id;
    await ctv.query(SUBMIT, { ids: [id] });
    const waiting = (await home("xa")).data!.workspace;
    expect(waiting.work.changesToVerify).toBe(w.work.changesToVerify! + 1);

    expect((await xa.query(VERIFY, { id })).errors).toBeUndefined();
    const after = (await home("xa")).data!.workspace;
    expect(after.work.changesToVerify).toBe(w.work.changesToVerify);
    expect(figure(after.month.figures, "BIRTHS").value).toBe(figure(w.month.figures, "BIRTHS").value! + 1);
    expect(figure(after.year.figures, "POP_END").value).toBe(figure(w.year.figures, "POP_END").value! + 1);
  });

  it("counts a birth verified late, dated in a closed month of the year, on the next view", async () => {
    // The closed months of the year so far are kept in the database: the late birth must make them stale.
    const monthStart = `${today.slice(0, 7)}-01`;
    const bornOn = today.slice(5, 7) === "01" ? today : addDays(monthStart, -10);
    const before = (await home("xa")).data!.workspace;
    const mother = (await f.t.pool.query(`SELECT p.id FROM person p JOIN residence r ON r.person_id = p.id AND r.valid_to IS NULL
      JOIN household h ON h.id = r.household_id WHERE h.area_id = (SELECT area_id FROM app_user WHERE login = 'ctv')
       AND p.sex = 'FEMALE' AND p.birth_date BETWEEN '1986-01-01' AND '2004-01-01'
       AND NOT EXISTS (SELECT 1 FROM person c WHERE c.mother_id = p.id AND c.birth_date > $1::date - 730) ORDER BY p.id LIMIT 1`, [today])).rows[0];
    const ctv = await f.api.as("ctv");
    const recorded = await ctv.query<{ recordChangeEvent: { changeEvent: { id: string } } }>(RECORD, {
      input: { type: "BIRTH", occurredOn: bornOn, idempotencyKey: key(), payload: { motherId: mother.id, fullName: "Trần Bảo Ngọc", sex: "FEMALE" } } });
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    const id = recorded.data!.recordChangeEvent.changeEvent.id;
    await ctv.query(SUBMIT, { ids: [id] });
    expect((await (await f.api.as("xa")).query(VERIFY, { id })).errors).toBeUndefined();
    const after = (await home("xa")).data!.workspace;
    expect(figure(after.year.figures, "BIRTHS").value).toBe(figure(before.year.figures, "BIRTHS").value! + 1);
    expect(figure(after.year.figures, "BIRTHS").value).toBe(await verifiedBirthsThisYear(f.units.commune));
    expect(figure(after.year.figures, "POP_END").value).toBe(figure(before.year.figures, "POP_END").value! + 1);
    expect(figure(after.year.figures, "BIRTHS").previous).toBe(figure(before.year.figures, "BIRTHS").previous);
    if (bornOn < monthStart) expect(figure(after.month.figures, "BIRTHS").value).toBe(figure(before.month.figures, "BIRTHS").value);
  });
});

describe("drilling down", () => {
  it("lists the province's communes, adding up to the province, and opens any of them", async () => {
    const w = (await home("tinh")).data!.workspace;
    expect(w.unit).toMatchObject({ code: f.units.province, level: 1 });
    expect(w.subunits.length).toBeGreaterThan(10);
    const sum = w.subunits.reduce((s, u) => s + (u.population ?? 0), 0);
    expect(sum).toBe(figure(w.year.figures, "POP_END").value);
    expect(w.work.lateMonth).toBe(previousPeriod(periodContaining(today, "MONTH")).code);
    expect(w.work.lateCommunes).toBeGreaterThanOrEqual(0);
    expect(w.work.changesToVerify).toBeNull(); // the commune verifies, not the province
    const commune = await home("tinh", f.units.neighbour);
    expect(commune.errors).toBeUndefined();
    expect(commune.data!.workspace.unit.code).toBe(f.units.neighbour);
  });

  it("shows an abolished district as it stood on its last day", async () => {
    const w = (await home("huyen")).data!.workspace;
    expect(w.unit.code).toBe(f.units.district);
    expect(w.asOf).toBe("2025-06-30");
    expect(w.month).toMatchObject({ from: "2025-06-01", to: "2025-06-30", previousTo: "2024-06-30" });
  });

  it("refuses a unit outside the viewer's scope, and those who read no statistics", async () => {
    const other = await home("tinh", f.units.otherProvince);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(other.data).toBeNull();
    expect((await home("xa", f.units.neighbour)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await home("ctv")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const approver = (await home("pheduyet")).data!.workspace;
    expect(approver.work.reportsToApprove).toBe(0);
    expect(approver.work.reportsToPublish).toBeNull();
  });
});

describe("warming in the background", () => {
  it("counts today's homes of the units above the commune that an officer opens on, so their first opening reads kept counts", async () => {
    await f.t.pool.query("DELETE FROM kept_counts");
    const warmed = await warmWorkspaces(f.t.db, today);
    expect(warmed).toContain(f.units.province);
    const kept = await f.t.pool.query(`SELECT count(*)::int AS n FROM kept_counts WHERE period_end = $1::date`, [today]);
    expect(kept.rows[0].n).toBeGreaterThan(0);
    expect((await home("tinh")).errors).toBeUndefined();
  });
});
