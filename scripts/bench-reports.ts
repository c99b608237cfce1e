// `pnpm bench reports`: the time to fill today's city's annual report with all commune
// columns and an old district's monthly report with all commune columns, against a naive
// approach that sends one query per column and base count (what a report written column
// by column, figure by figure, would do). Both must give the same table.
import { computeReport, getDb, unitColumns, type Db, type ReportTable, type UnitColumn } from "@danso/db";
import {
  AGE_SEX_TABLES, COUNT_CODES, CONTRACEPTIVE_METHOD, FERTILITY_GROUPS, MOVE_SCOPES, ageGroupOf, computeIndicator, dayBefore, emptyBaseCounts,
  getReportForm, parsePeriod, periodMidpoint, type BaseCounts, type CountCode, type Period,
} from "@danso/domain";

/** Timed runs after one warm-up; the naive approach takes ~25 s a report, so fewer of them. */
const RUNS = 5;
const NAIVE_RUNS = 3;

/** `only`: one of the two comparisons (`pnpm bench reports:city` or `reports:district`). */
export async function benchReports(url: string, log: (line: string) => void = console.log, only?: "city" | "district"): Promise<void> {
  log("\n== reports: the statistics engine against one query per column and base count ==");
  const db = getDb(url);
  // Today's Thành phố Hải Phòng (old Hải Dương and Hải Phòng since 1 July 2025) and, on the
  // tree before, the old district with the most communes.
  const city = await one<{ id: number; n: number }>(db, `SELECT p.id, (SELECT count(*)::int FROM admin_unit c WHERE c.parent_id = p.id) AS n
    FROM admin_unit p WHERE p.path = 'VN.T2025.31'`);
  const district = await one<{ id: number; name: string; n: number }>(db, `
    SELECT d.id, d.name, count(*)::int AS n FROM admin_unit d JOIN admin_unit c ON c.parent_id = d.id
     WHERE (d.path LIKE 'VN.30.%' OR d.path LIKE 'VN.31.%') AND d.level = 2 GROUP BY d.id, d.name ORDER BY n DESC, d.id LIMIT 1`);
  const persons = await one<{ n: number }>(db, "SELECT count(*)::int AS n FROM residence WHERE valid_to IS NULL AND unit_id IN (SELECT id FROM admin_unit WHERE path LIKE 'VN.T2025.31.%')");
  log(`Residents of Thành phố Hải Phòng today: ${persons.n.toLocaleString("vi-VN")}; ${RUNS} (naive: ${NAIVE_RUNS}) timed runs after one warm-up, median shown.`);
  if (only !== "district") await compare(db, "DST-NAM", city.id, "2026", `city annual report 2026, city + ${city.n} commune columns`, log);
  if (only !== "city") await compare(db, "DSH-THANG", district.id, "2025-M06", `district monthly report 2025-M06 (old tree), ${district.name} + ${district.n} commune columns`, log);
}

async function compare(db: Db, form: string, unitId: number, periodCode: string, title: string, log: (l: string) => void) {
  const engine = await timed(() => computeReport(db, form, unitId, periodCode), RUNS);
  const naive = await timed(() => naiveReport(db, form, unitId, periodCode), NAIVE_RUNS);
  const differences = diff(engine.result, naive.result);
  log(`\n${title}`);
  log(`  engine: median ${ms(engine.median)} (runs ${engine.runs.map(ms).join(", ")})`);
  log(`  naive:  median ${ms(naive.median)} (runs ${naive.runs.map(ms).join(", ")}; ${naive.result.queries.toLocaleString("vi-VN")} queries per report)`);
  log(`  ratio:  the engine is ${(naive.median / engine.median).toFixed(1)} × faster; same figures: ${differences.length === 0 ? "yes" : `NO (${differences.slice(0, 5).join("; ")})`}`);
}

async function timed<T>(run: () => Promise<T>, runs: number): Promise<{ median: number; runs: number[]; result: T }> {
  let result = await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await run();
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(runs / 2)]!, runs: times, result };
}

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);

async function one<T>(db: Db, sql: string): Promise<T> {
  return (await db.$queryRawUnsafe<T[]>(sql))[0]!;
}

function diff(a: ReportTable, b: ReportTable): string[] {
  const out: string[] = [];
  a.lines.forEach((line, i) => {
    const other = b.lines[i]!;
    if (line.kind !== "indicator" || other.kind !== "indicator") return;
    line.values.forEach((v, j) => {
      const w = other.values[j]!;
      const same = v === null || w === null ? v === w : Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v));
      if (!same) out.push(`${line.indicator} ${a.columns[j]!.name}: ${v} / ${w}`);
    });
  });
  return out;
}

// ─── The naive approach ─────────────────────────────────────────────────────────────

/** The same table, filled one base count of one column at a time. */
async function naiveReport(db: Db, formCode: string, unitId: number, periodCode: string): Promise<ReportTable & { queries: number }> {
  const form = getReportForm(formCode);
  const period = parsePeriod(periodCode);
  const columns = await unitColumns(db, unitId, period, form.columns === "UNIT_AND_CHILDREN");
  let queries = 0;
  const counts: BaseCounts[] = [];
  for (const column of columns) {
    const b = emptyBaseCounts();
    for (const table of REPORT_TABLES) {
      queries++;
      for (const r of await db.$queryRawUnsafe<{ sex: string; age: number; n: number }[]>(tableSql(table), column.unitIds, ...tableParams(table, period))) {
        b.tables[table][r.sex === "MALE" ? "male" : "female"][ageGroupOf(Math.max(0, r.age))]! += r.n;
      }
    }
    for (const code of COUNT_CODES) {
      queries++;
      // Some counts need only the last day; naming both days gives every parameter a type.
      const sql = `SELECT q.n FROM (${countSql(code)}) q, (SELECT $2::date, $3::date) days`;
      b.counts[code] = (await db.$queryRawUnsafe<{ n: number }[]>(sql, column.unitIds, period.start, period.end))[0]!.n;
    }
    counts.push(b);
  }
  return {
    form: { code: form.code, name: form.name, level: form.level, periodKind: form.periodKind, confirmed: form.confirmed, note: form.note },
    period: { code: period.code, kind: period.kind, start: period.start, end: period.end, label: { vi: "", en: "" } },
    unit: columns[0]!.unit,
    columns: columns.map((c: UnitColumn) => c.unit),
    params: { annualise: true, elderlyAge: 60 },
    lines: form.rows.map((r) => (r.kind === "section" ? r : {
      kind: "indicator" as const, number: r.number, indicator: r.indicator, depth: r.depth, label: r.label ?? { vi: "", en: "" }, unit: "PERSONS" as const,
      unitLabel: { vi: "", en: "" }, decimals: 0, confirmed: r.confirmed, values: counts.map((b) => computeIndicator(r.indicator, b, period)),
    })),
    queries,
  };
}

// The tables the report forms read (the migrants by age feed only projections).
const REPORT_TABLES = ["POP_START", "POP_MID", "POP_END", "DEATHS"] as const satisfies readonly (typeof AGE_SEX_TABLES)[number][];
type ReportTableCode = (typeof REPORT_TABLES)[number];

const covers = (d: string) => `r.valid_from <= ${d}::date AND (r.valid_to IS NULL OR r.valid_to > ${d}::date)`;

function tableSql(table: ReportTableCode): string {
  if (table === "DEATHS") {
    return `SELECT r.sex::text AS sex, date_part('year', age(r.valid_to, r.birth_date))::int AS age, count(*)::int AS n FROM residence r
             WHERE r.unit_id = ANY($1::int[]) AND r.end_reason = 'DEATH' AND r.valid_to BETWEEN $2::date AND $3::date GROUP BY 1, 2`;
  }
  return `SELECT r.sex::text AS sex, date_part('year', age($2::date, r.birth_date))::int AS age, count(*)::int AS n FROM residence r
           WHERE r.unit_id = ANY($1::int[]) AND ${covers("$2")} GROUP BY 1, 2`;
}

function tableParams(table: ReportTableCode, p: Period): string[] {
  return { POP_START: [dayBefore(p)], POP_MID: [periodMidpoint(p)], POP_END: [p.end], DEATHS: [p.start, p.end] }[table];
}

// Every count takes $1 the column's units, $2 the first day, $3 the last day.
const events = (type: string, extra = "") =>
  `SELECT count(*)::int AS n FROM change_event e WHERE e.unit_id = ANY($1::int[]) AND e.type = '${type}' AND e.status = 'VERIFIED'
     AND e.occurred_on BETWEEN $2::date AND $3::date ${extra}`;
const married = (extra = "") => `
  SELECT count(*)::int AS n FROM residence r
   ${extra}
   WHERE r.unit_id = ANY($1::int[]) AND r.sex = 'FEMALE' AND ${covers("$3")} AND date_part('year', age($3::date, r.birth_date)) BETWEEN 15 AND 49
     AND EXISTS (SELECT 1 FROM marriage m WHERE m.wife_id = r.person_id AND m.married_on <= $3::date AND (m.ended_on IS NULL OR m.ended_on > $3::date))`;
const births = (extra = "") => `
  SELECT count(*)::int AS n FROM residence r JOIN person c ON c.id = r.person_id LEFT JOIN person m ON m.id = c.mother_id
   WHERE r.unit_id = ANY($1::int[]) AND r.start_reason = 'BIRTH' AND r.valid_from BETWEEN $2::date AND $3::date ${extra}`;
const motherAge = "date_part('year', age(r.valid_from, m.birth_date))";
const scope = (here: string, there: string) => `
  CASE WHEN ${there} IS NULL THEN 'ABROAD_UNKNOWN'
       WHEN (SELECT CASE WHEN p.level = 2 THEN p.id END FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id WHERE u.id = ${there})
          = (SELECT CASE WHEN p.level = 2 THEN p.id END FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id WHERE u.id = ${here}) THEN 'SAME_DISTRICT'
       WHEN (SELECT CASE WHEN p.level = 2 THEN p.parent_id ELSE p.id END FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id WHERE u.id = ${there})
          = (SELECT CASE WHEN p.level = 2 THEN p.parent_id ELSE p.id END FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id WHERE u.id = ${here}) THEN 'OTHER_DISTRICT'
       ELSE 'OTHER_PROVINCE' END`;
/** The other spell of the move exists: the origin's for an arrival, the destination's for a departure. */
const linkedIn = (r: string) => `EXISTS (SELECT 1 FROM residence o WHERE o.person_id = ${r}.person_id AND o.unit_id = ${r}.origin_unit_id AND o.valid_to = ${r}.valid_from AND o.end_reason = 'MOVE_OUT')`;
const linkedOut = (r: string) => `EXISTS (SELECT 1 FROM residence d WHERE d.person_id = ${r}.person_id AND d.unit_id = ${r}.destination_unit_id AND d.valid_from = ${r}.valid_to AND d.start_reason = 'MOVE_IN')`;
/** A change of household whose other spell is in another unit, outside the column: a move (change-query.ts). */
const householdChange = (dir: "in" | "out", s: string) => {
  const [mine, other] = dir === "in" ? ["r.valid_from", "o.valid_to"] : ["r.valid_to", "o.valid_from"];
  return `(SELECT count(*) FROM residence r JOIN residence o ON o.person_id = r.person_id AND ${other} = ${mine}
             AND o.${dir === "in" ? "end" : "start"}_reason = 'HOUSEHOLD_CHANGE' AND o.unit_id <> r.unit_id
            WHERE r.unit_id = ANY($1::int[]) AND r.${dir === "in" ? "start" : "end"}_reason = 'HOUSEHOLD_CHANGE' AND ${mine} BETWEEN $2::date AND $3::date
              AND NOT o.unit_id = ANY($1::int[]) AND ${scope("r.unit_id", "o.unit_id")} = '${s}')`;
};
/** Households existing on the last day in the column's units: where they were that day, i.e.
 * the unit they were re-addressed from when a reorganisation came after it (one reform). */
const households = (type: "FAMILY" | "COLLECTIVE") => `
  SELECT ((SELECT count(*) FROM household h WHERE h.unit_id = ANY($1::int[]) AND h.type = '${type}' AND h.established_on <= $3::date
            AND (h.dissolved_on IS NULL OR h.dissolved_on > $3::date)
            AND NOT EXISTS (SELECT 1 FROM household_readdress x WHERE x.household_id = h.id AND x.effective_on > $3::date))
        + (SELECT count(*) FROM household_readdress x JOIN household h ON h.id = x.household_id WHERE x.from_unit_id = ANY($1::int[])
            AND x.effective_on > $3::date AND h.type = '${type}' AND h.established_on <= $3::date AND (h.dissolved_on IS NULL OR h.dissolved_on > $3::date)))::int AS n`;
const wed = (extra: string) => events("MARRIAGE", extra);
const couples = (counselled: boolean) => `
  SELECT count(DISTINCT coalesce(m.id, -e.id))::int AS n FROM change_event e
    LEFT JOIN marriage m ON e.payload->>'marriageId' ~ '^[0-9]{1,18}$' AND m.id = (e.payload->>'marriageId')::bigint
   WHERE e.unit_id = ANY($1::int[]) AND e.type = 'MARRIAGE' AND e.status = 'VERIFIED' AND e.occurred_on BETWEEN $2::date AND $3::date
     ${counselled ? "AND coalesce(m.counselled, (e.payload->>'counselled')::boolean, false)" : ""}`;

function countSql(code: CountCode): string {
  const method = Object.keys(CONTRACEPTIVE_METHOD).find((m) => code === `CP_USERS_${m}` || code === `NEW_ACCEPTORS_${m}`);
  if (code.startsWith("CP_USERS_") && method) {
    return married(`JOIN contraceptive_spell c ON c.person_id = r.person_id AND c.method = '${method}' AND c.valid_from <= $3::date AND (c.valid_to IS NULL OR c.valid_to > $3::date)`);
  }
  if (code.startsWith("NEW_ACCEPTORS_") && method) return events("CONTRACEPTION_START", `AND e.payload->>'method' = '${method}'`);
  const group = FERTILITY_GROUPS.find((g) => code === `BIRTHS_MOTHER_${g}`);
  if (group) {
    const [from, to] = group.split("_").map(Number) as [number, number];
    return births(`AND ${motherAge} BETWEEN ${from === 15 ? -1 : from} AND ${to === 49 ? 999 : to}`);
  }
  for (const s of MOVE_SCOPES) {
    if (code === `MOVES_IN_${s}`) {
      return `SELECT ((SELECT count(*) FROM residence r WHERE r.unit_id = ANY($1::int[]) AND r.start_reason = 'MOVE_IN' AND r.valid_from BETWEEN $2::date AND $3::date
                AND NOT (r.origin_unit_id = ANY($1::int[]) AND ${linkedIn("r")}) AND ${scope("r.unit_id", "r.origin_unit_id")} = '${s}')
               + ${householdChange("in", s)})::int AS n`;
    }
    if (code === `MOVES_OUT_${s}`) {
      return `SELECT ((SELECT count(*) FROM residence r WHERE r.unit_id = ANY($1::int[]) AND r.end_reason = 'MOVE_OUT' AND r.valid_to BETWEEN $2::date AND $3::date
                AND NOT (r.destination_unit_id = ANY($1::int[]) AND ${linkedOut("r")}) AND ${scope("r.unit_id", "r.destination_unit_id")} = '${s}')
               + ${householdChange("out", s)})::int AS n`;
    }
  }
  const sql: Partial<Record<CountCode, string>> = {
    HOUSEHOLDS_FAMILY: households("FAMILY"),
    HOUSEHOLDS_COLLECTIVE: households("COLLECTIVE"),
    MARRIED_WOMEN_15_49: married(),
    BIRTHS_MALE: births("AND r.sex = 'MALE'"),
    BIRTHS_FEMALE: births("AND r.sex = 'FEMALE'"),
    BIRTHS_ORDER_2: births("AND c.birth_order = 2"),
    BIRTHS_ORDER_3_PLUS: births("AND c.birth_order >= 3"),
    BIRTHS_MOTHER_UNDER_20: births(`AND ${motherAge} < 20`),
    MARRIAGE_PERSONS: wed(""),
    MARRIAGE_PERSONS_UNDER_AGE: wed(`AND EXISTS (SELECT 1 FROM person p WHERE p.id = e.person_id
      AND date_part('year', age(e.occurred_on, p.birth_date)) < CASE p.sex WHEN 'MALE' THEN 20 ELSE 18 END)`),
    MARRIAGE_PERSONS_CONSANGUINEOUS: wed(`AND coalesce((SELECT m.consanguineous FROM marriage m WHERE e.payload->>'marriageId' ~ '^[0-9]{1,18}$'
      AND m.id = (e.payload->>'marriageId')::bigint), (e.payload->>'consanguineous')::boolean, false)`),
    COUPLES_MARRIED: couples(false),
    COUPLES_COUNSELLED: couples(true),
    DIVORCE_PERSONS: events("DIVORCE"),
    NEW_ACCEPTORS: events("CONTRACEPTION_START"),
    PREGNANCIES: events("PREGNANCY"),
    PRENATAL_SCREENINGS: events("PRENATAL_SCREENING"),
    NEWBORN_SCREENINGS: events("NEWBORN_SCREENING"),
    ELDERLY_CHECKUPS: events("ELDERLY_CHECKUP"),
    MOVES_OUT_AWAITING_ARRIVAL: `SELECT count(*)::int AS n FROM residence r WHERE r.unit_id = ANY($1::int[]) AND r.end_reason = 'MOVE_OUT'
      AND r.valid_to BETWEEN $2::date AND $3::date AND r.destination_unit_id IS NOT NULL AND NOT ${linkedOut("r")}`,
    REGISTER_CORRECTIONS: `SELECT ((SELECT count(*) FROM residence r WHERE r.unit_id = ANY($1::int[]) AND r.start_reason = 'INITIAL' AND r.valid_from BETWEEN $2::date AND $3::date)
      - (SELECT count(*) FROM residence r WHERE r.unit_id = ANY($1::int[]) AND r.end_reason IS NULL AND r.valid_to BETWEEN $2::date AND $3::date))::int AS n`,
  };
  const found = sql[code];
  if (!found) throw new Error(`No naive query for ${code}`);
  return found;
}
