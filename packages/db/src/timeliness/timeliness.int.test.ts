// Which communes recorded and verified a month's changes on time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePeriod } from "@danso/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { communeTimeliness } from "./timeliness.js";

let t: TestDatabase;
let ward: { id: number; path: string };
let neighbour: { id: number };
beforeAll(async () => {
  t = await createTestDatabase();
  ward = (await t.pool.query(`SELECT id, path FROM admin_unit WHERE code = '10507'`)).rows[0]; // Phường Cẩm Thượng
  neighbour = (await t.pool.query(`SELECT id FROM admin_unit WHERE code = '10510'`)).rows[0]; // Phường Bình Hàn, same city
  // March 2026, deadlines 5 and 10 April (Vietnam time).
  const line = (unit: number, status: string, recorded: string, verified: string | null) =>
    t.pool.query(`INSERT INTO change_event (type, status, occurred_on, unit_id, recorded_at, verified_at)
                  VALUES ('BIRTH', $2::change_event_status, '2026-03-14', $1, $3::timestamptz, $4::timestamptz)`, [unit, status, recorded, verified]);
  await line(ward.id, "VERIFIED", "2026-04-02T09:00:00+07:00", "2026-04-08T10:00:00+07:00");
  await line(ward.id, "VERIFIED", "2026-04-05T23:30:00+07:00", "2026-04-10T16:00:00+07:00"); // last minutes of both deadlines
  await line(neighbour.id, "VERIFIED", "2026-04-06T00:10:00+07:00", "2026-04-09T10:00:00+07:00"); // recorded ten minutes late
  await line(neighbour.id, "SUBMITTED", "2026-04-03T08:00:00+07:00", null);
});
afterAll(() => t?.drop());

describe("communeTimeliness", () => {
  it("marks a commune on time when every line met both deadlines, and late for one late line", async () => {
    const city = (await t.pool.query(`SELECT path FROM admin_unit WHERE code = '288'`)).rows[0].path;
    const r = await communeTimeliness(t.db, city, parsePeriod("2026-M03"), "2026-05-01");
    expect(r.deadlines).toEqual({ recordBy: "2026-04-05", verifyBy: "2026-04-10" });
    const byCode = new Map(r.communes.map((c) => [c.code, c]));
    expect(byCode.get("10507")).toMatchObject({ total: 2, recordedLate: 0, verifiedLate: 0, pending: 0, status: "ON_TIME" });
    expect(byCode.get("10510")).toMatchObject({ total: 2, recordedLate: 1, pending: 1, status: "LATE" });
    // Every commune of the city is listed, those without changes too.
    expect(r.communes.length).toBe(Number((await t.pool.query(`SELECT count(*) FROM admin_unit WHERE parent_id = (SELECT id FROM admin_unit WHERE code = '288')`)).rows[0].count));
    expect(byCode.get("10513")?.status).toBe("NO_CHANGES");
  });

  it("shows lines still waiting before the deadline as in progress", async () => {
    await t.pool.query(`UPDATE change_event SET recorded_at = '2026-04-04T08:00:00+07:00' WHERE unit_id = $1 AND status = 'VERIFIED'`, [neighbour.id]);
    const r = await communeTimeliness(t.db, ward.path.split(".").slice(0, 3).join("."), parsePeriod("2026-M03"), "2026-04-07");
    expect(r.communes.find((c) => c.code === "10510")?.status).toBe("IN_PROGRESS");
  });
});
