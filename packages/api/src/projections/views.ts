// A projection as the API serves it: the inputs as observed (with the labels of their
// groups), the years of the scenario asked for, and the totals of every scenario under the
// same overrides for the comparison chart.
import type { AdminUnit, UnitProjectionInputs } from "@danso/db";
import {
  FERTILITY_GROUPS, LIFE_TABLE_AGES, SCENARIOS, ageGroupLabel, runProjection, type ProjectionYear, type Scenario, type SexMortality,
} from "@danso/domain";
import type { Overrides } from "./projection-request.js";

export interface ProjectionRun {
  unit: AdminUnit;
  baseYear: number;
  horizon: number;
  scenario: Scenario;
  overrides: Overrides;
  inputs: UnitProjectionInputs;
}

export type YearView = ReturnType<typeof yearView>;

const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
const both = (b: { male: number; female: number } | null) => (b ? b.male + b.female : null);

function yearView(y: ProjectionYear) {
  return {
    year: y.year,
    ...y.indicators,
    births: both(y.births),
    deaths: both(y.deaths),
    netMigration: y.netMigration,
    tfr: y.tfr,
    populationMale: y.population.male,
    populationFemale: y.population.female,
  };
}

export const projectYears = (run: ProjectionRun): YearView[] =>
  runProjection(run.inputs, { horizon: run.horizon, scenario: run.scenario, overrides: run.overrides }).map(yearView);

const LIFE_TABLE_GROUPS = LIFE_TABLE_AGES.map((a, i) => (i === LIFE_TABLE_AGES.length - 1 ? `${a}+` : ageGroupLabel(i)));

const mortalityView = (m: SexMortality) => ({ ...m, deaths: m.deaths.map(Math.round), exposure: m.exposure.map(Math.round) });

export function projectionView(run: ProjectionRun, years: YearView[] = projectYears(run)) {
  const i = run.inputs;
  const e0 = run.overrides.e0;
  return {
    unit: run.unit,
    baseYear: run.baseYear,
    horizon: run.horizon,
    scenario: run.scenario,
    overrides: { tfrPath: run.overrides.tfrPath ?? [], srb: run.overrides.srb ?? null, e0Male: e0?.male ?? null, e0Female: e0?.female ?? null, migrationFactor: run.overrides.migrationFactor ?? null },
    inputs: {
      baseYear: i.baseYear,
      observedYears: i.years,
      estimated: i.estimated,
      basePopulation: sum(i.base.male) + sum(i.base.female),
      fertilityGroups: FERTILITY_GROUPS.map((g) => g.replace("_", "–")),
      asfr: i.asfrByGroup,
      tfr: i.tfr,
      births: i.births,
      srb: i.srb,
      srbObserved: i.srbObserved,
      srbSource: i.srbSource,
      lifeTableGroups: LIFE_TABLE_GROUPS,
      male: mortalityView(i.mortality.male),
      female: mortalityView(i.mortality.female),
      netMigrants: sum(i.netMigration.male) + sum(i.netMigration.female),
      netMigrationMale: i.netMigration.male,
      netMigrationFemale: i.netMigration.female,
    },
    years,
    scenarios: () =>
      SCENARIOS.filter((s) => s !== "CUSTOM" || run.overrides.tfrPath?.length).map((scenario) => ({
        scenario,
        totals: scenario === run.scenario ? years.map((y) => y.total) : projectYears({ ...run, scenario }).map((y) => y.total),
      })),
  };
}
