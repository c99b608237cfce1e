// Who is on each list, on a register small enough to check by hand. Two wards of today's
// Thành phố Hải Phòng: TD (Phường Thành Đông) and HA (Phường Hồng An). Reference date
// 1 November 2026 (the year N = 2026) unless a test says otherwise.
//
//  id  who                         sex  born        where                                   in / out
//   1  Ánh                          F   2020-01-01  TD   turns 6 on 1 Jan 2026       GRADE_1 in (first day of N − 6)
//   2  Bảo                          M   2020-12-31  TD   turns 6 on 31 Dec 2026      GRADE_1 in (last day); under 6 in
//   3  Chi                          F   2019-12-31  TD   turned 7 in 2026            GRADE_1 out
//   4  Dũng                         M   2021-01-01  TD   turns 5 in 2026             GRADE_1 out, KINDERGARTEN in
//   5  Giao                         F   2020-06-01  TD   died 1 Mar 2026             out everywhere
//   6  Hà                           F   2020-05-05  TD → HA on 1 Aug 2026           out of TD, in HA's GRADE_1
//   7  Hằng                         F   2008-01-01  TD   a woman aged 18            not in MILITARY_CALLUP
//   8  Khang                        M   2008-01-01  TD   18                          MILITARY_CALLUP in
//   9  Lâm                          M   2000-11-01  TD   26 on the reference date, no deferral     out
//  10  Long                         M   2000-11-01  TD   26 on the day, study deferral noted       in, with the deferral
//  11  Mạnh                         M   1998-11-01  TD   28 on the day, deferral noted              out
//  12  Nam                          M   2009-12-31  TD   turns 17 on 31 Dec 2026     MILITARY_REGISTRATION in
//  13  Ông Phú (head of H1)         M   1966-11-01  TD   60 on the day               ELDERLY in
//  14  Quế                          F   1966-11-02  TD   60 the next day             ELDERLY out
//  15  Sang                         M   2010-01-01  TD   turns 17 in 2027            MILITARY_REGISTRATION out
//  16  Tú                           M   2020-11-01  TD   6 on the day                under 6 out, GRADE_1 in
//  17  Uyên                         F   2020-11-02  TD   6 the next day              under 6 in, GRADE_1 in
//  18  Vĩnh                         M   2008-06-06  HA   18, the other ward          only in HA's lists
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPersonList, type IsoDate } from "@danso/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { unitIdsByPath } from "../testing/unit-ids.js";
import { listByCommune, listCounts, listPage } from "./person-list.js";

const PATHS = { TD: "VN.T2025.31.10507", HA: "VN.T2025.31.11602" } as const;
type Ward = keyof typeof PATHS;

// [id, name, sex, birth, household, death, deferral]
const PERSONS: [number, string, "MALE" | "FEMALE", string, number, string | null, string | null][] = [
  [1, "Nguyễn Thị Ánh", "FEMALE", "2020-01-01", 1, null, null],
  [2, "Nguyễn Văn Bảo", "MALE", "2020-12-31", 1, null, null],
  [3, "Trần Thị Chi", "FEMALE", "2019-12-31", 2, null, null],
  [4, "Trần Văn Dũng", "MALE", "2021-01-01", 2, null, null],
  [5, "Lê Thị Giao", "FEMALE", "2020-06-01", 2, "2026-03-01", null],
  [6, "Phạm Thị Hà", "FEMALE", "2020-05-05", 3, null, null],
  [7, "Vũ Thị Hằng", "FEMALE", "2008-01-01", 2, null, null],
  [8, "Vũ Văn Khang", "MALE", "2008-01-01", 2, null, null],
  [9, "Đỗ Văn Lâm", "MALE", "2000-11-01", 2, null, null],
  [10, "Đỗ Văn Long", "MALE", "2000-11-01", 1, null, "2027-06-30"],
  [11, "Bùi Văn Mạnh", "MALE", "1998-11-01", 1, null, "2024-06-30"],
  [12, "Hoàng Văn Nam", "MALE", "2009-12-31", 1, null, null],
  [13, "Nguyễn Văn Phú", "MALE", "1966-11-01", 1, null, null],
  [14, "Đinh Thị Quế", "FEMALE", "1966-11-02", 2, null, null],
  [15, "Lý Văn Sang", "MALE", "2010-01-01", 2, null, null],
  [16, "Mai Văn Tú", "MALE", "2020-11-01", 2, null, null],
  [17, "Mai Thị Uyên", "FEMALE", "2020-11-02", 2, null, null],
  [18, "Kiều Văn Vĩnh", "MALE", "2008-06-06", 3, null, null],
];
// [household, ward]
const HOUSEHOLDS: [number, Ward][] = [[1, "TD"], [2, "TD"], [3, "HA"]];

let t: TestDatabase;
let units: Record<Ward, number>;

beforeAll(async () => {
  t = await createTestDatabase();
  units = await unitIdsByPath(t.pool, PATHS);
  const q = (sql: string, params: unknown[]) => t.pool.query(sql, params);
  for (const w of ["TD", "HA"] as const) await q("INSERT INTO area (id, code, name, unit_id) VALUES ($1, $2, $3, $1)", [units[w], `T-${w}`, `Tổ dân phố ${w}`]);
  for (const [id, w] of HOUSEHOLDS) {
    await q(`INSERT INTO household (id, code, area_id, unit_id, address, established_on) VALUES ($1, $2, $3, $3, $4, '2000-01-01')`, [id, `H${id}`, units[w], `Số ${id} phố Chợ`]);
  }
  for (const [id, name, sex, birth, household, death, deferral] of PERSONS) {
    await q(
      `INSERT INTO person (id, household_id, full_name, search_name, sex, birth_date, ethnicity, education, marital_status, relation_to_head, death_date, study_deferred_until, mother_id)
       VALUES ($1, $2, $3, $3, $4::sex, $5, '01', 'NONE', 'NEVER_MARRIED', $6::relation_to_head, $7, $8, NULL)`,
      [id, household, name, sex, birth, id === 13 ? "HEAD" : "OTHER", death, deferral],
    );
  }
  await q("UPDATE person SET mother_id = 14 WHERE id = 4", []);
  const spell = (person: number, household: number, w: Ward, from: string, to: string | null, start: string, end: string | null) => {
    const p = PERSONS.find((r) => r[0] === person)!;
    return q(
      `INSERT INTO residence (person_id, household_id, unit_id, valid_from, valid_to, start_reason, end_reason, sex, birth_date)
       VALUES ($1, $2, $3, $4, $5, $6::spell_start, $7::spell_end, $8::sex, $9)`,
      [person, household, units[w], from, to, start, end, p[2], p[3]],
    );
  };
  for (const [id, , , , household, death] of PERSONS) {
    if (id === 6) continue;
    await spell(id, household, HOUSEHOLDS.find((h) => h[0] === household)![1], "2025-07-01", death, "INITIAL", death ? "DEATH" : null);
  }
  await spell(6, 2, "TD", "2025-07-01", "2026-08-01", "INITIAL", "MOVE_OUT");
  await spell(6, 3, "HA", "2026-08-01", null, "MOVE_IN", null);
});
afterAll(() => t.drop());

async function listed(code: string, ward: Ward, on: IsoDate = "2026-11-01"): Promise<number[]> {
  const rows = await listPage(t.db, { definition: getPersonList(code)!, referenceDate: on, communeIds: [units[ward]] }, { limit: 500 });
  return rows.map((r) => r.personId);
}

describe("person lists on a hand-built register", () => {
  it("grade 1: born from 1 January to 31 December of N − 6, living in the ward on the day", async () => {
    expect(await listed("GRADE_1", "TD")).toEqual([1, 2, 16, 17]);
    expect(await listed("GRADE_1", "HA")).toEqual([6]);
    // Before her move Hà was listed in TD, not yet in HA.
    expect(await listed("GRADE_1", "TD", "2026-07-31")).toEqual([1, 2, 6, 16, 17]);
    expect(await listed("GRADE_1", "HA", "2026-07-31")).toEqual([]);
    // Giao, who died in March, was on the list in February.
    expect(await listed("GRADE_1", "TD", "2026-02-28")).toEqual([1, 2, 5, 6, 16, 17]);
  });

  it("kindergarten and grade-by-year lists follow the birth year", async () => {
    expect(await listed("KINDERGARTEN", "TD")).toEqual([4]);
  });

  it("military call-up: men from 18 to the end of 25, to the end of 27 with a study deferral", async () => {
    expect(await listed("MILITARY_CALLUP", "TD")).toEqual([8, 10]);
    expect(await listed("MILITARY_CALLUP", "HA")).toEqual([18]);
    // The day before, Lâm was still 25, and Mạnh, with his deferral, still 27.
    expect(await listed("MILITARY_CALLUP", "TD", "2026-10-31")).toEqual([8, 9, 10, 11]);
  });

  it("military registration: men turning 17 in the year", async () => {
    expect(await listed("MILITARY_REGISTRATION", "TD")).toEqual([12]);
    expect(await listed("MILITARY_REGISTRATION", "TD", "2027-01-01")).toEqual([15]);
  });

  it("children under 6 and the elderly, on completed years", async () => {
    expect(await listed("CHILDREN_UNDER_6", "TD")).toEqual([2, 4, 17]);
    expect(await listed("ELDERLY", "TD")).toEqual([13]);
    expect(await listed("ELDERLY", "TD", "2026-11-02")).toEqual([13, 14]);
  });

  it("rows carry the household, its head, the parents and the deferral", async () => {
    const [long] = (await listPage(t.db, { definition: getPersonList("MILITARY_CALLUP")!, referenceDate: "2026-11-01", communeIds: [units.TD] }, { limit: 500, afterId: 9 }));
    expect(long).toMatchObject({ personId: 10, householdCode: "H1", address: "Số 1 phố Chợ", headName: "Nguyễn Văn Phú", studyDeferredUntil: "2027-06-30", communeName: "Phường Thành Đông" });
    const [dung] = await listPage(t.db, { definition: getPersonList("KINDERGARTEN")!, referenceDate: "2026-11-01", communeIds: [units.TD] }, { limit: 1 });
    expect(dung).toMatchObject({ personId: 4, motherName: "Đinh Thị Quế", fatherName: null, headName: null });
  });

  it("counts and the export agree with the pages, commune by commune in the order asked", async () => {
    const q = { definition: getPersonList("GRADE_1")!, referenceDate: "2026-11-01", communeIds: [units.HA, units.TD] };
    expect((await listCounts(t.db, q)).sort((a, b) => a.communeId - b.communeId)).toEqual(
      [{ communeId: units.TD, areaId: units.TD, count: 4 }, { communeId: units.HA, areaId: units.HA, count: 1 }].sort((a, b) => a.communeId - b.communeId),
    );
    const chunks: number[][] = [];
    for await (const rows of listByCommune(t.db, q)) chunks.push(rows.map((r) => r.personId));
    // HA first, as asked; in TD by household code, then birth date.
    expect(chunks).toEqual([[6], [1, 2, 16, 17]]);
  });
});
