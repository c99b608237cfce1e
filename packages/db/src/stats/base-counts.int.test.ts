// The engine on a generated population (Hải Dương and Hải Phòng at 1 % of their size, about
// 40,000 persons with five years of history): figures of one unit do not depend on the
// columns computed with it, add up from communes to districts to the province except
// migration, never count a move inside a unit, balance stocks and flows, and agree with a
// brute-force count of the spells in plain TypeScript. Each period on its tree: 2024 and the
// second quarter of 2025 on the old one (Hải Dương, its districts and communes), March 2026
// on the new one (the new Hải Phòng city and its communes, no districts), and the year 2025
// on the new one too, re-aggregated (old spells and events counted in their household's
// successor).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COUNT_CODES, MOVE_SCOPES, dayBefore, parsePeriod, periodMidpoint, sumAges, type BaseCounts, type CountCode, type Period,
} from "@danso/domain";
import { seedPopulation } from "../seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { computeBaseCounts, type StatColumn } from "./base-counts.js";
import { unitColumns, type UnitColumn } from "./columns.js";

interface Case { period: Period; tree: "old" | "new" }
const CASES: Case[] = [
  { period: parsePeriod("2024"), tree: "old" },
  { period: parsePeriod("2025-Q2"), tree: "old" },
  { period: parsePeriod("2025"), tree: "new" },
  { period: parsePeriod("2026-M03"), tree: "new" },
];
const ROOT = { old: "VN.30", new: "VN.T2025.31" } as const;
let t: TestDatabase;
const roots: Record<"old" | "new", number> = { old: 0, new: 0 };
/** The province's columns for a case: the province and its districts (old tree) or communes (new tree). */
const provinceCols = new Map<Case, UnitColumn[]>();

beforeAll(async () => {
  t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.01, seed: 5, today: "2026-11-25" }, () => {});
  for (const tree of ["old", "new"] as const) {
    roots[tree] = (await t.pool.query<{ id: number }>("SELECT id FROM admin_unit WHERE path = $1", [ROOT[tree]])).rows[0]!.id;
  }
  for (const c of CASES) provinceCols.set(c, await unitColumns(t.db, roots[c.tree], c.period, true));
}, 300_000);
afterAll(() => t?.drop());

const NOT_ADDITIVE = new Set<CountCode>([
  ...MOVE_SCOPES.flatMap((s) => [`MOVES_IN_${s}`, `MOVES_OUT_${s}`] as const), "COUPLES_MARRIED", "COUPLES_COUNSELLED",
]);
const total = (b: BaseCounts, prefix: "MOVES_IN" | "MOVES_OUT") => MOVE_SCOPES.reduce((s, x) => s + b.counts[`${prefix}_${x}`], 0);
const sum = (parts: BaseCounts[], f: (b: BaseCounts) => number) => parts.reduce((s, b) => s + f(b), 0);

/** The district's column and one column per commune of it. */
async function districtColumns(district: UnitColumn, period: Period): Promise<UnitColumn[]> {
  return unitColumns(t.db, district.unit.id, period, true);
}

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

describe("the columns of each period", () => {
  it("come from the tree of the period's last day, re-aggregated when the period reaches before it", () => {
    const [y2024, q2, y2025, m03] = CASES.map((c) => provinceCols.get(c)!);
    for (const cols of [y2024!, q2!]) {
      expect(cols[0]!.unit).toMatchObject({ path: "VN.30", level: 1 });
      expect(cols.length).toBe(13); // Hải Dương and its 12 districts
      expect(cols.slice(1).every((c) => c.unit.level === 2 && !c.reaggregated)).toBe(true);
    }
    for (const cols of [y2025!, m03!]) {
      expect(cols[0]!.unit).toMatchObject({ path: "VN.T2025.31", level: 1 });
      expect(cols.length).toBe(115); // the new Hải Phòng and its 114 communes
      expect(cols.slice(1).every((c) => c.unit.level === 3)).toBe(true);
    }
    expect(y2025!.every((c) => c.reaggregated)).toBe(true);
    expect(m03!.some((c) => c.reaggregated)).toBe(false);
  });

  it("refuse an old unit for a period ending after the reorganisation", async () => {
    await expect(unitColumns(t.db, roots.old, parsePeriod("2025"), true)).rejects.toThrow(/không tồn tại vào ngày 2025-12-31/);
    await expect(unitColumns(t.db, roots.old, parsePeriod("2025-M07"), false)).rejects.toThrow(/2025-07-31/);
  });
});

describe("base counts on a generated population", () => {
  it("give a unit the same figures whatever columns are computed with it", async () => {
    for (const c of [CASES[0]!, CASES[2]!]) {
      const province = provinceCols.get(c)!;
      const together = await computeBaseCounts(t.db, province, c.period);
      const alone = await computeBaseCounts(t.db, [province[0]!], c.period);
      expect(alone[0]).toEqual(together[0]);
      const part = await computeBaseCounts(t.db, [province[3]!], c.period);
      expect(part[0]).toEqual(together[3]);
      expect(sumAges(together[0]!.tables.POP_END)).toBeGreaterThan(15_000);
    }
  });

  for (const c of CASES) {
    const label = `${c.period.code}, ${c.tree} tree`;
    it(`add up from communes${c.tree === "old" ? " to districts" : ""} to the province, except migration (${label})`, async () => {
      const province = provinceCols.get(c)!;
      const [whole, ...parts] = await computeBaseCounts(t.db, province, c.period);
      checkSum(whole!, parts, "province");
      if (c.tree === "new") return;
      for (const district of province.slice(1, 4)) {
        const [d, ...communes] = await computeBaseCounts(t.db, await districtColumns(district, c.period), c.period);
        checkSum(d!, communes, district.unit.name);
      }
    });

    it(`never count a move inside the unit (${label})`, async () => {
      const province = provinceCols.get(c)!;
      const [whole, ...parts] = await computeBaseCounts(t.db, province, c.period);
      for (const dir of ["MOVES_IN", "MOVES_OUT"] as const) {
        // Province: moves between its parts are internal; what remains is from/to outside.
        expect(whole!.counts[`${dir}_SAME_DISTRICT`]).toBe(0);
        expect(whole!.counts[`${dir}_OTHER_DISTRICT`]).toBe(0);
        expect(total(whole!, dir)).toBe(sum(parts, (b) => total(b, dir) - b.counts[`${dir}_OTHER_DISTRICT`]));
        expect(whole!.counts[`${dir}_OTHER_PROVINCE`]).toBe(sum(parts, (b) => b.counts[`${dir}_OTHER_PROVINCE`]));
      }
      // Every move between two parts is an out-move of one and an in-move of another.
      expect(sum(parts, (b) => b.counts.MOVES_IN_OTHER_DISTRICT)).toBe(sum(parts, (b) => b.counts.MOVES_OUT_OTHER_DISTRICT));
      let inside = 0;
      if (c.tree === "old") {
        for (const district of province.slice(1)) {
          const [d, ...communes] = await computeBaseCounts(t.db, await districtColumns(district, c.period), c.period);
          for (const dir of ["MOVES_IN", "MOVES_OUT"] as const) {
            expect(d!.counts[`${dir}_SAME_DISTRICT`]).toBe(0);
            expect(total(d!, dir)).toBe(sum(communes, (b) => total(b, dir) - b.counts[`${dir}_SAME_DISTRICT`]));
          }
          expect(sum(communes, (b) => b.counts.MOVES_IN_SAME_DISTRICT)).toBe(sum(communes, (b) => b.counts.MOVES_OUT_SAME_DISTRICT));
          inside += sum(communes, (b) => b.counts.MOVES_IN_SAME_DISTRICT);
        }
      } else {
        // No districts: no commune has a move "inside its district"; a move between two
        // communes of the city falls under the other scope inside the province.
        expect(sum(parts, (b) => b.counts.MOVES_IN_SAME_DISTRICT + b.counts.MOVES_OUT_SAME_DISTRICT)).toBe(0);
        inside = sum(parts, (b) => b.counts.MOVES_IN_OTHER_DISTRICT);
      }
      // The same number straight from the spells: moves whose two communes share a district
      // (old tree), or moves between two communes of the city, each end counted in the unit
      // of the new tree its spell counts in (new tree); there a change of household between
      // two communes is a move too (see change-query.ts).
      const { rows } = c.tree === "old"
        ? await t.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM residence r JOIN admin_unit a ON a.id = r.unit_id JOIN admin_unit b ON b.id = r.origin_unit_id
            WHERE r.start_reason = 'MOVE_IN' AND r.valid_from BETWEEN $1 AND $2 AND a.parent_id = b.parent_id AND a.path LIKE 'VN.30.%'`,
          [c.period.start, c.period.end])
        : await t.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM residence r JOIN residence o ON o.person_id = r.person_id AND o.valid_to = r.valid_from
              AND ((r.start_reason = 'MOVE_IN' AND o.end_reason = 'MOVE_OUT' AND o.unit_id = r.origin_unit_id)
                OR (r.start_reason = 'HOUSEHOLD_CHANGE' AND o.end_reason = 'HOUSEHOLD_CHANGE'))
             JOIN admin_unit a ON a.id = coalesce(r.successor_unit_id, r.unit_id) JOIN admin_unit b ON b.id = coalesce(o.successor_unit_id, o.unit_id)
            WHERE r.valid_from BETWEEN $1 AND $2 AND a.id <> b.id
              AND a.path LIKE 'VN.T2025.31.%' AND b.path LIKE 'VN.T2025.31.%'`,
          [c.period.start, c.period.end]);
      expect(inside).toBe(rows[0]!.n);
      expect(inside).toBeGreaterThan(0);
    });
  }

  for (const c of CASES) {
    it(`balance: stock the day before + births − deaths + moves in − moves out + corrections = stock on the last day (${c.period.code}, ${c.tree} tree)`, async () => {
      const province = provinceCols.get(c)!;
      for (const columns of c.tree === "old" ? [province, await districtColumns(province[1]!, c.period)] : [province]) {
        const counts = await computeBaseCounts(t.db, columns, c.period);
        const gaps = counts.map((b) => {
          const births = b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE;
          const flows = births - sumAges(b.tables.DEATHS) + total(b, "MOVES_IN") - total(b, "MOVES_OUT") + b.counts.REGISTER_CORRECTIONS;
          // The migrants by sex and age are the same moves.
          expect([sumAges(b.tables.MIGRANTS_IN), sumAges(b.tables.MIGRANTS_OUT)]).toEqual([total(b, "MOVES_IN"), total(b, "MOVES_OUT")]);
          return sumAges(b.tables.POP_START) + flows - sumAges(b.tables.POP_END);
        });
        expect(Object.fromEntries(columns.map((col, i) => [col.unit.name, gaps[i]])), c.period.code).toEqual(Object.fromEntries(columns.map((col) => [col.unit.name, 0])));
      }
    });
  }
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

/** The spells as a case counts them: where recorded (plain), or, re-aggregated, in the unit
 * of the new tree each spell counts in (its successor), a move's other end too. A change of
 * household whose two spells count in different units is a move between them. */
async function spellsOf(c: Case): Promise<SpellRow[]> {
  const reaggregated = provinceCols.get(c)![0]!.reaggregated;
  const unit = (alias: string) => (reaggregated ? `coalesce(${alias}.successor_unit_id, ${alias}.unit_id)` : `${alias}.unit_id`);
  const other = (alias: string, link: string) => `(SELECT ${unit(alias)} FROM residence ${alias} WHERE ${alias}.person_id = r.person_id AND ${link} LIMIT 1)`;
  const before = other("hb", "hb.valid_to = r.valid_from AND hb.end_reason = 'HOUSEHOLD_CHANGE'");
  const after = other("ha", "ha.valid_from = r.valid_to AND ha.start_reason = 'HOUSEHOLD_CHANGE'");
  const { rows } = await t.pool.query<SpellRow>(
    `SELECT unit, "from", "to",
            CASE WHEN start = 'HOUSEHOLD_CHANGE' AND hc_before <> unit THEN 'MOVE_IN' ELSE start END AS start,
            CASE WHEN "end" = 'HOUSEHOLD_CHANGE' AND hc_after <> unit THEN 'MOVE_OUT' ELSE "end" END AS "end",
            CASE WHEN start = 'HOUSEHOLD_CHANGE' THEN hc_before ELSE origin END AS origin,
            CASE WHEN "end" = 'HOUSEHOLD_CHANGE' THEN hc_after ELSE destination END AS destination,
            female, household
       FROM (SELECT ${unit("r")} AS unit,
                    to_char(r.valid_from, 'YYYY-MM-DD') AS "from", to_char(r.valid_to, 'YYYY-MM-DD') AS "to",
                    r.start_reason::text AS start, r.end_reason::text AS "end",
                    ${reaggregated ? `coalesce(${other("o", "o.unit_id = r.origin_unit_id AND o.valid_to = r.valid_from AND o.end_reason = 'MOVE_OUT'")}, r.origin_unit_id)` : "r.origin_unit_id"} AS origin,
                    ${reaggregated ? `coalesce(${other("d", "d.unit_id = r.destination_unit_id AND d.valid_from = r.valid_to AND d.start_reason = 'MOVE_IN'")}, r.destination_unit_id)` : "r.destination_unit_id"} AS destination,
                    CASE WHEN r.start_reason = 'HOUSEHOLD_CHANGE' THEN ${before} END AS hc_before,
                    CASE WHEN r.end_reason = 'HOUSEHOLD_CHANGE' THEN ${after} END AS hc_after,
                    r.sex = 'FEMALE' AS female, r.household_id AS household
               FROM residence r) s`,
  );
  return rows;
}

describe("base counts against a brute-force count of the spells", () => {
  it("agree for the province and each of its columns, in every period", async () => {
    for (const c of CASES) {
      const spells = await spellsOf(c);
      const province = provinceCols.get(c)!;
      const counts = await computeBaseCounts(t.db, province, c.period);
      province.forEach((column: StatColumn, i) => {
        const b = counts[i]!;
        const expected = bruteForce(spells, new Set(column.unitIds), c.period);
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
        }, `${column.key} ${c.period.code}`).toEqual(expected);
      });
    }
  });

  it("count married women 15–49 and users of each method as a join per column would", async () => {
    for (const c of [CASES[0]!, CASES[2]!, CASES[3]!]) {
      const period = c.period;
      const columns = provinceCols.get(c)!.slice(0, 3);
      const counts = await computeBaseCounts(t.db, columns, period);
      for (const [i, column] of columns.entries()) {
        // On the last day every spell is in a unit of the period's last tree.
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
        expect(b.counts.MARRIED_WOMEN_15_49, `${column.key} ${period.code}`).toBe(rows[0]!.married);
        expect(b.counts.CP_USERS_IUD, `${column.key} ${period.code}`).toBe(rows[0]!.iud);
        expect(modern.reduce((s, m) => s + b.counts[`CP_USERS_${m}`], 0), `${column.key} ${period.code}`).toBe(rows[0]!.modern);
        expect(b.counts.MARRIED_WOMEN_15_49).toBeGreaterThan(0);
      }
    }
  });
});
