// The generated register in PostgreSQL keeps the invariants every report relies on.
// Two provinces (Hải Dương and Hải Phòng) at 3 % of their size: about 120,000 persons,
// generated on the tree before 1 July 2025 and re-addressed that day into the new Hải Phòng.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REORGANISATION_2025 } from "../reference/trees.js";
import { REORGANISATION_INVARIANTS } from "../register/testing-fixture.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { seedPopulation, type SeedResult } from "./seed.js";

const TODAY = "2026-11-25";
let t: TestDatabase;
let result: SeedResult;

const one = async <T = Record<string, unknown>>(pool: pg.Pool, sql: string, params: unknown[] = []) =>
  (await pool.query(sql, params)).rows[0] as T;
const count = async (pool: pg.Pool, sql: string, params: unknown[] = []) => Number((await one<{ n: string }>(pool, sql, params)).n);

beforeAll(async () => {
  t = await createTestDatabase();
  result = await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.03, seed: 11, today: TODAY }, () => {});
}, 300_000);
afterAll(() => t?.drop());

describe("generated register", () => {
  it("loads persons, households and their history", async () => {
    expect(await count(t.pool, "SELECT count(*) AS n FROM person")).toBe(result.persons);
    expect(result.summary.personsToday).toBeGreaterThan(100_000);
    for (const type of ["BIRTH", "DEATH", "MOVE_IN", "MOVE_OUT", "MARRIAGE", "DIVORCE", "CONTRACEPTION_START", "CONTRACEPTION_STOP", "PREGNANCY", "EDUCATION_CHANGE"]) {
      expect(await count(t.pool, "SELECT count(*) AS n FROM change_event WHERE type = $1::change_event_type AND status = 'VERIFIED'", [type]), type).toBeGreaterThan(0);
    }
    expect(await count(t.pool, "SELECT count(*) AS n FROM change_event WHERE occurred_on < '2021-01-01'")).toBe(0);
  });

  it("gives every person alive today exactly one open residence spell, and the dead none", async () => {
    expect(await count(t.pool, `SELECT count(*) AS n FROM person p
      WHERE (SELECT count(*) FROM residence r WHERE r.person_id = p.id AND r.valid_to IS NULL) <> CASE WHEN p.death_date IS NULL THEN 1 ELSE 0 END`)).toBe(0);
    // A death closes the spell on the day of death.
    expect(await count(t.pool, `SELECT count(*) AS n FROM person p JOIN residence r ON r.person_id = p.id
      WHERE p.death_date IS NOT NULL AND r.end_reason = 'DEATH' AND r.valid_to <> p.death_date`)).toBe(0);
  });

  it("chains each person's spells without gaps or overlaps, each starting after birth", async () => {
    expect(await count(t.pool, `SELECT count(*) AS n FROM (
        SELECT valid_from, lag(valid_to) OVER (PARTITION BY person_id ORDER BY valid_from, id) AS prev_to,
               lag(id) OVER (PARTITION BY person_id ORDER BY valid_from, id) AS prev FROM residence) s
      WHERE prev IS NOT NULL AND prev_to IS DISTINCT FROM valid_from`)).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM residence WHERE valid_from < birth_date OR valid_to < valid_from")).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM residence r JOIN person p ON p.id = r.person_id WHERE r.sex <> p.sex OR r.birth_date <> p.birth_date")).toBe(0);
  });

  it("gives every household with residents exactly one head among them", async () => {
    expect(await count(t.pool, `SELECT count(*) AS n FROM household h
      WHERE h.status = 'ACTIVE' AND (SELECT count(*) FROM residence r JOIN person p ON p.id = r.person_id
              WHERE r.household_id = h.id AND r.valid_to IS NULL AND p.relation_to_head = 'HEAD') <> 1`)).toBe(0);
    expect(await count(t.pool, `SELECT count(*) AS n FROM household h
      WHERE (h.status = 'ACTIVE') <> EXISTS (SELECT 1 FROM residence r WHERE r.household_id = h.id AND r.valid_to IS NULL)`)).toBe(0);
  });

  it("has no mother under 15 or over 49 at a birth", async () => {
    const births = await count(t.pool, "SELECT count(*) AS n FROM change_event WHERE type = 'BIRTH'");
    expect(births).toBeGreaterThan(5000);
    expect(await count(t.pool, `SELECT count(*) AS n FROM change_event e JOIN person c ON c.id = e.person_id JOIN person m ON m.id = c.mother_id
      WHERE e.type = 'BIRTH' AND (age(c.birth_date, m.birth_date) < interval '15 years' OR age(c.birth_date, m.birth_date) >= interval '50 years')`)).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM change_event e JOIN person c ON c.id = e.person_id WHERE e.type = 'BIRTH' AND c.mother_id IS NULL")).toBe(0);
  });

  it("dates no event after today or before its person's birth", async () => {
    expect(await count(t.pool, "SELECT count(*) AS n FROM change_event WHERE occurred_on > $1::date", [TODAY])).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM change_event e JOIN person p ON p.id = e.person_id WHERE e.occurred_on < p.birth_date")).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM change_event e JOIN person p ON p.id = e.person_id WHERE e.occurred_on > p.death_date")).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM change_event WHERE recorded_at < occurred_on OR verified_at < recorded_at")).toBe(0);
  });

  // stock(before) + births − deaths + moves in − moves out = stock(after) for a set of
  // communes, with flows from the verified events of (before, after] and stocks from spells.
  const balance = async (units: number[], before: string, after: string) => {
    const stock = (d: string) => count(t.pool, `SELECT count(*) AS n FROM residence WHERE unit_id = ANY($1)
      AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)`, [units, d]);
    const flow = (type: string, otherEnd?: string) => count(t.pool, `SELECT count(*) AS n FROM change_event
      WHERE type = $2::change_event_type AND status = 'VERIFIED' AND unit_id = ANY($1)
        AND occurred_on > $3::date AND occurred_on <= $4::date
        ${otherEnd ? `AND NOT COALESCE((payload->>'${otherEnd}')::int = ANY($1), false)` : ""}`, [units, type, before, after]);
    const [start, end, births, deaths, movesIn, movesOut] = await Promise.all([
      stock(before), stock(after), flow("BIRTH"), flow("DEATH"), flow("MOVE_IN", "originUnitId"), flow("MOVE_OUT", "destinationUnitId"),
    ]);
    return { start, end, births, deaths, movesIn, movesOut, gap: start + births - deaths + movesIn - movesOut - end };
  };
  const communesOf = async (pathLike: string) =>
    (await one<{ ids: number[] }>(t.pool, "SELECT array_agg(id) AS ids FROM admin_unit WHERE level = 3 AND path LIKE $1", [pathLike])).ids;
  const largest = async (units: number[], on: string) => (await one<{ id: number }>(t.pool, `SELECT unit_id AS id FROM residence
    WHERE unit_id = ANY($1) AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date) GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [units, on])).id;

  it("balances for a province and for a commune on each tree: stock + births − deaths + moves in − moves out", async () => {
    // Until 30 June 2025 the old tree (Hải Dương, its communes); since 1 July the new one
    // (the new Hải Phòng city and its communes), where everything of the day on was moved.
    const hdOld = await communesOf("VN.30.%"), hpNew = await communesOf("VN.T2025.31.%");
    // A year on each tree for a commune, so that it has every kind of flow.
    const halves: [number[], string, string][] = [
      [hdOld, "2024-12-31", "2025-06-30"], [hdOld, "2024-06-30", "2025-06-30"], [[await largest(hdOld, "2025-06-30")], "2024-06-30", "2025-06-30"],
      [hpNew, "2025-07-01", "2025-12-31"], [hpNew, "2025-12-31", TODAY], [[await largest(hpNew, TODAY)], "2025-07-01", TODAY],
    ];
    for (const [units, before, after] of halves) {
      const b = await balance(units, before, after);
      expect(b.births * b.deaths * b.movesIn * b.movesOut, `flows for ${units.length} units, ${before}–${after}`).toBeGreaterThan(0);
      expect(b.gap, `${units.length} units, ${before}–${after}`).toBe(0);
    }
    // Old units hold nobody after the reorganisation, new ones nobody before it.
    expect((await balance(hdOld, "2025-06-30", "2025-07-01")).end).toBe(0);
    expect((await balance(hpNew, "2025-06-30", "2025-07-01")).start).toBe(0);
  });

  it("loses and adds nobody in the reorganisation: its spell ends and starts are no flow", async () => {
    // Hải Dương and Hải Phòng became the new Hải Phòng: over 2025, both trees' communes
    // together balance with the births, deaths and moves only.
    const both = [...(await communesOf("VN.30.%")), ...(await communesOf("VN.31.%")), ...(await communesOf("VN.T2025.31.%"))];
    const year = await balance(both, "2024-12-31", "2025-12-31");
    expect(year.gap).toBe(0);
    // On the day itself: everybody counted in the two old provinces on 30 June is counted in
    // the new city on 1 July, but for the day's own events (recorded in the new units).
    const old = await balance([...(await communesOf("VN.30.%")), ...(await communesOf("VN.31.%"))], "2025-06-30", "2025-06-30");
    const day = await balance(await communesOf("VN.T2025.31.%"), "2025-06-30", "2025-07-01");
    expect(day.end).toBe(old.start + day.births - day.deaths + day.movesIn - day.movesOut);
    expect(day.end).toBeGreaterThan(100_000);
    expect(await count(t.pool, "SELECT count(*) AS n FROM residence WHERE end_reason = 'REORGANISATION'"))
      .toBe(await count(t.pool, "SELECT count(*) AS n FROM residence WHERE start_reason = 'REORGANISATION'"));
  });

  it("leaves the spells, events and households as the re-addressing makes them", async () => {
    const violations: Record<string, number> = {};
    for (const [name, sql] of Object.entries(REORGANISATION_INVARIANTS)) violations[name] = await count(t.pool, sql);
    expect(Object.entries(violations).filter(([, n]) => n > 0)).toEqual([]);
    // Each household set up before the day (in an old commune) has its one successor.
    expect(await count(t.pool, `SELECT count(*) AS n FROM household h WHERE h.established_on < $1::date
      AND (SELECT count(*) FROM household_readdress x WHERE x.household_id = h.id) <> 1`, [REORGANISATION_2025])).toBe(0);
    expect(await count(t.pool, "SELECT count(*) AS n FROM household_readdress")).toBeGreaterThan(20_000);
  });

  it("gives 2021–2025 births a TFR about 2.0 and a sex ratio about 112", async () => {
    const { tfr } = await one<{ tfr: number }>(t.pool, `
      WITH years AS (SELECT make_date(y, 7, 1) AS mid FROM generate_series(2021, 2025) y),
      women AS (
        SELECT (extract(year FROM age(mid, r.birth_date))::int - 15) / 5 AS g, count(*) AS n
          FROM years JOIN residence r ON r.valid_from <= mid AND (r.valid_to IS NULL OR r.valid_to > mid)
         WHERE r.sex = 'FEMALE' AND age(mid, r.birth_date) >= interval '15 years' AND age(mid, r.birth_date) < interval '50 years'
         GROUP BY 1),
      births AS (
        SELECT (extract(year FROM age(e.occurred_on, m.birth_date))::int - 15) / 5 AS g, count(*) AS n
          FROM change_event e JOIN person c ON c.id = e.person_id JOIN person m ON m.id = c.mother_id
         WHERE e.type = 'BIRTH' AND e.occurred_on BETWEEN '2021-01-01' AND '2025-12-31' GROUP BY 1)
      SELECT 5 * sum(b.n::float8 / w.n) AS tfr FROM births b JOIN women w USING (g)`);
    expect(tfr).toBeGreaterThan(1.8);
    expect(tfr).toBeLessThan(2.4);
    const { srb } = await one<{ srb: number }>(t.pool, `SELECT 100.0 * count(*) FILTER (WHERE payload->>'sex' = 'MALE')
      / count(*) FILTER (WHERE payload->>'sex' = 'FEMALE') AS srb
      FROM change_event WHERE type = 'BIRTH' AND occurred_on BETWEEN '2021-01-01' AND '2025-12-31'`);
    expect(Number(srb)).toBeGreaterThan(105);
    expect(Number(srb)).toBeLessThan(119);
  });

  it("creates the demo accounts inside the generated place", async () => {
    const rows = (await t.pool.query(`SELECT u.login, u.role, a.level, u.area_id FROM app_user u JOIN admin_unit a ON a.id = u.unit_id ORDER BY u.login`)).rows;
    expect(rows.map((r) => r.login)).toEqual(["congbo", "ctv", "danhsach", "huyen", "pheduyet", "quantri", "tinh", "trunguong", "xa"]);
    const ctv = rows.find((r) => r.login === "ctv")!;
    expect(ctv.level).toBe(3);
    // Since the reorganisation the commune and province accounts are in units of the new
    // tree; the district officer stays on the abolished district, reading its history.
    const places = Object.fromEntries((await t.pool.query(`SELECT u.login, a.path FROM app_user u JOIN admin_unit a ON a.id = u.unit_id`)).rows.map((r) => [r.login, r.path]));
    expect(places).toMatchObject({ xa: "VN.T2025.31.10507", ctv: "VN.T2025.31.10507", tinh: "VN.T2025.31", huyen: "VN.30.288" });
    expect(await count(t.pool, "SELECT count(*) AS n FROM household WHERE area_id = $1 AND status = 'ACTIVE'", [ctv.area_id])).toBeGreaterThan(0);
    expect((await one<{ hash: string }>(t.pool, "SELECT password_hash AS hash FROM app_user LIMIT 1")).hash).toMatch(/^\$argon2id\$/);
  });
});
