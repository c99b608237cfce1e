// Integration-test fixture of the register: a small generated province (Hải Dương at
// 0.3 %, generated on the tree before 1 July 2025 and re-addressed that day into the new
// Hải Phòng city, so today everything lives in new-tree communes), the demo users, and the
// invariants every report relies on (those of seed/seed.int.test.ts, extended to people who
// left the register or are waiting to be received by the commune they moved to).
import type pg from "pg";
import { REORGANISATION_2025 } from "../reference/trees.js";
import { seedPopulation } from "../seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import type { Tx } from "./context.js";
import { RegisterError } from "./errors.js";

export const TODAY = "2026-11-25";
export const OPTIONS = { today: TODAY };

export interface RegisterFixture extends TestDatabase {
  officer: number;
  collaborator: number;
  /** The demo commune (the officer's: ward 10507 Thành Đông of the new tree). */
  commune: number;
  /** Its province today (31 Thành phố Hải Phòng of the new tree, which took in Hải Dương). */
  province: number;
  run<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  count(sql: string, params?: unknown[]): Promise<number>;
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T>;
}

export async function registerFixture(): Promise<RegisterFixture> {
  const t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30"], scale: 0.003, seed: 1, today: TODAY }, () => {});
  const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await t.pool.query(sql, params)).rows[0] as T;
  const users = await t.pool.query<{ login: string; id: number; unit_id: number }>("SELECT login, id, unit_id FROM app_user WHERE login IN ('xa', 'ctv')");
  const user = (login: string) => users.rows.find((u) => u.login === login)!;
  const { parent_id: province } = await one<{ parent_id: number }>("SELECT parent_id FROM admin_unit WHERE id = $1 AND level = 3 AND valid_to IS NULL", [user("xa").unit_id]);
  return {
    ...t,
    officer: user("xa").id,
    collaborator: user("ctv").id,
    commune: user("xa").unit_id,
    province,
    run: (fn) => t.db.$transaction(fn, { timeout: 120_000 }),
    one,
    count: async (sql, params = []) => Number((await one<{ n: string }>(sql, params)).n),
  };
}

const REGISTER_TABLES = ["household", "person", "residence", "marriage", "contraceptive_spell", "pregnancy", "change_event"];

/** A fingerprint of every register row, to show that a refused operation changed nothing. */
export async function registerSnapshot(pool: pg.Pool): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of REGISTER_TABLES) {
    const { rows } = await pool.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS h FROM ${table} t`);
    out[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

/** Persons counted on a date in a set of communes (spells covering the date). */
export async function stock(pool: pg.Pool, units: number[], date: string): Promise<number> {
  const { rows } = await pool.query(
    "SELECT count(*) AS n FROM residence WHERE unit_id = ANY($1) AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)",
    [units, date],
  );
  return Number(rows[0].n);
}

/** The communes under a unit (itself when it is a commune); a unit's path never crosses trees. */
export async function communesUnder(pool: pg.Pool, unitId: number): Promise<number[]> {
  const { rows } = await pool.query(
    "SELECT c.id FROM admin_unit c, admin_unit u WHERE u.id = $1 AND c.level = 3 AND (c.id = u.id OR c.path LIKE u.path || '.%')",
    [unitId],
  );
  return rows.map((r) => r.id as number);
}

/** The unit of a level bearing a code on a date (codes repeat across trees). */
export async function unitOn(pool: pg.Pool, level: number, code: string, date: string): Promise<number> {
  const { rows } = await pool.query(
    "SELECT id FROM admin_unit WHERE level = $1 AND code = $2 AND valid_from <= $3::date AND (valid_to IS NULL OR valid_to > $3::date)",
    [level, code, date],
  );
  if (rows.length !== 1) throw new Error(`${rows.length} units of level ${level} with code ${code} on ${date}`);
  return rows[0].id as number;
}

/**
 * What the re-addressing of 1 July 2025 leaves, and the register must keep afterwards: each
 * query counts violations; all must be 0. Shared with seed/seed.int.test.ts.
 */
export const REORGANISATION_INVARIANTS: Record<string, string> = {
  "a spell ended by the reorganisation ends on its day in an old unit, and the next starts then by it, same household, in the household's successor": `
    SELECT count(*) AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
     WHERE r.end_reason = 'REORGANISATION' AND NOT (r.valid_to = '${REORGANISATION_2025}' AND u.valid_to = '${REORGANISATION_2025}' AND EXISTS (
       SELECT 1 FROM residence n JOIN household_readdress x ON x.household_id = n.household_id AND x.effective_on = n.valid_from
        WHERE n.person_id = r.person_id AND n.valid_from = r.valid_to AND n.start_reason = 'REORGANISATION'
          AND n.household_id = r.household_id AND x.from_unit_id = r.unit_id AND x.to_unit_id = n.unit_id))`,
  "a spell started by the reorganisation follows one it ended, the same day in the same household": `
    SELECT count(*) AS n FROM residence n
     WHERE n.start_reason = 'REORGANISATION' AND NOT EXISTS (SELECT 1 FROM residence r
       WHERE r.person_id = n.person_id AND r.valid_to = n.valid_from AND r.end_reason = 'REORGANISATION' AND r.household_id = n.household_id)`,
  "a spell lies within the validity of its unit": `SELECT count(*) AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
    WHERE r.valid_from < u.valid_from OR (u.valid_to IS NOT NULL AND (r.valid_to IS NULL OR r.valid_to > u.valid_to))`,
  "an event is recorded in a unit valid on its date": `SELECT count(*) AS n FROM change_event e JOIN admin_unit u ON u.id = e.unit_id
    WHERE e.occurred_on < u.valid_from OR e.occurred_on >= u.valid_to`,
  "a household that lived through the reorganisation is in a unit of today": `SELECT count(*) AS n FROM household h JOIN admin_unit u ON u.id = h.unit_id
    WHERE u.valid_to IS NOT NULL AND (h.dissolved_on IS NULL OR h.dissolved_on > u.valid_to)`,
};

/** Each query counts violations of one invariant; all must be 0. */
export const INVARIANTS: Record<string, string> = {
  "a living person has at most one open spell, the dead none": `SELECT count(*) AS n FROM person p
    WHERE (SELECT count(*) FROM residence r WHERE r.person_id = p.id AND r.valid_to IS NULL) > CASE WHEN p.death_date IS NULL THEN 1 ELSE 0 END`,
  "a living person without an open spell left by a move, or never had a spell": `SELECT count(*) AS n FROM person p
    WHERE p.death_date IS NULL AND NOT EXISTS (SELECT 1 FROM residence r WHERE r.person_id = p.id AND r.valid_to IS NULL)
      AND EXISTS (SELECT 1 FROM residence r WHERE r.person_id = p.id)
      AND (SELECT end_reason FROM residence r WHERE r.person_id = p.id ORDER BY valid_from DESC, id DESC LIMIT 1) <> 'MOVE_OUT'`,
  "a death closes the spell on the day of death": `SELECT count(*) AS n FROM person p JOIN residence r ON r.person_id = p.id
    WHERE p.death_date IS NOT NULL AND r.end_reason = 'DEATH' AND r.valid_to <> p.death_date`,
  "spells chain without gaps or overlaps (a gap only after leaving the register)": `SELECT count(*) AS n FROM (
      SELECT valid_from, lag(valid_to) OVER w AS prev_to, lag(id) OVER w AS prev,
             lag(end_reason) OVER w AS prev_end, lag(destination_unit_id) OVER w AS prev_dest
        FROM residence WINDOW w AS (PARTITION BY person_id ORDER BY valid_from, id)) s
    WHERE prev IS NOT NULL AND prev_to IS DISTINCT FROM valid_from
      AND NOT (prev_end = 'MOVE_OUT' AND prev_dest IS NULL AND valid_from > prev_to)`,
  "spells start after birth, end after they start, copy sex and birth date": `SELECT count(*) AS n FROM residence r JOIN person p ON p.id = r.person_id
    WHERE r.valid_from < r.birth_date OR r.valid_to < r.valid_from OR r.sex <> p.sex OR r.birth_date <> p.birth_date`,
  "an active household with residents has exactly one head among them": `SELECT count(*) AS n FROM household h
    WHERE h.status = 'ACTIVE' AND (SELECT count(*) FROM residence r JOIN person p ON p.id = r.person_id
      WHERE r.household_id = h.id AND r.valid_to IS NULL AND p.relation_to_head = 'HEAD') <> 1`,
  "a household is active exactly when someone lives in it": `SELECT count(*) AS n FROM household h
    WHERE (h.status = 'ACTIVE') <> EXISTS (SELECT 1 FROM residence r WHERE r.household_id = h.id AND r.valid_to IS NULL)`,
  "a person's household is the one of their open spell": `SELECT count(*) AS n FROM residence r JOIN person p ON p.id = r.person_id
    WHERE r.valid_to IS NULL AND r.household_id <> p.household_id`,
  "no verified event after today, before its person's birth or after their death": `SELECT count(*) AS n FROM change_event e
    LEFT JOIN person p ON p.id = e.person_id
    WHERE e.status = 'VERIFIED' AND (e.occurred_on > '${TODAY}'::date OR e.occurred_on < p.birth_date OR e.occurred_on > p.death_date)`,
  "one open marriage per person and married persons marked so": `SELECT count(*) AS n FROM person p
    WHERE (SELECT count(*) FROM marriage m WHERE (m.husband_id = p.id OR m.wife_id = p.id) AND m.ended_on IS NULL) > 1
       OR (p.death_date IS NULL AND EXISTS (SELECT 1 FROM marriage m WHERE (m.husband_id = p.id OR m.wife_id = p.id) AND m.ended_on IS NULL)
           AND p.marital_status <> 'MARRIED')`,
  "one open contraceptive spell per woman": `SELECT count(*) AS n FROM (SELECT person_id FROM contraceptive_spell WHERE valid_to IS NULL GROUP BY 1 HAVING count(*) > 1) s`,
  ...REORGANISATION_INVARIANTS,
};

export async function invariantViolations(pool: pg.Pool): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, sql] of Object.entries(INVARIANTS)) out[name] = Number((await pool.query(sql)).rows[0].n);
  return out;
}

/**
 * Flows from verified events against stocks from spells, for a set of communes over a
 * period (as seed.int.test.ts checks): stock before + births − deaths + moves in − moves out
 * = stock after. Returns the difference (0 when they agree).
 */
export async function balanceGap(pool: pg.Pool, units: number[], from: string, to: string): Promise<number> {
  const n = async (sql: string, params: unknown[]) => Number((await pool.query(sql, params)).rows[0].n);
  const flow = (type: string, otherEnd?: string) => n(`SELECT count(*) AS n FROM change_event
      WHERE type = $2::change_event_type AND status = 'VERIFIED' AND unit_id = ANY($1) AND occurred_on > $3::date AND occurred_on <= $4::date
      ${otherEnd ? `AND NOT COALESCE((payload->>'${otherEnd}')::int = ANY($1), false)` : ""}`, [units, type, from, to]);
  const [before, after, births, deaths, movesIn, movesOut] = await Promise.all([
    stock(pool, units, from), stock(pool, units, to), flow("BIRTH"), flow("DEATH"), flow("MOVE_IN", "originUnitId"), flow("MOVE_OUT", "destinationUnitId"),
  ]);
  return before + births - deaths + movesIn - movesOut - after;
}

/** The RegisterError a call throws (fails when it succeeds or throws something else). */
export async function errorOf(p: Promise<unknown>): Promise<RegisterError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RegisterError) return e;
    throw e;
  }
  throw new Error("expected a RegisterError");
}
