// `pnpm bench projection`: population projections of today's full-size city. The observed
// inputs of Thành phố Hải Phòng for base year 2026 (three annual base counts and the
// 1 January population by single year, through the statistics engine), the cohort-component
// engine alone for each scenario to 2050 and 2060, the whole GraphQL request of the
// projections page (apps/web/src/components/projections/queries.ts) with its inputs computed
// and then cached, and for comparison the inputs of the city's most populous ward and of the
// largest old district (base year 2025, its last 1 January).
import { createApolloServer, createContext, loadViewer } from "@danso/api";
import { computeBaseCounts, getDb, projectionInputs, stockBySingleYear, unitColumns, type Db, type UnitProjectionInputs } from "@danso/db";
import { isoDate, monthPeriod, runProjection, yearPeriod, type Scenario } from "@danso/domain";

const INPUT_RUNS = 3;
const ENGINE_RUNS = 20;
const REQUEST_RUNS = 5;
const BASE_YEAR = 2026;
const SCENARIOS: Scenario[] = ["MEDIUM", "LOW", "HIGH", "NO_MIGRATION"];

// The page's RunProjection query with its ProjectionFields fragment, written out.
const PAGE_QUERY = `query RunProjection($unit: String!, $baseYear: Int!, $horizon: Int!, $scenario: ProjectionScenario!, $overrides: ProjectionOverridesInput) {
  projection(unitCode: $unit, baseYear: $baseYear, horizon: $horizon, scenario: $scenario, overrides: $overrides) {
    unit { code name } baseYear horizon scenario
    overrides { tfrPath { year tfr } srb e0Male e0Female migrationFactor }
    inputs {
      baseYear observedYears estimated basePopulation fertilityGroups asfr tfr births srb srbObserved srbSource lifeTableGroups netMigrants
      male { source smr e0 deaths exposure rates }
      female { source smr e0 deaths exposure rates }
    }
    years {
      year total male female births deaths netMigration tfr dependencyRatio childDependencyRatio oldAgeDependencyRatio ageingIndex medianAge
      grade1 primarySchool lowerSecondary upperSecondary militaryAge elderly60 elderly80 populationMale populationFemale
    }
    scenarios { scenario totals }
  } }`;

const fmt = (n: number) => Math.round(n).toLocaleString("vi-VN");
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await run();
  return { ms: performance.now() - t, result };
}

/** The first run (cold) and the median of INPUT_RUNS more. */
async function timedInputs(db: Db, unitId: number, baseYear: number) {
  const first = await time(() => projectionInputs(db, unitId, baseYear));
  const runs: number[] = [];
  for (let i = 0; i < INPUT_RUNS; i++) runs.push((await time(() => projectionInputs(db, unitId, baseYear))).ms);
  return { first: first.ms, median: median(runs), runs, inputs: first.result };
}

function describeInputs(i: UnitProjectionInputs): string[] {
  const years = i.years.length;
  const m = i.mortality;
  const e0 = (s: "male" | "female") => `${m[s].e0.toFixed(1)} (${m[s].source}${m[s].smr !== null ? `, SMR ${m[s].smr.toFixed(2)}` : ""}, ${fmt(sum(m[s].deaths))} deaths)`;
  return [
    `base population 1/1/${i.baseYear}: ${fmt(sum(i.base.male) + sum(i.base.female))} (male ${fmt(sum(i.base.male))}, female ${fmt(sum(i.base.female))}); observed years ${i.years.join(", ")}${i.estimated ? " (some figures estimated)" : ""}`,
    `births: ${fmt(i.births)} in ${years} years (${fmt(i.births / years)} a year); TFR ${i.tfr.toFixed(2)}; SRB ${i.srb.toFixed(1)} (${i.srbSource}${i.srbObserved !== null ? `, observed ${i.srbObserved.toFixed(1)}` : ""})`,
    `e0 male ${e0("male")}, female ${e0("female")}`,
    `net migrants a year: ${fmt(sum(i.netMigration.male) + sum(i.netMigration.female))} (male ${fmt(sum(i.netMigration.male))}, female ${fmt(sum(i.netMigration.female))})`,
  ];
}

export async function benchProjection(url: string, log: (line: string) => void = console.log): Promise<void> {
  log("\n== projection: population projections of today's Thành phố Hải Phòng ==");
  const db = getDb(url);
  const city = await db.adminUnit.findFirstOrThrow({ where: { path: "VN.T2025.31" } });
  const [ward] = await db.$queryRawUnsafe<{ id: number; code: string; name: string; n: number }[]>(WARDS.replace("$WHOLE", ""));
  const [district] = await db.$queryRawUnsafe<{ id: number; code: string; name: string; n: number }[]>(
    `SELECT d.id, d.code, d.name, count(*)::int AS n FROM residence r JOIN admin_unit c ON c.id = r.unit_id JOIN admin_unit d ON d.id = c.parent_id
      WHERE d.level = 2 AND r.valid_from <= '2025-01-01' AND (r.valid_to IS NULL OR r.valid_to > '2025-01-01')
      GROUP BY d.id, d.code, d.name ORDER BY n DESC, d.id LIMIT 1`);

  // (1) The city's inputs.
  const c = await timedInputs(db, city.id, BASE_YEAR);
  log(`\n${city.name} (code ${city.code}, today's tree), inputs for base year ${BASE_YEAR}:`);
  log(`  projectionInputs: first ${ms(c.first)}, median of ${INPUT_RUNS} ${ms(c.median)} (runs ${c.runs.map(ms).join(", ")})`);
  for (const line of describeInputs(c.inputs)) log(`  ${line}`);
  log(`  one part at a time (projectionInputs runs them together): ${(await inputParts(db, city.id, BASE_YEAR)).join(", ")}`);

  // (2) The engine alone, on those inputs.
  log(`\nThe projection engine alone (runProjection), median of ${ENGINE_RUNS} runs after one warm-up:`);
  const totals: Record<string, Record<number, number>> = {};
  for (const horizon of [2050, 2060]) {
    const parts: string[] = [];
    for (const scenario of SCENARIOS) {
      const run = () => runProjection(c.inputs, { horizon, scenario });
      const years = run();
      const times: number[] = [];
      for (let i = 0; i < ENGINE_RUNS; i++) times.push((await time(run)).ms);
      (totals[scenario] ??= {})[horizon] = years.at(-1)!.indicators.total;
      parts.push(`${scenario} ${ms(median(times))}`);
    }
    log(`  to ${horizon} (${horizon - BASE_YEAR + 1} years): ${parts.join(", ")}`);
  }
  for (const horizon of [2050, 2060])
    log(`  total on 1/1/${horizon}: ${SCENARIOS.map((s) => `${s} ${fmt(totals[s]![horizon]!)}`).join(", ")}`);
  const t = (s: Scenario) => totals[s]![2050]!;
  log(`  HIGH > MEDIUM > LOW in 2050: ${t("HIGH") > t("MEDIUM") && t("MEDIUM") > t("LOW") ? "yes" : "NO"}; without migration ${t("NO_MIGRATION") < t("MEDIUM") ? "below" : "above"} the medium`);

  // (3) The whole GraphQL request of the page, as a province officer of the city.
  const server = createApolloServer();
  await server.start();
  try {
    const user = await db.user.findUniqueOrThrow({ where: { login: "tinh" } });
    const viewer = (await loadViewer(db, user.id))!;
    const request = async (unit: string) => {
      const r = await time(() => server.executeOperation(
        { query: PAGE_QUERY, variables: { unit, baseYear: BASE_YEAR, horizon: 2050, scenario: "MEDIUM" } },
        { contextValue: createContext(db, viewer, { ip: "bench", userAgent: "bench" }, () => "bench") },
      ));
      if (r.result.body.kind !== "single" || r.result.body.singleResult.errors) throw new Error(JSON.stringify(r.result.body).slice(0, 2000));
      return { ms: r.ms, bytes: JSON.stringify(r.result.body.singleResult.data).length };
    };
    log(`\nThe page's GraphQL request (projection of ${city.name}, ${BASE_YEAR}–2050, MEDIUM, every field and the four scenarios' totals), in-process as ${viewer.fullName} (${user.role}):`);
    // Apollo's first parse and validation: a horizon past 2060 is refused before anything is computed.
    const warm = await time(() => server.executeOperation(
      { query: PAGE_QUERY, variables: { unit: city.code, baseYear: BASE_YEAR, horizon: 2099, scenario: "MEDIUM" } },
      { contextValue: createContext(db, viewer, { ip: "bench", userAgent: "bench" }, () => "bench") },
    ));
    const first = await request(city.code);
    const cached: number[] = [];
    for (let i = 0; i < REQUEST_RUNS; i++) cached.push((await request(city.code)).ms);
    log(`  first (inputs computed): ${ms(first.ms)}; then cached: ${ms(cached[0]!)}, median of ${REQUEST_RUNS} ${ms(median(cached))} (runs ${cached.map(ms).join(", ")}); response ${(first.bytes / 1024).toFixed(0)} KB of JSON`);
    log(`  (after one warm-up of ${ms(warm.ms)}: the same query with horizon 2099, refused before anything is computed)`);
  } finally {
    await server.stop();
  }

  // (4) Smaller units for comparison.
  const wardLabel = (w: typeof ward) => `${w!.name} (code ${w!.code}, ${fmt(w!.n)} residents on 1/1/${BASE_YEAR})`;
  const ok = await smallerUnit(db, ward!.id, BASE_YEAR, `${wardLabel(ward)}, the city's most populous ward`, log);
  if (!ok) {
    const [whole] = await db.$queryRawUnsafe<typeof ward[]>(WARDS.replace("$WHOLE", `AND NOT EXISTS (SELECT 1 FROM unit_succession s
      JOIN unit_succession o ON o.predecessor_id = s.predecessor_id AND o.successor_id <> c.id WHERE s.successor_id = c.id)`));
    if (whole) await smallerUnit(db, whole.id, BASE_YEAR, `${wardLabel(whole)}, the most populous ward none of whose old communes was divided`, log);
  }
  await smallerUnit(db, district!.id, 2025, `${district!.name} (code ${district!.code}, the largest old district, ${fmt(district!.n)} residents on 1/1/2025)`, log);
}

// The city's wards by residents on 1 January of the base year ($WHOLE: a further condition).
const WARDS = `SELECT c.id, c.code, c.name, count(*)::int AS n FROM admin_unit c JOIN residence r ON r.unit_id = c.id
  WHERE c.path LIKE 'VN.T2025.31.%' AND c.level = 3 AND c.type = 'Phường' $WHOLE
    AND r.valid_from <= '${BASE_YEAR}-01-01' AND (r.valid_to IS NULL OR r.valid_to > '${BASE_YEAR}-01-01')
  GROUP BY c.id, c.code, c.name ORDER BY n DESC, c.id LIMIT 1`;

async function smallerUnit(db: Db, unitId: number, baseYear: number, label: string, log: (line: string) => void): Promise<boolean> {
  log(`\n${label}, inputs for base year ${baseYear}:`);
  try {
    const r = await timedInputs(db, unitId, baseYear);
    log(`  projectionInputs: first ${ms(r.first)}, median of ${INPUT_RUNS} ${ms(r.median)} (runs ${r.runs.map(ms).join(", ")})`);
    for (const line of describeInputs(r.inputs)) log(`  ${line}`);
    return true;
  } catch (e) {
    log(`  projectionInputs FAILED: ${(e as Error).message}`);
    for (const year of [baseYear - 3, baseYear - 2, baseYear - 1]) {
      const [column] = await unitColumns(db, unitId, yearPeriod(year), false);
      const failed = await computeBaseCounts(db, [column!], yearPeriod(year)).then(() => null, (err: Error) => err.message);
      log(`    base counts ${year}: ${failed ? `fail (${failed})` : "ok"}; column of ${new Set(column!.unitIds).size} unit(s), re-aggregated ${column!.reaggregated}, ${column!.linkedUnitIds?.length ?? 0} old communes linked, estimated ${column!.estimated}`);
    }
    return false;
  }
}

/** Each part of projectionInputs alone, one after the other. */
async function inputParts(db: Db, unitId: number, baseYear: number): Promise<string[]> {
  const parts: string[] = [];
  for (const year of [baseYear - 3, baseYear - 2, baseYear - 1]) {
    const period = yearPeriod(year);
    const r = await time(async () => computeBaseCounts(db, await unitColumns(db, unitId, period, false), period));
    parts.push(`base counts ${year} ${ms(r.ms)}`);
  }
  const r = await time(async () => {
    const [column] = await unitColumns(db, unitId, monthPeriod(baseYear, 1), false);
    return stockBySingleYear(db, column!, isoDate(baseYear, 1, 1));
  });
  parts.push(`1 January population by single year ${ms(r.ms)}`);
  return parts;
}
