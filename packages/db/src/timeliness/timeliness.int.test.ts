// Which communes recorded and verified a month's changes on time, on the tree of the month:
// the districts and communes before 1 July 2025, the provinces and communes since.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePeriod } from "@danso/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { communeTimeliness } from "./timeliness.js";

let t: TestDatabase;
interface Unit { id: number; path: string }
/** The unit bearing a code on a date (codes repeat across trees). */
const unitOn = async (code: string, date: string): Promise<Unit> =>
  (await t.pool.query(`SELECT id, path FROM admin_unit WHERE code = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)`, [code, date])).rows[0];
const childCount = async (path: string, date: string) => Number((await t.pool.query(
  `SELECT count(*) FROM admin_unit WHERE level = 3 AND path LIKE $1 || '.%' AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)`, [path, date])).rows[0].count);

// One month per tree, the same lines: deadlines on the 5th and the 10th of the next month (Vietnam time).
const line = (unit: number, status: string, occurred: string, recorded: string, verified: string | null) =>
  t.pool.query(`INSERT INTO change_event (type, status, occurred_on, unit_id, recorded_at, verified_at)
                VALUES ('BIRTH', $2::change_event_status, $3::date, $1, $4::timestamptz, $5::timestamptz)`, [unit, status, occurred, recorded, verified]);
async function lines(year: number, ward: Unit, neighbour: Unit) {
  await line(ward.id, "VERIFIED", `${year}-03-14`, `${year}-04-02T09:00:00+07:00`, `${year}-04-08T10:00:00+07:00`);
  await line(ward.id, "VERIFIED", `${year}-03-14`, `${year}-04-05T23:30:00+07:00`, `${year}-04-10T16:00:00+07:00`); // last minutes of both deadlines
  await line(neighbour.id, "VERIFIED", `${year}-03-14`, `${year}-04-06T00:10:00+07:00`, `${year}-04-09T10:00:00+07:00`); // recorded ten minutes late
  await line(neighbour.id, "SUBMITTED", `${year}-03-14`, `${year}-04-03T08:00:00+07:00`, null);
}

let old: { ward: Unit; neighbour: Unit; city: Unit };
let now: { ward: Unit; neighbour: Unit; province: Unit };
beforeAll(async () => {
  t = await createTestDatabase();
  // March 2025: Phường Cẩm Thượng and Phường Bình Hàn, two wards of the city of Hải Dương (district 288).
  old = { ward: await unitOn("10507", "2025-03-31"), neighbour: await unitOn("10510", "2025-03-31"), city: await unitOn("288", "2025-03-31") };
  // March 2026: Phường Thành Đông (10507 again, which took in both) and Phường Chí Linh, of the new Hải Phòng city.
  now = { ward: await unitOn("10507", "2026-03-31"), neighbour: await unitOn("10546", "2026-03-31"), province: await unitOn("31", "2026-03-31") };
  expect(now.ward.path).toBe("VN.T2025.31.10507");
  await lines(2025, old.ward, old.neighbour);
  await lines(2026, now.ward, now.neighbour);
});
afterAll(() => t?.drop());

describe("communeTimeliness", () => {
  it("marks a commune on time when every line met both deadlines, and late for one late line", async () => {
    const r = await communeTimeliness(t.db, old.city.path, parsePeriod("2025-M03"), "2025-05-01");
    expect(r.deadlines).toEqual({ recordBy: "2025-04-05", verifyBy: "2025-04-10" });
    const byCode = new Map(r.communes.map((c) => [c.code, c]));
    expect(byCode.get("10507")).toMatchObject({ unitId: old.ward.id, name: "Phường Cẩm Thượng", districtName: "Thành phố Hải Dương", total: 2, recordedLate: 0, verifiedLate: 0, pending: 0, status: "ON_TIME" });
    expect(byCode.get("10510")).toMatchObject({ unitId: old.neighbour.id, total: 2, recordedLate: 1, pending: 1, status: "LATE" });
    // Every commune of the city is listed, those without changes too; none of 2026's lines.
    expect(r.communes.length).toBe(await childCount(old.city.path, "2025-03-31"));
    expect(byCode.get("10513")?.status).toBe("NO_CHANGES");
    expect(r.communes.reduce((s, c) => s + c.total, 0)).toBe(4);
  });

  it("shows lines still waiting before the deadline as in progress", async () => {
    await t.pool.query(`UPDATE change_event SET recorded_at = '2025-04-04T08:00:00+07:00' WHERE unit_id = $1 AND status = 'VERIFIED'`, [old.neighbour.id]);
    const r = await communeTimeliness(t.db, old.ward.path.split(".").slice(0, 3).join("."), parsePeriod("2025-M03"), "2025-04-07");
    expect(r.communes.find((c) => c.code === "10510")?.status).toBe("IN_PROGRESS");
  });

  it("lists a month after the reorganisation on the new tree: the communes of the province, no districts", async () => {
    const r = await communeTimeliness(t.db, now.province.path, parsePeriod("2026-M03"), "2026-05-01");
    expect(r.deadlines).toEqual({ recordBy: "2026-04-05", verifyBy: "2026-04-10" });
    const byCode = new Map(r.communes.map((c) => [c.code, c]));
    expect(byCode.get("10507")).toMatchObject({ unitId: now.ward.id, name: "Phường Thành Đông", districtName: null, total: 2, recordedLate: 0, verifiedLate: 0, pending: 0, status: "ON_TIME" });
    expect(byCode.get("10546")).toMatchObject({ unitId: now.neighbour.id, total: 2, recordedLate: 1, pending: 1, status: "LATE" });
    expect(r.communes.length).toBe(114); // the new Hải Phòng's 114 communes, wards and special zones
    expect(r.communes.every((c) => c.districtName === null)).toBe(true);
    expect(r.communes.filter((c) => c.status === "NO_CHANGES")).toHaveLength(112);
    // The abolished city of Hải Dương has no commune in 2026.
    expect((await communeTimeliness(t.db, old.city.path, parsePeriod("2026-M03"), "2026-05-01")).communes).toEqual([]);
  });
});
