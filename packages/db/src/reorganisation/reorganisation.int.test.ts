// The re-addressing of 1 July 2025 (readdress.ts, apply.ts) on a register small enough to
// count by hand (divided-register.fixture.ts), and the statistics of both trees after it.
//
// THE UNITS (real ones of the loaded trees)
//   Before 1 July 2025                                       Since 1 July 2025 (no districts)
//   Tỉnh Hải Dương (HD) > TP Hải Dương (TPHD) > Trần Phú (TP)  → half to Lê Thanh Nghị (LTN),
//                                                                half to Tân Hưng (TH)
//                                             > Cẩm Thượng (CT) → Thành Đông (TD), whole
//   TP Hải Phòng (HPO) > Quận Hồng Bàng (HB) > Quán Toan (QT)  → Hồng An (HA), whole
//   HD and HPO → the new Thành phố Hải Phòng (HP), which holds LTN, TH, TD and HA.
// TP is divided: two PARTIAL links, share 0.5 each. LTN, TH and HA also take in parts of
// other communes (PARTIAL links: their re-aggregated columns are estimated); TD takes in four
// communes whole (FULL links only: never estimated).
//
// THE REGISTER (all spells from the register's opening on 1/1/2021 unless said)
//  hh  code      commune  members
//   1  HD-TP-01  TP       1 Bảo (M 1970-04-10), 2 Cúc (F 1973-09-01, his wife), 3 Diệp (F 2001-12-05)
//   2  HD-TP-02  TP       4 Định (M 1938-11-20) alone; dies 15/3/2024 aged 85: H2 dissolved that day
//   3  HD-TP-03  TP       5 Giáp (M 1982-02-14), 6 Hà (F 1985-07-07, his wife)
//   4  HD-TP-04  TP       7 Khải (M 1990-03-03), 8 Liên (F 1994-10-10, his wife; pregnancy
//                         recorded 20/10/2024), 9 Mơ (F, born 12/6/2025 to 8, aged 30, order 1)
//   5  HD-CT-05  CT       10 Nam (M 1965-01-25), 11 Oanh (F 1968-05-30, his wife),
//                         12 Phong (M 1996-08-18): moves to QT H6 on 30/6/2025;
//                         14 Rạng arrives from QT on 1/7/2025
//   6  HP-QT-06  QT       13 Quý (M 1960-12-01), 14 Rạng (F 1998-02-28): moves to CT H5 on 1/7/2025
//                         (recorded in the old communes, as by a register that went on with the
//                         old tree), 12 Phong arrives on 30/6/2025
// Marriages (none ended): 1–2, 5–6, 7–8, 10–11. Married women 15–49 on any day of 2024–2025
// are 6 (aged 38–40) and 8 (29–31); 2 (50–52) and 11 (55–57) are older.
// Events (verified), each in the commune and household of the day: death of 4, pregnancy of
// 8, birth of 9 (TP); the two moves, each a move-out slip and a move-in slip.
//
// THE RE-ADDRESSING (run with the import HD-TP-03 → Lê Thanh Nghị 10532)
// Households of TP in code order, each at the middle of its slot: H1 0.125, H2 0.375, H3
// 0.625, H4 0.875. The successors in code order take their shares: LTN (10532) [0, 0.5),
// TH (10537) [0.5, 1). So by the shares H1, H2 → LTN and H3, H4 → TH; the import sends H3 to
// LTN instead. H2 ended in 2024: it is attributed to LTN (lived_through false), only for
// statistics. H5 → TD and H6 → HA, each its commune's sole successor.
//   H1 LTN SHARE, H2 LTN SHARE (not lived through), H3 LTN IMPORTED, H4 TH SHARE,
//   H5 TD SOLE_SUCCESSOR, H6 HA SOLE_SUCCESSOR → 6 households, 5 lived through, 4 divided.
// Spells open on 30/6 and after: TP 1,2,3,5,6,7,8,9; CT 10,11; QT 12 (since that day), 13
// → 12 spells closed on 1/7 (REORGANISATION) and reopened that day in the successor.
// 14's spell in CT from 1/7 moves to TD (1 spell moved); the two slips of 1/7 move to HA and
// TD (2 events moved). TP's area keeps its code in LTN (3 households of 4) and a copy
// "T-TP/10537" is made in TH for H4 (1 area split). No accounts.
//
// FIGURES BY HAND
// Stocks are counted on the day (a death or a move that day is out, a birth in). All other
// communes of the columns hold nobody. No correction of the register anywhere (every spell
// opens by the register's opening in 2021, a birth or a move; none ends without a reason).
//
// 2025-Q2 on the old tree (1/4–30/6/2025, day before 31/3), plain:
//   POP_START (31/3): TP 1,2,3,5,6,7,8 = 7; CT 10,11,12 = 3; QT 13,14 = 2 → TPHD, HD 10; HB, HPO 2.
//   Flows: birth of 9 in TP (girl, mother 30–34); 12 CT → QT on 30/6, between two provinces:
//   out OTHER_PROVINCE for CT, TPHD, HD; in OTHER_PROVINCE for QT, HB, HPO; nothing for VN.
//   POP_END (30/6): TP 8; CT 10,11 = 2; QT 12,13,14 = 3 → TPHD, HD 10; HB, HPO 3; VN 13.
//   Households on 30/6: TP H1, H3, H4 = 3 (H2 dissolved in 2024); CT 1; QT 1 → HD 4, HPO 1.
//   Married women 15–49 on 30/6: TP 6 and 8 → 2 (TPHD, HD 2).
//   Check: TP 7+1 = 8; CT 3−1 = 2; QT 2+1 = 3; VN 12+1 = 13.
// 2025-M07 on the new tree (1–31/7/2025, day before 30/6): re-aggregated, the day before
// being on the old tree:
//   POP_START (30/6): LTN = H1 {1,2,3} + H3 {5,6} = 5; TH = H4 {7,8,9} = 3; TD = {10,11} = 2;
//   HA = {12,13,14} = 3 → HP 13 = HD 10 + HPO 3 on 30/6.
//   Flows: only 14 HA → TD on 1/7, two communes of one province (no districts any more: the
//   scope inside the province is OTHER_DISTRICT); nothing for HP or VN. The 12 spells
//   closed and reopened on 1/7 are no flow at all.
//   POP_END (31/7): LTN 5, TH 3, TD {10,11,14} = 3, HA {12,13} = 2 → HP 13.
//   Households: LTN H1, H3; TH H4; TD H5; HA H6 → HP 5. Married women: LTN 6, TH 8 → HP 2.
// 2025 on the new tree (day before 31/12/2024, middle 2/7/2025), re-aggregated:
//   POP_START (31/12/2024): LTN {1,2,3,5,6} = 5; TH {7,8} = 2; TD {10,11,12} = 3; HA {13,14} = 2
//   → HP 12.
//   Flows: birth of 9 (June, in TP, H4) counts in TH, where H4 went (not in LTN, the main
//   successor of TP); 12's move on 30/6 is out of TD and into HA, 14's on 1/7 out of HA and
//   into TD (OTHER_DISTRICT each); for HP both are inside the province: no move at all.
//   POP_MID (2/7/2025) = POP_END (31/12/2025): LTN 5, TH 3, TD 3, HA 2 → HP 13.
//   Check: LTN 5 = 5; TH 2+1 = 3; TD 3+1−1 = 3; HA 2+1−1 = 2; HP 12+1 = 13.
//   Households and married women as in July.
// 2024 on the new tree (day before 31/12/2023, middle 2/7/2024), re-aggregated:
//   POP_START (31/12/2023): LTN {1,2,3,4,5,6} = 6; TH {7,8} = 2; TD {10,11,12} = 3; HA {13,14} = 2
//   → HP 13.
//   Death of 4 on 15/3/2024 (man, 85: group 85–89): H2 was attributed to LTN, so LTN's.
//   Pregnancy of 8 (H4): TH's.
//   POP_MID (2/7/2024) = POP_END (31/12/2024): LTN 5, TH 2, TD 3, HA 2 → HP 12.
//   Households on 31/12/2024: LTN H1, H3 (H2 dissolved); TH H4; TD H5; HA H6 → HP 5.
//   Married women on 31/12/2024: LTN 6, TH 8 → HP 2.
//   On the old tree TP has both: POP_START 8, death 1, pregnancy 1, POP_END 7 = LTN 5 + TH 2.
//
// A second, separate database adds two departures recorded on the old tree and not yet
// received at their destination, one on 1 July and one on 2 July (see the last describe).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOVE_SCOPES, ageGroupLabel, ageGroupOf, parsePeriod, sumAges, type BaseCounts } from "@danso/domain";
import { listPendingArrivals } from "../register/list-pending-arrivals.js";
import { REORGANISATION_INVARIANTS } from "../register/testing-fixture.js";
import { computeBaseCounts } from "../stats/base-counts.js";
import { unitColumns } from "../stats/columns.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { applyReorganisation, READDRESS_STEP } from "./apply.js";
import { UNIT_PATHS, writeDividedRegister, type UnitKey } from "./divided-register.fixture.js";
import type { ReaddressImport, ReaddressResult } from "./readdress.js";

const TODAY = "2026-11-25";
/** The administrator's choice for one household of the divided commune. */
const IMPORT: ReaddressImport = new Map([["HD-TP-03", "10532"]]);
/** Imports to be refused: a new commune that is not a successor of the household's commune
 * (Thành Đông, of the same new province), and a household the register does not hold. */
const NOT_A_SUCCESSOR: ReaddressImport = new Map([["HD-TP-03", "10507"]]);
const UNKNOWN_HOUSEHOLD: ReaddressImport = new Map([["HD-TP-99", "10532"]]);

const OLD_KEYS = ["VN", "HD", "HPO", "TPHD", "HB", "TP", "CT", "QT"] as const;
const NEW_KEYS = ["VN", "HP", "LTN", "TH", "TD", "HA"] as const;

type Figures = BaseCounts & { estimated: boolean; reaggregated: boolean };

let t: TestDatabase;
let units: Record<UnitKey, number>;
/** The register's rows at each step. */
const state: Record<"written" | "afterNotASuccessor" | "afterUnknown" | "beforeTheDay" | "readdressed" | "again", unknown> =
  { written: null, afterNotASuccessor: null, afterUnknown: null, beforeTheDay: null, readdressed: null, again: null };
const refusals: unknown[] = [];
let early: ReaddressResult | null | undefined;
let result: ReaddressResult | null;
let second: ReaddressResult | null | undefined;
let oldTreeBefore: Record<string, Figures>;

/** Every row the re-addressing may touch, in a stable order. */
async function registerState(): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const table of ["area", "household", "person", "residence", "change_event", "household_readdress", "data_step", "app_user", "marriage"]) {
    const { rows } = await t.pool.query(`SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY to_jsonb(x)::text), '[]') AS rows FROM ${table} x`);
    out[table] = rows[0].rows;
  }
  return out;
}

/** Runs the step as `pnpm start` does (its own transaction), on a connection of its own. */
async function apply(today: string, imported?: ReaddressImport): Promise<ReaddressResult | null> {
  const client = await t.pool.connect();
  try {
    return await applyReorganisation(client, today, imported ? { imported } : {});
  } finally {
    client.release();
  }
}

/** The base counts of single-unit columns for a period, by key (all plain or all re-aggregated). */
async function figures<K extends UnitKey>(period: string, keys: readonly K[]): Promise<Record<K, Figures>> {
  const p = parsePeriod(period);
  const cols = await Promise.all(keys.map(async (k) => (await unitColumns(t.db, units[k], p, false))[0]!));
  const counts = await computeBaseCounts(t.db, cols, p);
  return Object.fromEntries(keys.map((k, i) => [k, { ...counts[i]!, estimated: cols[i]!.estimated, reaggregated: cols[i]!.reaggregated ?? false }])) as Record<K, Figures>;
}

/** The counts that are not zero (the tables aside). */
const nonZero = (b: BaseCounts) => Object.fromEntries(Object.entries(b.counts).filter(([, n]) => n !== 0));
/** POP_START, POP_MID, POP_END and DEATHS, both sexes, all ages. */
const stocks = (b: BaseCounts) => ({
  start: sumAges(b.tables.POP_START), mid: sumAges(b.tables.POP_MID), end: sumAges(b.tables.POP_END), deaths: sumAges(b.tables.DEATHS),
});
/** Moves in or out, all scopes together. */
const moves = (b: BaseCounts, way: "MOVES_IN" | "MOVES_OUT") => MOVE_SCOPES.reduce((s, scope) => s + b.counts[`${way}_${scope}`], 0);
const births = (b: BaseCounts) => b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE;

// The steps, in order, each followed by a picture of the register: written on the old tree;
// two refused imports; a run dated before the day; the run with the import; a second run.
beforeAll(async () => {
  t = await createTestDatabase();
  units = await writeDividedRegister(t.pool);
  state.written = await registerState();
  oldTreeBefore = await figures("2025-Q2", OLD_KEYS);
  for (const [imported, key] of [[NOT_A_SUCCESSOR, "afterNotASuccessor"], [UNKNOWN_HOUSEHOLD, "afterUnknown"]] as const) {
    refusals.push(await apply(TODAY, imported).then(() => "applied", (e: unknown) => e));
    state[key] = await registerState();
  }
  early = await apply("2025-06-30", IMPORT);
  state.beforeTheDay = await registerState();
  result = await apply(TODAY, IMPORT);
  state.readdressed = await registerState();
  second = await apply(TODAY, IMPORT);
  state.again = await registerState();
});
afterAll(() => t?.drop());

describe("the re-addressing of the register", () => {
  it("refuses an import naming a unit that is not a successor, or an unknown household, and then changes nothing", () => {
    // Thành Đông (10507) is a new commune of the same city, but Trần Phú went to 10532 and
    // 10537 only; HD-TP-99 is no household. Each attempt rolls back: every row as written.
    expect(refusals[0]).toBeInstanceOf(Error);
    expect((refusals[0] as Error).message).toMatch(/^Tệp chuyển hộ: hộ không có trong sổ, hoặc xã mới không kế thừa xã của hộ .*: HD-TP-03$/);
    expect(refusals[1]).toBeInstanceOf(Error);
    expect((refusals[1] as Error).message).toMatch(/HD-TP-99$/);
    expect(state.afterNotASuccessor).toEqual(state.written);
    expect(state.afterUnknown).toEqual(state.written);
    // Before 1 July 2025 there is nothing to do either.
    expect(early).toBeNull();
    expect(state.beforeTheDay).toEqual(state.written);
  });

  it("runs once and reports what it did", async () => {
    // See THE RE-ADDRESSING above.
    expect(result).toMatchObject({ households: 6, livedThrough: 5, divided: 4, spellsSplit: 12, spellsMoved: 1, eventsMoved: 2, areasSplit: 1, usersMoved: 0 });
    const { rows } = await t.pool.query("SELECT name, detail FROM data_step");
    expect(rows).toEqual([{ name: READDRESS_STEP, detail: JSON.parse(JSON.stringify(result)) }]);
  });

  it("gives every household of the divided commune to exactly one successor, by the shares or by the import", async () => {
    const { rows } = await t.pool.query(
      `SELECT h.code, f.path AS "from", n.path AS "to", r.rule, r.lived_through AS "livedThrough", a.code AS area,
              u.path AS "householdUnit", ha.code AS "householdArea"
         FROM household_readdress r JOIN household h ON h.id = r.household_id
         JOIN admin_unit f ON f.id = r.from_unit_id JOIN admin_unit n ON n.id = r.to_unit_id JOIN area a ON a.id = r.to_area_id
         JOIN admin_unit u ON u.id = h.unit_id JOIN area ha ON ha.id = h.area_id
        WHERE r.effective_on = '2025-07-01' ORDER BY h.code`);
    const P = UNIT_PATHS;
    // One row per household (the primary key allows no second one for the day). A household
    // that lived through the day is now in its successor; H2 ended before and keeps its unit.
    expect(rows).toEqual([
      { code: "HD-CT-05", from: P.CT, to: P.TD, rule: "SOLE_SUCCESSOR", livedThrough: true, area: "T-CT", householdUnit: P.TD, householdArea: "T-CT" },
      { code: "HD-TP-01", from: P.TP, to: P.LTN, rule: "SHARE", livedThrough: true, area: "T-TP", householdUnit: P.LTN, householdArea: "T-TP" },
      { code: "HD-TP-02", from: P.TP, to: P.LTN, rule: "SHARE", livedThrough: false, area: "T-TP", householdUnit: P.TP, householdArea: "T-TP" },
      { code: "HD-TP-03", from: P.TP, to: P.LTN, rule: "IMPORTED", livedThrough: true, area: "T-TP", householdUnit: P.LTN, householdArea: "T-TP" },
      { code: "HD-TP-04", from: P.TP, to: P.TH, rule: "SHARE", livedThrough: true, area: "T-TP/10537", householdUnit: P.TH, householdArea: "T-TP/10537" },
      { code: "HP-QT-06", from: P.QT, to: P.HA, rule: "SOLE_SUCCESSOR", livedThrough: true, area: "T-QT", householdUnit: P.HA, householdArea: "T-QT" },
    ]);
    // Areas: T-TP went with most of its households to LTN, its copy is in TH.
    const areas = await t.pool.query(`SELECT a.code, u.path FROM area a JOIN admin_unit u ON u.id = a.unit_id ORDER BY a.code`);
    expect(areas.rows).toEqual([
      { code: "T-CT", path: P.TD }, { code: "T-QT", path: P.HA }, { code: "T-TP", path: P.LTN }, { code: "T-TP/10537", path: P.TH },
    ]);
  });

  it("closes each spell open on 30 June on 1 July and reopens it the same day in the household's successor", async () => {
    const { rows } = await t.pool.query(
      `SELECT o.person_id AS person, o.household_id AS household, ou.path AS "old", s.path AS successor, nu.path AS "new",
              n.household_id AS "newHousehold", n.valid_to IS NULL AS open
         FROM residence o JOIN residence n ON n.person_id = o.person_id AND n.valid_from = o.valid_to AND n.start_reason = 'REORGANISATION'
         JOIN admin_unit ou ON ou.id = o.unit_id JOIN admin_unit s ON s.id = o.successor_unit_id JOIN admin_unit nu ON nu.id = n.unit_id
        WHERE o.end_reason = 'REORGANISATION' AND o.valid_to = '2025-07-01' ORDER BY 1`);
    const P = UNIT_PATHS;
    const pair = (person: number, household: number, old: string, successor: string) =>
      ({ person, household, old, successor, new: successor, newHousehold: household, open: true });
    expect(rows).toEqual([
      pair(1, 1, P.TP, P.LTN), pair(2, 1, P.TP, P.LTN), pair(3, 1, P.TP, P.LTN), pair(5, 3, P.TP, P.LTN), pair(6, 3, P.TP, P.LTN),
      pair(7, 4, P.TP, P.TH), pair(8, 4, P.TP, P.TH), pair(9, 4, P.TP, P.TH),
      pair(10, 5, P.CT, P.TD), pair(11, 5, P.CT, P.TD), pair(12, 6, P.QT, P.HA), pair(13, 6, P.QT, P.HA),
    ]);
    // No other spell starts or ends with the reorganisation.
    const other = await t.pool.query(
      "SELECT count(*)::int AS n FROM residence WHERE (start_reason = 'REORGANISATION' OR end_reason = 'REORGANISATION') AND NOT (valid_from = '2025-07-01' OR valid_to = '2025-07-01')");
    expect(other.rows[0].n).toBe(0);
    expect((await t.pool.query("SELECT count(*)::int AS n FROM residence WHERE start_reason = 'REORGANISATION'")).rows[0].n).toBe(12);
  });

  it("keeps earlier spells and events in the old units with their successor, and moves later ones to the new units", async () => {
    const P = UNIT_PATHS;
    const spells = await t.pool.query(
      `SELECT r.person_id AS person, r.valid_from::text AS "from", r.valid_to::text AS "to", r.start_reason AS start, r.end_reason AS "end",
              u.path AS unit, s.path AS successor, o.path AS origin, d.path AS destination
         FROM residence r JOIN admin_unit u ON u.id = r.unit_id LEFT JOIN admin_unit s ON s.id = r.successor_unit_id
         LEFT JOIN admin_unit o ON o.id = r.origin_unit_id LEFT JOIN admin_unit d ON d.id = r.destination_unit_id
        WHERE r.person_id IN (4, 12, 14) ORDER BY r.person_id, r.valid_from`);
    expect(spells.rows).toEqual([
      // 4 died in 2024 in H2: his spell stays in TP, counted in LTN (H2's attribution).
      { person: 4, from: "2021-01-01", to: "2024-03-15", start: "INITIAL", end: "DEATH", unit: P.TP, successor: P.LTN, origin: null, destination: null },
      // 12 left CT for QT on 30/6: both ends stay on the old tree; the spell in QT, one day
      // long, is closed by the reform (its destination cleared) and goes on in HA.
      { person: 12, from: "2021-01-01", to: "2025-06-30", start: "INITIAL", end: "MOVE_OUT", unit: P.CT, successor: P.TD, origin: null, destination: P.QT },
      { person: 12, from: "2025-06-30", to: "2025-07-01", start: "MOVE_IN", end: "REORGANISATION", unit: P.QT, successor: P.HA, origin: P.CT, destination: null },
      { person: 12, from: "2025-07-01", to: null, start: "REORGANISATION", end: null, unit: P.HA, successor: null, origin: null, destination: null },
      // 14 left QT for CT on 1/7: the spell in QT ended that day (nothing to split) and now
      // names TD as destination; the spell recorded in CT from 1/7 is now in TD. Its origin
      // is the unit of the spell she left, which the register holds (QT, counted in HA).
      { person: 14, from: "2021-01-01", to: "2025-07-01", start: "INITIAL", end: "MOVE_OUT", unit: P.QT, successor: P.HA, origin: null, destination: P.TD },
      { person: 14, from: "2025-07-01", to: null, start: "MOVE_IN", end: null, unit: P.TD, successor: null, origin: P.QT, destination: null },
    ]);
    // From 1 July on no spell is in a unit of the old tree.
    const oldAfter = await t.pool.query(
      `SELECT count(*)::int AS n FROM residence r JOIN admin_unit u ON u.id = r.unit_id
        WHERE u.valid_to = '2025-07-01' AND (r.valid_to IS NULL OR r.valid_to > '2025-07-01')`);
    expect(oldAfter.rows[0].n).toBe(0);

    const events = await t.pool.query(
      `SELECT e.id::int, e.type, u.path AS unit, s.path AS successor, e.payload->>'originUnitCode' AS origin, e.payload->>'destinationUnitCode' AS destination
         FROM change_event e JOIN admin_unit u ON u.id = e.unit_id LEFT JOIN admin_unit s ON s.id = e.successor_unit_id ORDER BY e.id`);
    expect(events.rows).toEqual([
      // Before the day: the old unit, with the successor of the event's household.
      { id: 1, type: "DEATH", unit: P.TP, successor: P.LTN, origin: null, destination: null },
      { id: 2, type: "PREGNANCY", unit: P.TP, successor: P.TH, origin: null, destination: null }, // H4 → TH, not TP's main successor LTN
      { id: 3, type: "BIRTH", unit: P.TP, successor: P.TH, origin: null, destination: null },
      { id: 4, type: "MOVE_OUT", unit: P.CT, successor: P.TD, origin: null, destination: null },
      { id: 5, type: "MOVE_IN", unit: P.QT, successor: P.HA, origin: null, destination: null },
      // On the day: moved to the new units, and the slip's other commune is its successor.
      { id: 6, type: "MOVE_OUT", unit: P.HA, successor: null, origin: null, destination: "10507" },
      { id: 7, type: "MOVE_IN", unit: P.TD, successor: null, origin: "11602", destination: null },
    ]);
  });

  it("leaves spells, events and households as every re-addressed register must be", async () => {
    // The invariants the generated population is checked against (seed.int.test.ts).
    const violations: Record<string, number> = {};
    for (const [name, sql] of Object.entries(REORGANISATION_INVARIANTS)) violations[name] = Number((await t.pool.query(sql)).rows[0].n);
    expect(Object.entries(violations).filter(([, n]) => n > 0)).toEqual([]);
  });

  it("does nothing when run a second time", () => {
    expect(second).toBeNull();
    expect(state.again).toEqual(state.readdressed);
  });
});

describe("statistics across the reform", () => {
  it("leaves the old tree's figures as they were", async () => {
    expect(await figures("2025-Q2", OLD_KEYS)).toEqual(oldTreeBefore);
  });

  it("counts the 30 June move as migration between the old provinces in the second quarter", async () => {
    // See 2025-Q2 above.
    const f = await figures("2025-Q2", OLD_KEYS);
    expect(Object.values(f).some((c) => c.reaggregated || c.estimated)).toBe(false);
    expect(nonZero(f.CT)).toEqual({ HOUSEHOLDS_FAMILY: 1, MOVES_OUT_OTHER_PROVINCE: 1 });
    expect(nonZero(f.QT)).toEqual({ HOUSEHOLDS_FAMILY: 1, MOVES_IN_OTHER_PROVINCE: 1 });
    expect(nonZero(f.TP)).toEqual({ HOUSEHOLDS_FAMILY: 3, MARRIED_WOMEN_15_49: 2, BIRTHS_FEMALE: 1, BIRTHS_MOTHER_30_34: 1 });
    const inHD = { HOUSEHOLDS_FAMILY: 4, MARRIED_WOMEN_15_49: 2, BIRTHS_FEMALE: 1, BIRTHS_MOTHER_30_34: 1, MOVES_OUT_OTHER_PROVINCE: 1 };
    expect(nonZero(f.TPHD)).toEqual(inHD);
    expect(nonZero(f.HD)).toEqual(inHD);
    expect(nonZero(f.HB)).toEqual({ HOUSEHOLDS_FAMILY: 1, MOVES_IN_OTHER_PROVINCE: 1 });
    expect(nonZero(f.HPO)).toEqual({ HOUSEHOLDS_FAMILY: 1, MOVES_IN_OTHER_PROVINCE: 1 });
    // For the nation the move is internal.
    expect(nonZero(f.VN)).toEqual({ HOUSEHOLDS_FAMILY: 5, MARRIED_WOMEN_15_49: 2, BIRTHS_FEMALE: 1, BIRTHS_MOTHER_30_34: 1 });
    expect(stocks(f.TP)).toEqual({ start: 7, mid: 7, end: 8, deaths: 0 }); // middle 16/5: 9 not born yet
    expect(stocks(f.CT)).toEqual({ start: 3, mid: 3, end: 2, deaths: 0 });
    expect(stocks(f.QT)).toEqual({ start: 2, mid: 2, end: 3, deaths: 0 });
    expect(stocks(f.HD)).toEqual({ start: 10, mid: 10, end: 10, deaths: 0 });
    expect(stocks(f.HPO)).toEqual({ start: 2, mid: 2, end: 3, deaths: 0 });
    expect(stocks(f.VN)).toEqual({ start: 12, mid: 12, end: 13, deaths: 0 });
  });

  it("counts both moves inside the new province in its re-aggregated 2025, and a June birth in the household's new commune", async () => {
    // See 2025 above.
    const f = await figures("2025", NEW_KEYS);
    expect(Object.values(f).every((c) => c.reaggregated)).toBe(true);
    expect(nonZero(f.LTN)).toEqual({ HOUSEHOLDS_FAMILY: 2, MARRIED_WOMEN_15_49: 1 });
    expect(nonZero(f.TH)).toEqual({ HOUSEHOLDS_FAMILY: 1, MARRIED_WOMEN_15_49: 1, BIRTHS_FEMALE: 1, BIRTHS_MOTHER_30_34: 1 });
    expect(nonZero(f.TD)).toEqual({ HOUSEHOLDS_FAMILY: 1, MOVES_IN_OTHER_DISTRICT: 1, MOVES_OUT_OTHER_DISTRICT: 1 });
    expect(nonZero(f.HA)).toEqual({ HOUSEHOLDS_FAMILY: 1, MOVES_IN_OTHER_DISTRICT: 1, MOVES_OUT_OTHER_DISTRICT: 1 });
    const inHP = { HOUSEHOLDS_FAMILY: 5, MARRIED_WOMEN_15_49: 2, BIRTHS_FEMALE: 1, BIRTHS_MOTHER_30_34: 1 };
    expect(nonZero(f.HP)).toEqual(inHP); // no MOVES_* at all: both moves are inside the city
    expect(nonZero(f.VN)).toEqual(inHP);
    expect(stocks(f.LTN)).toEqual({ start: 5, mid: 5, end: 5, deaths: 0 });
    expect(stocks(f.TH)).toEqual({ start: 2, mid: 3, end: 3, deaths: 0 });
    expect(stocks(f.TD)).toEqual({ start: 3, mid: 3, end: 3, deaths: 0 });
    expect(stocks(f.HA)).toEqual({ start: 2, mid: 2, end: 2, deaths: 0 });
    expect(stocks(f.HP)).toEqual({ start: 12, mid: 13, end: 13, deaths: 0 });
    // Lê Thanh Nghị, Tân Hưng and Hồng An took in parts of communes: estimated. Thành Đông
    // took in whole communes only; the city holds every successor of the communes divided
    // among its wards, so its own figures apportion nothing.
    expect({ LTN: f.LTN.estimated, TH: f.TH.estimated, TD: f.TD.estimated, HA: f.HA.estimated, HP: f.HP.estimated })
      .toEqual({ LTN: true, TH: true, TD: false, HA: true, HP: false });
  });

  it("attributes a 2024 death in a household that ended before the reform to one successor, whose column is estimated", async () => {
    // See 2024 above.
    const f = await figures("2024", NEW_KEYS);
    const { rows } = await t.pool.query("SELECT lived_through, rule FROM household_readdress WHERE household_id = 2");
    expect(rows).toEqual([{ lived_through: false, rule: "SHARE" }]);
    expect(ageGroupLabel(ageGroupOf(85))).toBe("85–89");
    expect(f.LTN.tables.DEATHS.male[ageGroupOf(85)]).toBe(1);
    expect(stocks(f.LTN)).toEqual({ start: 6, mid: 5, end: 5, deaths: 1 });
    expect(f.LTN.estimated).toBe(true);
    expect(nonZero(f.LTN)).toEqual({ HOUSEHOLDS_FAMILY: 2, MARRIED_WOMEN_15_49: 1 });
    expect(stocks(f.TH)).toEqual({ start: 2, mid: 2, end: 2, deaths: 0 });
    expect(nonZero(f.TH)).toEqual({ HOUSEHOLDS_FAMILY: 1, MARRIED_WOMEN_15_49: 1, PREGNANCIES: 1 });
    expect(stocks(f.TD)).toEqual({ start: 3, mid: 3, end: 3, deaths: 0 });
    expect(stocks(f.HA)).toEqual({ start: 2, mid: 2, end: 2, deaths: 0 });
    expect(stocks(f.HP)).toEqual({ start: 13, mid: 12, end: 12, deaths: 1 });
    expect(f.HP.tables.DEATHS.male[ageGroupOf(85)]).toBe(1);
    expect(nonZero(f.HP)).toEqual({ HOUSEHOLDS_FAMILY: 5, MARRIED_WOMEN_15_49: 2, PREGNANCIES: 1 });
    // On the old tree the divided commune has it all, and is counted, not estimated.
    const old = await figures("2024", ["TP"] as const);
    expect(old.TP.estimated || old.TP.reaggregated).toBe(false);
    expect(stocks(old.TP)).toEqual({ start: 8, mid: 7, end: 7, deaths: 1 });
    expect(old.TP.tables.DEATHS.male[ageGroupOf(85)]).toBe(1);
    expect(nonZero(old.TP)).toEqual({ HOUSEHOLDS_FAMILY: 3, MARRIED_WOMEN_15_49: 2, PREGNANCIES: 1 });
  });

  it("counts a successor of a divided commune alone as beside its neighbours (the other successors' people are outside its column)", async () => {
    const together = await figures("2024", NEW_KEYS);
    for (const key of ["LTN", "TH"] as const) {
      const alone = (await figures("2024", [key] as const))[key];
      expect(alone, key).toEqual(together[key]);
    }
  });

  it("keeps the stock across the day: the new city on 1 July holds the old provinces' people of 30 June", async () => {
    // Spells: 13 persons on 30/6 in HD (TP 8 + CT 2) and HPO (QT 3); 13 on 1/7 in HP, the
    // same persons (14 has moved inside the city, nobody was born or died on 1/7).
    const persons = async (like: string[], day: string) => (await t.pool.query<{ person_id: number }>(
      `SELECT r.person_id FROM residence r JOIN admin_unit u ON u.id = r.unit_id
        WHERE u.path LIKE ANY($1) AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to > $2::date) ORDER BY 1`, [like, day])).rows.map((r) => r.person_id);
    const june30 = await persons(["VN.30.%", "VN.31.%"], "2025-06-30");
    const july1 = await persons(["VN.T2025.31.%"], "2025-07-01");
    expect(june30).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(july1).toEqual(june30);
    // The engine: July's start (30/6, re-aggregated) = June's end of the old provinces.
    const june = await figures("2025-M06", ["HD", "HPO"] as const);
    const july = await figures("2025-M07", ["HP", "VN"] as const);
    expect([stocks(june.HD).end, stocks(june.HPO).end]).toEqual([10, 3]);
    expect(stocks(july.HP)).toMatchObject({ start: 13, end: 13 });
    expect(july.HP.tables.POP_START).toEqual({
      male: june.HD.tables.POP_END.male.map((n, g) => n + june.HPO.tables.POP_END.male[g]!),
      female: june.HD.tables.POP_END.female.map((n, g) => n + june.HPO.tables.POP_END.female[g]!),
    });
    expect(stocks(july.VN)).toMatchObject({ start: 13, end: 13 });
  });

  it("adds no move and no correction in July at any level: only the 1 July move, inside the city", async () => {
    // See 2025-M07 above: the city and its 114 communes, and the nation.
    const period = parsePeriod("2025-M07");
    const cols = [...await unitColumns(t.db, units.HP, period, true), ...await unitColumns(t.db, units.VN, period, false)];
    expect(cols.length).toBe(116);
    const counts = await computeBaseCounts(t.db, cols, period);
    const expected: Record<string, { counts: Record<string, number>; start: number; end: number }> = {
      [units.HP]: { counts: { HOUSEHOLDS_FAMILY: 5, MARRIED_WOMEN_15_49: 2 }, start: 13, end: 13 },
      [units.VN]: { counts: { HOUSEHOLDS_FAMILY: 5, MARRIED_WOMEN_15_49: 2 }, start: 13, end: 13 },
      [units.LTN]: { counts: { HOUSEHOLDS_FAMILY: 2, MARRIED_WOMEN_15_49: 1 }, start: 5, end: 5 },
      [units.TH]: { counts: { HOUSEHOLDS_FAMILY: 1, MARRIED_WOMEN_15_49: 1 }, start: 3, end: 3 },
      [units.TD]: { counts: { HOUSEHOLDS_FAMILY: 1, MOVES_IN_OTHER_DISTRICT: 1 }, start: 2, end: 3 },
      [units.HA]: { counts: { HOUSEHOLDS_FAMILY: 1, MOVES_OUT_OTHER_DISTRICT: 1 }, start: 3, end: 2 },
    };
    cols.forEach((col, i) => {
      const b = counts[i]!, want = expected[col.unit.id] ?? { counts: {}, start: 0, end: 0 };
      expect(col.reaggregated, col.unit.name).toBe(true);
      expect(nonZero(b), col.unit.name).toEqual(want.counts);
      expect(b.counts.REGISTER_CORRECTIONS, col.unit.name).toBe(0);
      const s = stocks(b);
      expect([s.start, s.end], col.unit.name).toEqual([want.start, want.end]);
      // start + births − deaths + in − out + corrections = end
      expect(s.start + births(b) - s.deaths + moves(b, "MOVES_IN") - moves(b, "MOVES_OUT") + b.counts.REGISTER_CORRECTIONS, col.unit.name).toBe(s.end);
    });
  });
});

describe("a departure on the day whose arrival is not recorded yet", () => {
  // The same register plus two men of H5 who left Cẩm Thượng for Quán Toan, 20 on 1/7/2025
  // and 21 on 2/7/2025, recorded on the old tree; Quán Toan has not recorded either arrival.
  // After the re-addressing both are expected in Hồng An (QT's sole successor), where the
  // officer receives them: their spells name HA, as their move-out slips do.
  let d: TestDatabase;
  let ids: Record<UnitKey, number>;
  beforeAll(async () => {
    d = await createTestDatabase();
    ids = await writeDividedRegister(d.pool);
    for (const [id, day] of [[20, "2025-07-01"], [21, "2025-07-02"]] as const) {
      await d.pool.query(
        `INSERT INTO person (id, household_id, full_name, search_name, sex, birth_date, ethnicity, education, marital_status, relation_to_head, residence_status)
         VALUES ($1, 5, $2, $2, 'MALE', '1999-09-09', '01', 'NONE', 'NEVER_MARRIED', 'OTHER', 'PERMANENT')`, [id, `Trịnh Văn ${id}`]);
      await d.pool.query(
        `INSERT INTO residence (person_id, household_id, unit_id, valid_from, valid_to, start_reason, end_reason, destination_unit_id, sex, birth_date)
         VALUES ($1, 5, $2, '2021-01-01', $3, 'INITIAL', 'MOVE_OUT', $4, 'MALE', '1999-09-09')`, [id, ids.CT, day, ids.QT]);
      await d.pool.query(
        `INSERT INTO change_event (type, status, source, occurred_on, unit_id, household_id, person_id, payload)
         VALUES ('MOVE_OUT', 'VERIFIED', 'ONLINE', $1, $2, 5, $3, $4)`, [day, ids.CT, id, JSON.stringify({ destinationUnitId: ids.QT })]);
    }
    const client = await d.pool.connect();
    try {
      await applyReorganisation(client, TODAY);
    } finally {
      client.release();
    }
  });
  afterAll(() => d?.drop());

  it("names the successor of the destination on the spell and the slip, for a departure on 1 July as on 2 July", async () => {
    const { rows } = await d.pool.query(
      `SELECT r.person_id AS person, r.valid_to::text AS "to", u.path AS unit, dst.path AS destination
         FROM residence r JOIN admin_unit u ON u.id = r.unit_id LEFT JOIN admin_unit dst ON dst.id = r.destination_unit_id
        WHERE r.person_id IN (20, 21) ORDER BY r.person_id, r.valid_from`);
    expect(rows).toEqual([
      // 20's spell ended on the day: not split, it stays in CT (counted in TD).
      { person: 20, to: "2025-07-01", unit: UNIT_PATHS.CT, destination: UNIT_PATHS.HA },
      // 21's was open on the day: split, its part from 1/7 is in TD and ends with the move.
      { person: 21, to: "2025-07-01", unit: UNIT_PATHS.CT, destination: null },
      { person: 21, to: "2025-07-02", unit: UNIT_PATHS.TD, destination: UNIT_PATHS.HA },
    ]);
    const slips = await d.pool.query("SELECT person_id AS person, payload->>'destinationUnitCode' AS code FROM change_event WHERE person_id IN (20, 21) ORDER BY 1");
    expect(slips.rows).toEqual([{ person: 20, code: "11602" }, { person: 21, code: "11602" }]);
    const pending = await d.db.$transaction((tx) => listPendingArrivals(tx, ids.HA));
    expect(pending.map((p) => [p.personId, p.movedOn])).toEqual([[20, "2025-07-01"], [21, "2025-07-02"]]);
  });
});
