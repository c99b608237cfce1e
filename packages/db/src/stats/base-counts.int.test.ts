// The engine on a generated population (Hải Dương and Hải Phòng at 1 % of their size, about
// 40,000 persons with five years of history): figures of one unit do not depend on the
// columns computed with it, add up from communes to districts to the province except
// migration, never count a move inside a unit, balance stocks and flows, and agree with a
// brute-force count of the spells in plain TypeScript.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COUNT_CODES, MOVE_SCOPES, dayBefore, parsePeriod, periodMidpoint, sumAges, type BaseCounts, type CountCode, type Period,
} from "@danso/domain";
import { seedPopulation } from "../seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { computeBaseCounts, type StatColumn } from "./base-counts.js";
import { unitColumns, type UnitColumn } from "./columns.js";

const PERIODS = ["2024", "2025-Q2", "2026-M03"].map(parsePeriod);
let t: TestDatabase;
let province: UnitColumn[];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.01, seed: 5, today: "2026-11-25" }, () => {});
  const { rows } = await t.pool.query<{ id: number }>("SELECT id FROM admin_unit WHERE path = 'VN.30'");
  province = await unitColumns(t.db, rows[0]!.id, "2026-11-25", true);
}, 300_000);
afterAll(() => t?.drop());

const NOT_ADDITIVE = new Set<CountCode>([
  ...MOVE_SCOPES.flatMap((s) => [`MOVES_IN_${s}`, `MOVES_OUT_${s}`] as const), "COUPLES_MARRIED", "COUPLES_COUNSELLED",
]);
const total = (b: BaseCounts, prefix: "MOVES_IN" | "MOVES_OUT") => MOVE_SCOPES.reduce((s, x) => s + b.counts[`${prefix}_${x}`], 0);
const sum = (parts: BaseCounts[], f: (b: BaseCounts) => number) => parts.reduce((s, b) => s + f(b), 0);

/** The district's column and one column per commune of it. */
async function districtColumns(district: UnitColumn): Promise<UnitColumn[]> {
  return unitColumns(t.db, district.unit.id, "2026-11-25", true);
}

describe("base counts on a generated population", () => {
  it("give a unit the same figures whatever columns are computed with it", async () => {
    const p = PERIODS[0]!;
    const together = await computeBaseCounts(t.db, province, p);
    const alone = await computeBaseCounts(t.db, [province[0]!], p);
    expect(alone[0]).toEqual(together[0]);
    const district = await computeBaseCounts(t.db, [province[3]!], p);
    expect(district[0]).toEqual(together[3]);
    expect(sumAges(together[0]!.tables.POP_END)).toBeGreaterThan(15_000);
  });

  for (const period of PERIODS) {
    it(`add up from communes to districts to the province, except migration (${period.code})`, async () => {
      const byDistrict = await computeBaseCounts(t.db, province, period);
      const [whole, ...districts] = byDistrict;
      const checkSum = (parent: BaseCounts, parts: BaseCounts[], label: string) => {
        for (const code of COUNT_CODES) {
          if (!NOT_ADDITIVE.has(code)) expect(sum(parts, (b) => b.counts[code]), `${label} ${code}`).toBe(parent.counts[code]);
        }
        for (const table of ["POP_START", "POP_MID", "POP_END", "DEATHS"] as const) {
          for (const sex of ["male", "female"] as const) {
            parent.tables[table][sex].forEach((v, g) => expect(sum(parts, (b) => b.tables[table][sex][g]!), `${label} ${table} ${sex} ${g}`).toBe(v));
          }
        }
      };
      checkSum(whole!, districts, "province");
      for (const district of province.slice(1, 4)) {
        const [d, ...communes] = await computeBaseCounts(t.db, await districtColumns(district), period);
        checkSum(d!, communes, district.unit.name);
      }
    });

    it(`never count a move inside the unit (${period.code})`, async () => {
      const [whole, ...districts] = await computeBaseCounts(t.db, province, period);
      for (const dir of ["MOVES_IN", "MOVES_OUT"] as const) {
        // Province: moves between its districts are internal; what remains is from/to outside.
        expect(whole!.counts[`${dir}_SAME_DISTRICT`]).toBe(0);
        expect(whole!.counts[`${dir}_OTHER_DISTRICT`]).toBe(0);
        expect(total(whole!, dir)).toBe(sum(districts, (b) => total(b, dir) - b.counts[`${dir}_OTHER_DISTRICT`]));
        expect(whole!.counts[`${dir}_OTHER_PROVINCE`]).toBe(sum(districts, (b) => b.counts[`${dir}_OTHER_PROVINCE`]));
      }
      // Every move between two districts is an out-move of one and an in-move of another.
      expect(sum(districts, (b) => b.counts.MOVES_IN_OTHER_DISTRICT)).toBe(sum(districts, (b) => b.counts.MOVES_OUT_OTHER_DISTRICT));
      let sameDistrict = 0;
      for (const district of province.slice(1)) {
        const [d, ...communes] = await computeBaseCounts(t.db, await districtColumns(district), period);
        for (const dir of ["MOVES_IN", "MOVES_OUT"] as const) {
          expect(d!.counts[`${dir}_SAME_DISTRICT`]).toBe(0);
          expect(total(d!, dir)).toBe(sum(communes, (b) => total(b, dir) - b.counts[`${dir}_SAME_DISTRICT`]));
        }
        expect(sum(communes, (b) => b.counts.MOVES_IN_SAME_DISTRICT)).toBe(sum(communes, (b) => b.counts.MOVES_OUT_SAME_DISTRICT));
        sameDistrict += sum(communes, (b) => b.counts.MOVES_IN_SAME_DISTRICT);
      }
      // The same number straight from the spells: moves whose two communes share a district.
      const { rows } = await t.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM residence r JOIN admin_unit a ON a.id = r.unit_id JOIN admin_unit b ON b.id = r.origin_unit_id
          WHERE r.start_reason = 'MOVE_IN' AND r.valid_from BETWEEN $1 AND $2 AND a.parent_id = b.parent_id AND a.path LIKE 'VN.30.%'`,
        [period.start, period.end],
      );
      expect(sameDistrict).toBe(rows[0]!.n);
      expect(sameDistrict).toBeGreaterThan(0);
    });
  }

  it("balance: stock the day before + births − deaths + moves in − moves out + corrections = stock on the last day", async () => {
    for (const period of PERIODS) {
      for (const columns of [province, await districtColumns(province[1]!)]) {
        const counts = await computeBaseCounts(t.db, columns, period);
        counts.forEach((b, i) => {
          const births = b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE;
          const flows = births - sumAges(b.tables.DEATHS) + total(b, "MOVES_IN") - total(b, "MOVES_OUT") + b.counts.REGISTER_CORRECTIONS;
          expect(sumAges(b.tables.POP_START) + flows, `${columns[i]!.unit.name} ${period.code}`).toBe(sumAges(b.tables.POP_END));
        });
      }
    }
  });
});

interface SpellRow {
  unit: number;
  from: string;
  to: string | null;
  start: string;
  end: string | null;
  origin: number | null;
  destination: number | null;
  female: boolean;
  household: number;
}

/** Stocks, flows and households counted spell by spell, the plain way. */
function bruteForce(spells: SpellRow[], units: Set<number>, p: Period) {
  const covers = (s: SpellRow, d: string) => s.from <= d && (s.to === null || s.to > d);
  const inPeriod = (d: string | null) => d !== null && d >= p.start && d <= p.end;
  const mine = spells.filter((s) => units.has(s.unit));
  const end = mine.filter((s) => covers(s, p.end));
  return {
    popEnd: end.length,
    womenEnd: end.filter((s) => s.female).length,
    popStart: mine.filter((s) => covers(s, dayBefore(p))).length,
    popMid: mine.filter((s) => covers(s, periodMidpoint(p))).length,
    households: new Set(end.map((s) => s.household)).size,
    births: mine.filter((s) => s.start === "BIRTH" && inPeriod(s.from)).length,
    deaths: mine.filter((s) => s.end === "DEATH" && inPeriod(s.to)).length,
    movesIn: mine.filter((s) => s.start === "MOVE_IN" && inPeriod(s.from) && !(s.origin !== null && units.has(s.origin))).length,
    movesOut: mine.filter((s) => s.end === "MOVE_OUT" && inPeriod(s.to) && !(s.destination !== null && units.has(s.destination))).length,
  };
}

describe("base counts against a brute-force count of the spells", () => {
  it("agree for the province and each district, in every period", async () => {
    const { rows: spells } = await t.pool.query<SpellRow>(
      `SELECT unit_id AS unit, to_char(valid_from, 'YYYY-MM-DD') AS "from", to_char(valid_to, 'YYYY-MM-DD') AS "to",
              start_reason::text AS start, end_reason::text AS "end", origin_unit_id AS origin, destination_unit_id AS destination,
              sex = 'FEMALE' AS female, household_id AS household
         FROM residence`,
    );
    for (const period of PERIODS) {
      const counts = await computeBaseCounts(t.db, province, period);
      province.forEach((column: StatColumn, i) => {
        const b = counts[i]!;
        const expected = bruteForce(spells, new Set(column.unitIds), period);
        expect({
          popEnd: sumAges(b.tables.POP_END),
          womenEnd: sumAges(b.tables.POP_END, 0, undefined, "FEMALE"),
          popStart: sumAges(b.tables.POP_START),
          popMid: sumAges(b.tables.POP_MID),
          households: b.counts.HOUSEHOLDS_FAMILY + b.counts.HOUSEHOLDS_COLLECTIVE,
          births: b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE,
          deaths: sumAges(b.tables.DEATHS),
          movesIn: total(b, "MOVES_IN"),
          movesOut: total(b, "MOVES_OUT"),
        }, `${column.key} ${period.code}`).toEqual(expected);
      });
    }
  });

  it("count married women 15–49 and users of each method as a join per column would", async () => {
    const period = PERIODS[0]!;
    const counts = await computeBaseCounts(t.db, province.slice(0, 3), period);
    for (const [i, column] of province.slice(0, 3).entries()) {
      const { rows } = await t.pool.query<{ married: number; iud: number; modern: number }>(
        `SELECT count(*)::int AS married, count(*) FILTER (WHERE c.method = 'IUD')::int AS iud,
                count(*) FILTER (WHERE c.method NOT IN ('CALENDAR', 'WITHDRAWAL'))::int AS modern
           FROM residence r
           JOIN marriage m ON m.wife_id = r.person_id AND m.married_on <= $2 AND (m.ended_on IS NULL OR m.ended_on > $2)
           LEFT JOIN contraceptive_spell c ON c.person_id = r.person_id AND c.valid_from <= $2 AND (c.valid_to IS NULL OR c.valid_to > $2)
          WHERE r.unit_id = ANY($1) AND r.valid_from <= $2 AND (r.valid_to IS NULL OR r.valid_to > $2)
            AND date_part('year', age($2::date, r.birth_date)) BETWEEN 15 AND 49`,
        [column.unitIds, period.end],
      );
      const b = counts[i]!;
      const modern = ["IUD", "FEMALE_STERILISATION", "MALE_STERILISATION", "IMPLANT", "INJECTABLE", "PILL", "CONDOM", "LACTATIONAL_AMENORRHOEA", "EMERGENCY_PILL", "SPERMICIDE"] as const;
      expect(b.counts.MARRIED_WOMEN_15_49, column.key).toBe(rows[0]!.married);
      expect(b.counts.CP_USERS_IUD, column.key).toBe(rows[0]!.iud);
      expect(modern.reduce((s, m) => s + b.counts[`CP_USERS_${m}`], 0), column.key).toBe(rows[0]!.modern);
      expect(b.counts.MARRIED_WOMEN_15_49).toBeGreaterThan(0);
    }
  });
});
