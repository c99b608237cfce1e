// The home page's figures equal a direct count of the register: people and households
// living there today, and births since 1 January.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { seedPopulation } from "../seed/seed.js";
import { getNationalSummary } from "./national-summary.js";

const TODAY = "2026-11-25";
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31"], scale: 0.003, seed: 9, today: TODAY }, () => {});
}, 300_000);
afterAll(() => t?.drop());

it("counts the nation's residents, households and births of the year from the register", async () => {
  const summary = await getNationalSummary(t.db, TODAY);
  const { rows } = await t.pool.query(`SELECT
      count(*) FILTER (WHERE valid_to IS NULL)::int AS population,
      count(DISTINCT household_id) FILTER (WHERE valid_to IS NULL)::int AS households,
      count(*) FILTER (WHERE start_reason = 'BIRTH' AND valid_from >= '2026-01-01')::int AS births
    FROM residence`);
  expect(summary).toEqual({ asOf: TODAY, population: rows[0].population, households: rows[0].households, birthsThisYear: rows[0].births });
  expect(summary.population).toBeGreaterThan(10_000);
  expect(summary.birthsThisYear).toBeGreaterThan(0);
});
