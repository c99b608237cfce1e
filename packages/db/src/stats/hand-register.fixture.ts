// A register small enough to count by hand (used by hand-register.int.test.ts, whose
// comments give every figure). Four communes of the tree before 1 July 2025:
//   A1, A2  two communes of district A (Thành phố Hải Dương, province P = Hải Dương)
//   B1      a commune of district B (Thành phố Chí Linh, same province)
//   Q1      a commune of another province (Hải Phòng)
// and their successors in the tree since then, all in one province (Hải Dương and Hải
// Phòng merged):
//   HP      the new Thành phố Hải Phòng
//   TD      Phường Thành Đông, which took in A1 and A2 (whole)
//   CL      Phường Chí Linh, which took in B1
//   HA      Phường Hồng An, which took in Q1
// Rows are written directly, with fixed ids, as a register recording on the old tree all
// through 2025 would have left them; then the re-addressing of `pnpm start` runs on them.
import type pg from "pg";
import { unitIdsByPath } from "../testing/unit-ids.js";
import { applyReorganisation } from "../reorganisation/apply.js";

export const UNIT_PATHS = {
  P: "VN.30",
  A: "VN.30.288",
  A1: "VN.30.288.10507",
  A2: "VN.30.288.10510",
  B: "VN.30.290",
  B1: "VN.30.290.10546",
  Q1: "VN.31.303.11296",
  HP: "VN.T2025.31",
  TD: "VN.T2025.31.10507",
  CL: "VN.T2025.31.10546",
  HA: "VN.T2025.31.11602",
} as const;
export type UnitKey = keyof typeof UNIT_PATHS;
type Commune = "A1" | "A2" | "B1" | "Q1";

// [id, commune, type, established, dissolved]
const HOUSEHOLDS: [number, Commune, "FAMILY" | "COLLECTIVE", string, string | null][] = [
  [1, "A1", "FAMILY", "2015-01-01", null],
  [2, "A1", "FAMILY", "2015-01-01", null],
  [3, "A2", "FAMILY", "2010-01-01", null],
  [4, "A2", "FAMILY", "2005-01-01", null],
  [5, "A2", "COLLECTIVE", "2025-04-15", null], // a workers' dormitory p15 moves into
  [6, "Q1", "FAMILY", "2015-01-01", "2025-04-15"], // p15's, left empty by his move
  [7, "B1", "FAMILY", "1975-05-05", null],
  [8, "B1", "FAMILY", "2025-06-10", null], // set up by p14 on arrival
  [9, "A2", "FAMILY", "2000-01-01", "2025-02-02"], // p23 lived alone and died
];

interface PersonRow {
  id: number;
  name: string;
  sex: "MALE" | "FEMALE";
  birth: string;
  household: number;
  mother?: number;
  father?: number;
  order?: number;
  death?: string;
  status?: "TEMPORARY_RESIDENT";
}

const PERSONS: PersonRow[] = [
  { id: 1, name: "Nguyễn Văn An", sex: "MALE", birth: "1958-05-01", household: 1, death: "2025-06-30" },
  { id: 2, name: "Trần Thị Bình", sex: "FEMALE", birth: "1962-08-20", household: 1 },
  { id: 3, name: "Nguyễn Văn Cường", sex: "MALE", birth: "1991-02-10", household: 1, mother: 2, father: 1, order: 1 },
  { id: 4, name: "Lê Thị Dung", sex: "FEMALE", birth: "1996-03-01", household: 1 },
  { id: 5, name: "Nguyễn Văn Đức", sex: "MALE", birth: "2025-06-30", household: 1, mother: 4, father: 3, order: 2 },
  { id: 6, name: "Nguyễn Thị Hoa", sex: "FEMALE", birth: "2019-10-10", household: 1, mother: 4, father: 3, order: 1 },
  { id: 7, name: "Phạm Văn Em", sex: "MALE", birth: "2006-03-03", household: 2, mother: 9, order: 1 },
  { id: 8, name: "Vũ Thị Giang", sex: "FEMALE", birth: "2008-01-15", household: 2, mother: 13, order: 1 },
  { id: 9, name: "Phạm Thị Hạnh", sex: "FEMALE", birth: "1972-06-01", household: 2 },
  { id: 10, name: "Đỗ Văn Khoa", sex: "MALE", birth: "1986-01-20", household: 3 },
  { id: 11, name: "Hoàng Thị Lan", sex: "FEMALE", birth: "1988-11-11", household: 3 },
  { id: 12, name: "Đỗ Văn Minh", sex: "MALE", birth: "2012-12-12", household: 3, mother: 11, father: 10, order: 1 },
  { id: 13, name: "Vũ Thị Ngọc", sex: "FEMALE", birth: "1980-02-02", household: 4 },
  { id: 14, name: "Bùi Văn Phúc", sex: "MALE", birth: "1978-08-08", household: 8 },
  { id: 15, name: "Lý Văn Quang", sex: "MALE", birth: "2001-01-05", household: 5 },
  { id: 16, name: "Đinh Văn Sơn", sex: "MALE", birth: "1949-06-06", household: 7 },
  { id: 17, name: "Mai Thị Thu", sex: "FEMALE", birth: "1953-03-03", household: 7, death: "2025-12-31" },
  { id: 18, name: "Kiều Văn Tài", sex: "MALE", birth: "1999-05-05", household: 7 },
  { id: 19, name: "Đỗ Thị Uyên", sex: "FEMALE", birth: "2025-12-31", household: 3, mother: 11, father: 10, order: 3 },
  { id: 20, name: "Cao Thị Yến", sex: "FEMALE", birth: "1999-09-09", household: 7 },
  { id: 21, name: "Lương Thị Vân", sex: "FEMALE", birth: "2006-07-07", household: 7 },
  { id: 22, name: "Lương Văn Xuân", sex: "MALE", birth: "2025-04-04", household: 7, mother: 21, order: 1, death: "2025-11-11" },
  { id: 23, name: "Tạ Văn Vinh", sex: "MALE", birth: "1940-02-02", household: 9, death: "2025-02-02" },
  // A temporary resident (tạm trú): on the household sheet, never counted, so no spell.
  { id: 24, name: "Hồ Văn Ý", sex: "MALE", birth: "1990-01-01", household: 1, status: "TEMPORARY_RESIDENT" },
];

type Start = "INITIAL" | "BIRTH" | "MOVE_IN";
type End = "DEATH" | "MOVE_OUT";
// [person, household, commune, from, to, start, end, origin (MOVE_IN), destination (MOVE_OUT)]
const SPELLS: [number, number, Commune, string, string | null, Start, End | null, Commune | null, Commune | null][] = [
  [1, 1, "A1", "2021-01-01", "2025-06-30", "INITIAL", "DEATH", null, null],
  [2, 1, "A1", "2021-01-01", null, "INITIAL", null, null, null],
  [3, 1, "A1", "2021-01-01", null, "INITIAL", null, null, null],
  [4, 1, "A1", "2021-01-01", null, "INITIAL", null, null, null],
  [5, 1, "A1", "2025-06-30", null, "BIRTH", null, null, null],
  [6, 1, "A1", "2021-01-01", null, "INITIAL", null, null, null],
  [7, 2, "A1", "2021-01-01", null, "INITIAL", null, null, null],
  [8, 4, "A2", "2021-01-01", "2025-06-20", "INITIAL", "MOVE_OUT", null, "A1"],
  [8, 2, "A1", "2025-06-20", null, "MOVE_IN", null, "A2", null],
  [9, 2, "A1", "2021-01-01", null, "INITIAL", null, null, null],
  [10, 3, "A2", "2021-01-01", null, "INITIAL", null, null, null],
  [11, 3, "A2", "2021-01-01", null, "INITIAL", null, null, null],
  [12, 3, "A2", "2021-01-01", null, "INITIAL", null, null, null],
  [13, 4, "A2", "2021-01-01", null, "INITIAL", null, null, null],
  [14, 4, "A2", "2021-01-01", "2025-06-10", "INITIAL", "MOVE_OUT", null, "B1"],
  [14, 8, "B1", "2025-06-10", null, "MOVE_IN", null, "A2", null],
  [15, 6, "Q1", "2021-01-01", "2025-04-15", "INITIAL", "MOVE_OUT", null, "A2"],
  [15, 5, "A2", "2025-04-15", null, "MOVE_IN", null, "Q1", null],
  [16, 7, "B1", "2021-01-01", null, "INITIAL", null, null, null],
  [17, 7, "B1", "2021-01-01", "2025-12-31", "INITIAL", "DEATH", null, null],
  [18, 7, "B1", "2021-01-01", "2025-12-31", "INITIAL", "MOVE_OUT", null, null], // abroad
  [19, 3, "A2", "2025-12-31", null, "BIRTH", null, null, null],
  [20, 7, "B1", "2021-01-01", null, "INITIAL", null, null, null],
  [21, 7, "B1", "2021-01-01", null, "INITIAL", null, null, null],
  [22, 7, "B1", "2025-04-04", "2025-11-11", "BIRTH", "DEATH", null, null],
  [23, 9, "A2", "2021-01-01", "2025-02-02", "INITIAL", "DEATH", null, null],
];

// [id, husband, wife, married, ended, end reason, consanguineous, counselled]
const MARRIAGES: [number, number, number, string, string | null, "DEATH" | "DIVORCE" | null, boolean, boolean][] = [
  [1, 1, 2, "1980-01-01", "2025-06-30", "DEATH", false, false],
  [2, 3, 4, "2018-05-01", null, null, false, true],
  [3, 10, 11, "2010-01-01", null, null, false, true],
  [4, 14, 13, "2004-04-04", "2025-05-05", "DIVORCE", false, false],
  [5, 16, 17, "1975-05-05", "2025-12-31", "DEATH", false, false],
  [6, 7, 8, "2025-06-20", null, null, false, false],
  [7, 15, 20, "2025-08-08", null, null, true, true],
];

// [person, method, from, to]
const CONTRACEPTION: [number, string, string, string | null][] = [
  [11, "CONDOM", "2023-01-01", "2025-03-01"],
  [13, "IUD", "2019-01-01", null], // still using, but divorced in May: not a married woman
  [8, "PILL", "2025-06-25", null],
  [4, "PILL", "2025-09-15", null],
  [20, "CALENDAR", "2025-10-01", null],
];

// [type, date, commune, person, payload, status]
const EVENTS: [string, string, Commune, number, object, string?][] = [
  ["ELDERLY_CHECKUP", "2024-12-31", "B1", 16, {}], // the day before 2025: not in 2025
  ["DEATH", "2025-02-02", "A2", 23, {}],
  ["CONTRACEPTION_STOP", "2025-03-01", "A2", 11, { method: "CONDOM" }],
  ["ELDERLY_CHECKUP", "2025-03-10", "B1", 16, {}],
  ["BIRTH", "2025-04-04", "B1", 22, { motherId: 21, birthOrder: 1, sex: "MALE" }],
  ["NEWBORN_SCREENING", "2025-04-06", "B1", 22, {}],
  ["MOVE_OUT", "2025-04-15", "Q1", 15, { destination: "A2" }],
  ["MOVE_IN", "2025-04-15", "A2", 15, { origin: "Q1" }],
  ["DIVORCE", "2025-05-05", "A2", 13, { spouseId: 14, marriageId: "4" }],
  ["DIVORCE", "2025-05-05", "A2", 14, { spouseId: 13, marriageId: "4" }],
  ["PREGNANCY", "2025-05-20", "A2", 11, {}],
  ["ELDERLY_CHECKUP", "2025-06-05", "B1", 16, {}],
  ["ELDERLY_CHECKUP", "2025-06-05", "B1", 17, {}],
  ["MOVE_OUT", "2025-06-10", "A2", 14, { destination: "B1" }],
  ["MOVE_IN", "2025-06-10", "B1", 14, { origin: "A2" }],
  ["ELDERLY_CHECKUP", "2025-06-10", "A1", 2, {}, "SUBMITTED"], // not verified: not counted
  ["MARRIAGE", "2025-06-20", "A1", 7, { spouseId: 8, marriageId: "6", consanguineous: false, counselled: false }],
  ["MARRIAGE", "2025-06-20", "A2", 8, { spouseId: 7, marriageId: "6", consanguineous: false, counselled: false }],
  ["MOVE_OUT", "2025-06-20", "A2", 8, { destination: "A1" }],
  ["MOVE_IN", "2025-06-20", "A1", 8, { origin: "A2" }],
  ["CONTRACEPTION_START", "2025-06-25", "A1", 8, { method: "PILL" }],
  ["PRENATAL_SCREENING", "2025-06-25", "A2", 11, {}],
  ["DEATH", "2025-06-30", "A1", 1, {}],
  ["BIRTH", "2025-06-30", "A1", 5, { motherId: 4, birthOrder: 2, sex: "MALE" }],
  ["NEWBORN_SCREENING", "2025-07-03", "A1", 5, {}],
  ["MARRIAGE", "2025-08-08", "A2", 15, { spouseId: 20, marriageId: "7", consanguineous: true, counselled: true }],
  ["MARRIAGE", "2025-08-08", "B1", 20, { spouseId: 15, marriageId: "7", consanguineous: true, counselled: true }],
  ["CONTRACEPTION_START", "2025-09-15", "A1", 4, { method: "PILL" }],
  ["CONTRACEPTION_START", "2025-10-01", "B1", 20, { method: "CALENDAR" }],
  ["DEATH", "2025-11-11", "B1", 22, {}],
  ["ELDERLY_CHECKUP", "2025-11-20", "A1", 2, {}],
  ["BIRTH", "2025-12-31", "A2", 19, { motherId: 11, birthOrder: 3, sex: "FEMALE" }],
  ["DEATH", "2025-12-31", "B1", 17, {}],
  ["MOVE_OUT", "2025-12-31", "B1", 18, { abroad: true }],
  ["ELDERLY_CHECKUP", "2026-01-01", "B1", 16, {}], // the day after 2025: not in 2025
];

/** Unit ids by key, looked up in the loaded trees. */
export const unitIds = (pool: pg.Pool): Promise<Record<UnitKey, number>> => unitIdsByPath(pool, UNIT_PATHS);

/**
 * Writes the register, then re-addresses it as `pnpm start` does on a register that went on
 * recording in the old communes after 1 July 2025 (reorganisation/readdress.ts), unless told
 * not to. Returns the ids of the units by key.
 */
export async function loadHandRegister(pool: pg.Pool, options: { reorganise?: boolean } = {}): Promise<Record<UnitKey, number>> {
  const units = await writeHandRegister(pool);
  if (options.reorganise ?? true) {
    const client = await pool.connect();
    try {
      await applyReorganisation(client, "2026-11-25");
    } finally {
      client.release();
    }
  }
  return units;
}

async function writeHandRegister(pool: pg.Pool): Promise<Record<UnitKey, number>> {
  const units = await unitIds(pool);
  const u = (c: Commune | null) => (c === null ? null : units[c]);
  const q = (sql: string, params: unknown[]) => pool.query(sql, params);
  for (const c of ["A1", "A2", "B1", "Q1"] as const) {
    await q("INSERT INTO area (id, code, name, unit_id) VALUES ($1, $2, $3, $4)", [units[c], `T-${c}`, `Thôn ${c}`, units[c]]);
  }
  for (const [id, c, type, established, dissolved] of HOUSEHOLDS) {
    await q(
      `INSERT INTO household (id, code, area_id, unit_id, address, type, status, established_on, dissolved_on)
       VALUES ($1, $2, $3, $3, $4, $5::household_type, $6::household_status, $7, $8)`,
      [id, `H${id}`, units[c], `Nhà số ${id}`, type, dissolved ? "DISSOLVED" : "ACTIVE", established, dissolved],
    );
  }
  for (const p of PERSONS) {
    await q(
      `INSERT INTO person (id, household_id, full_name, search_name, sex, birth_date, ethnicity, education, marital_status,
                           relation_to_head, residence_status, mother_id, father_id, birth_order, death_date)
       VALUES ($1, $2, $3, $3, $4::sex, $5, '01', 'NONE', 'NEVER_MARRIED', 'OTHER', $6::residence_status, NULL, NULL, $7, $8)`,
      [p.id, p.household, p.name, p.sex, p.birth, p.status ?? "PERMANENT", p.order ?? null, p.death ?? null],
    );
  }
  for (const p of PERSONS) {
    if (p.mother || p.father) await q("UPDATE person SET mother_id = $2, father_id = $3 WHERE id = $1", [p.id, p.mother ?? null, p.father ?? null]);
  }
  const sexOf = new Map(PERSONS.map((p) => [p.id, p]));
  for (const [person, household, c, from, to, start, end, origin, destination] of SPELLS) {
    const p = sexOf.get(person)!;
    await q(
      `INSERT INTO residence (person_id, household_id, unit_id, valid_from, valid_to, start_reason, end_reason,
                              origin_unit_id, destination_unit_id, sex, birth_date)
       VALUES ($1, $2, $3, $4, $5, $6::spell_start, $7::spell_end, $8, $9, $10::sex, $11)`,
      [person, household, units[c], from, to, start, end, u(origin), u(destination), p.sex, p.birth],
    );
  }
  for (const [id, husband, wife, married, ended, reason, consanguineous, counselled] of MARRIAGES) {
    await q(
      `INSERT INTO marriage (id, husband_id, wife_id, married_on, ended_on, end_reason, consanguineous, counselled)
       VALUES ($1, $2, $3, $4, $5, $6::marriage_end, $7, $8)`,
      [id, husband, wife, married, ended, reason, consanguineous, counselled],
    );
  }
  for (const [person, method, from, to] of CONTRACEPTION) {
    await q("INSERT INTO contraceptive_spell (person_id, method, valid_from, valid_to) VALUES ($1, $2::contraceptive_method, $3, $4)", [person, method, from, to]);
  }
  for (const [type, date, c, person, payload, status] of EVENTS) {
    // Moves name their other commune by key in the table above; the register stores its id.
    const p = payload as { origin?: Commune; destination?: Commune };
    const stored = p.origin ? { originUnitId: units[p.origin] } : p.destination ? { destinationUnitId: units[p.destination] } : payload;
    await q(
      `INSERT INTO change_event (type, status, source, occurred_on, unit_id, household_id, person_id, payload)
       VALUES ($1::change_event_type, $2::change_event_status, 'ONLINE', $3, $4, $5, $6, $7)`,
      [type, status ?? "VERIFIED", date, units[c], sexOf.get(person)!.household, person, JSON.stringify(stored)],
    );
  }
  return units;
}
