// A register small enough to follow by hand across the reorganisation of 1 July 2025 (used by
// reorganisation.int.test.ts, whose comments give every figure). Three communes of the tree
// before the reform, in two provinces that merged into the new Hải Phòng city:
//   TP  Phường Trần Phú (Thành phố Hải Dương, province Hải Dương): a DIVIDED commune, half
//       to Lê Thanh Nghị (LTN) and half to Tân Hưng (TH) (two PARTIAL links, share 0.5 each)
//   CT  Phường Cẩm Thượng (same district): wholly into Thành Đông (TD)
//   QT  Phường Quán Toan (Quận Hồng Bàng, province Hải Phòng): wholly into Hồng An (HA)
// Rows are written directly on the old tree, with fixed ids, as a register that went on
// recording in the old communes after 1 July 2025 (one move on 1 July) would hold them; the
// test runs the re-addressing itself (apply.ts), with and without an import.
import type pg from "pg";
import { unitIdsByPath } from "../testing/unit-ids.js";

export const UNIT_PATHS = {
  VN: "VN",
  // The tree before 1 July 2025.
  HD: "VN.30", // Tỉnh Hải Dương
  HPO: "VN.31", // Thành phố Hải Phòng (the old city)
  TPHD: "VN.30.288", // Thành phố Hải Dương (a district)
  HB: "VN.31.303", // Quận Hồng Bàng
  TP: "VN.30.288.10528", // Phường Trần Phú
  CT: "VN.30.288.10507", // Phường Cẩm Thượng
  QT: "VN.31.303.11296", // Phường Quán Toan
  // The tree since: communes directly under the provinces.
  HP: "VN.T2025.31", // Thành phố Hải Phòng (the new city: old Hải Dương + old Hải Phòng)
  LTN: "VN.T2025.31.10532", // Phường Lê Thanh Nghị (part of TP, and three other communes whole)
  TH: "VN.T2025.31.10537", // Phường Tân Hưng (the other part of TP, and three communes whole)
  TD: "VN.T2025.31.10507", // Phường Thành Đông (CT and three other communes, all whole)
  HA: "VN.T2025.31.11602", // Phường Hồng An (QT whole, parts of four other communes)
} as const;
export type UnitKey = keyof typeof UNIT_PATHS;
type Commune = "TP" | "CT" | "QT";

// [id, code, commune, established, dissolved]. Household codes sort as written: the SHARE
// rule hands a divided commune's households out in code order.
export const HOUSEHOLDS: [number, string, Commune, string, string | null][] = [
  [1, "HD-TP-01", "TP", "2015-01-01", null],
  [2, "HD-TP-02", "TP", "2000-01-01", "2024-03-15"], // 4 lived alone and died
  [3, "HD-TP-03", "TP", "2010-01-01", null],
  [4, "HD-TP-04", "TP", "2020-01-01", null],
  [5, "HD-CT-05", "CT", "2005-01-01", null],
  [6, "HP-QT-06", "QT", "2008-01-01", null],
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
}

export const PERSONS: PersonRow[] = [
  { id: 1, name: "Nguyễn Văn Bảo", sex: "MALE", birth: "1970-04-10", household: 1 },
  { id: 2, name: "Trần Thị Cúc", sex: "FEMALE", birth: "1973-09-01", household: 1 },
  { id: 3, name: "Nguyễn Thị Diệp", sex: "FEMALE", birth: "2001-12-05", household: 1, mother: 2, father: 1, order: 1 },
  { id: 4, name: "Phan Văn Định", sex: "MALE", birth: "1938-11-20", household: 2, death: "2024-03-15" },
  { id: 5, name: "Lê Văn Giáp", sex: "MALE", birth: "1982-02-14", household: 3 },
  { id: 6, name: "Đặng Thị Hà", sex: "FEMALE", birth: "1985-07-07", household: 3 },
  { id: 7, name: "Võ Văn Khải", sex: "MALE", birth: "1990-03-03", household: 4 },
  { id: 8, name: "Hồ Thị Liên", sex: "FEMALE", birth: "1994-10-10", household: 4 },
  { id: 9, name: "Võ Thị Mơ", sex: "FEMALE", birth: "2025-06-12", household: 4, mother: 8, father: 7, order: 1 },
  { id: 10, name: "Trịnh Văn Nam", sex: "MALE", birth: "1965-01-25", household: 5 },
  { id: 11, name: "Bùi Thị Oanh", sex: "FEMALE", birth: "1968-05-30", household: 5 },
  { id: 12, name: "Trịnh Văn Phong", sex: "MALE", birth: "1996-08-18", household: 6, mother: 11, father: 10, order: 1 },
  { id: 13, name: "Đoàn Văn Quý", sex: "MALE", birth: "1960-12-01", household: 6 },
  { id: 14, name: "Đoàn Thị Rạng", sex: "FEMALE", birth: "1998-02-28", household: 5, father: 13, order: 1 },
];

type Start = "INITIAL" | "BIRTH" | "MOVE_IN";
type End = "DEATH" | "MOVE_OUT";
// [person, household, commune, from, to, start, end, origin (MOVE_IN), destination (MOVE_OUT)]
const SPELLS: [number, number, Commune, string, string | null, Start, End | null, Commune | null, Commune | null][] = [
  [1, 1, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [2, 1, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [3, 1, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [4, 2, "TP", "2021-01-01", "2024-03-15", "INITIAL", "DEATH", null, null],
  [5, 3, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [6, 3, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [7, 4, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [8, 4, "TP", "2021-01-01", null, "INITIAL", null, null, null],
  [9, 4, "TP", "2025-06-12", null, "BIRTH", null, null, null],
  [10, 5, "CT", "2021-01-01", null, "INITIAL", null, null, null],
  [11, 5, "CT", "2021-01-01", null, "INITIAL", null, null, null],
  [12, 5, "CT", "2021-01-01", "2025-06-30", "INITIAL", "MOVE_OUT", null, "QT"],
  [12, 6, "QT", "2025-06-30", null, "MOVE_IN", null, "CT", null],
  [13, 6, "QT", "2021-01-01", null, "INITIAL", null, null, null],
  [14, 6, "QT", "2021-01-01", "2025-07-01", "INITIAL", "MOVE_OUT", null, "CT"],
  [14, 5, "CT", "2025-07-01", null, "MOVE_IN", null, "QT", null], // recorded on the old tree
];

// [id, husband, wife, married]: none ended.
const MARRIAGES: [number, number, number, string][] = [
  [1, 1, 2, "1995-06-01"],
  [2, 5, 6, "2008-03-08"],
  [3, 7, 8, "2020-01-01"],
  [4, 10, 11, "1990-02-02"],
];

// [id, type, date, commune, household, person, payload]: all verified. Each event names the
// household the person was in when it happened, as the register does.
const EVENTS: [number, string, string, Commune, number, number, object][] = [
  [1, "DEATH", "2024-03-15", "TP", 2, 4, {}],
  [2, "PREGNANCY", "2024-10-20", "TP", 4, 8, {}],
  [3, "BIRTH", "2025-06-12", "TP", 4, 9, { motherId: 8, birthOrder: 1, sex: "FEMALE" }],
  [4, "MOVE_OUT", "2025-06-30", "CT", 5, 12, { destination: "QT" }],
  [5, "MOVE_IN", "2025-06-30", "QT", 6, 12, { origin: "CT" }],
  [6, "MOVE_OUT", "2025-07-01", "QT", 6, 14, { destination: "CT" }],
  [7, "MOVE_IN", "2025-07-01", "CT", 5, 14, { origin: "QT" }],
];

/** Unit ids by key, looked up in the loaded trees. */
export const unitIds = (pool: pg.Pool): Promise<Record<UnitKey, number>> => unitIdsByPath(pool, UNIT_PATHS);

/** Writes the register on the old tree (nothing re-addressed); returns the unit ids by key. */
export async function writeDividedRegister(pool: pg.Pool): Promise<Record<UnitKey, number>> {
  const units = await unitIds(pool);
  const u = (c: Commune | null) => (c === null ? null : units[c]);
  const q = (sql: string, params: unknown[]) => pool.query(sql, params);
  // One area (thôn / tổ dân phố) per commune, with the commune's id.
  const areaOf: Record<Commune, number> = { TP: 1, CT: 2, QT: 3 };
  for (const c of ["TP", "CT", "QT"] as const) {
    await q("INSERT INTO area (id, code, name, unit_id) VALUES ($1, $2, $3, $4)", [areaOf[c], `T-${c}`, `Tổ dân phố ${c}`, units[c]]);
  }
  for (const [id, code, c, established, dissolved] of HOUSEHOLDS) {
    await q(
      `INSERT INTO household (id, code, area_id, unit_id, address, type, status, established_on, dissolved_on)
       VALUES ($1, $2, $3, $4, $5, 'FAMILY', $6::household_status, $7, $8)`,
      [id, code, areaOf[c], units[c], `Nhà số ${id}`, dissolved ? "DISSOLVED" : "ACTIVE", established, dissolved],
    );
  }
  for (const p of PERSONS) {
    await q(
      `INSERT INTO person (id, household_id, full_name, search_name, sex, birth_date, ethnicity, education, marital_status,
                           relation_to_head, residence_status, birth_order, death_date)
       VALUES ($1, $2, $3, $3, $4::sex, $5, '01', 'NONE', 'NEVER_MARRIED', 'OTHER', 'PERMANENT', $6, $7)`,
      [p.id, p.household, p.name, p.sex, p.birth, p.order ?? null, p.death ?? null],
    );
  }
  for (const p of PERSONS) {
    if (p.mother || p.father) await q("UPDATE person SET mother_id = $2, father_id = $3 WHERE id = $1", [p.id, p.mother ?? null, p.father ?? null]);
  }
  const personOf = new Map(PERSONS.map((p) => [p.id, p]));
  for (const [person, household, c, from, to, start, end, origin, destination] of SPELLS) {
    const p = personOf.get(person)!;
    await q(
      `INSERT INTO residence (person_id, household_id, unit_id, valid_from, valid_to, start_reason, end_reason,
                              origin_unit_id, destination_unit_id, sex, birth_date)
       VALUES ($1, $2, $3, $4, $5, $6::spell_start, $7::spell_end, $8, $9, $10::sex, $11)`,
      [person, household, units[c], from, to, start, end, u(origin), u(destination), p.sex, p.birth],
    );
  }
  for (const [id, husband, wife, married] of MARRIAGES) {
    await q("INSERT INTO marriage (id, husband_id, wife_id, married_on, consanguineous, counselled) VALUES ($1, $2, $3, $4, false, false)",
      [id, husband, wife, married]);
  }
  for (const [id, type, date, c, household, person, payload] of EVENTS) {
    // Moves name their other commune by key in the table above; the register stores its id.
    const p = payload as { origin?: Commune; destination?: Commune };
    const stored = p.origin ? { originUnitId: units[p.origin] } : p.destination ? { destinationUnitId: units[p.destination] } : payload;
    await q(
      `INSERT INTO change_event (id, type, status, source, occurred_on, unit_id, household_id, person_id, payload)
       VALUES ($1, $2::change_event_type, 'VERIFIED', 'ONLINE', $3, $4, $5, $6, $7)`,
      [id, type, date, units[c], household, person, JSON.stringify(stored)],
    );
  }
  // Rows to come (the re-addressing's new areas) take ids after the fixed ones.
  for (const table of ["area", "household", "person", "marriage", "change_event"]) {
    await pool.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
  return units;
}
