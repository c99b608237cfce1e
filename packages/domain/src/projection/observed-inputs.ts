// The inputs of a projection from what the register observed: base counts (the statistics
// engine's, one per full year before the base year) and the population by single year of
// age on 1 January of the base year. The rules, each with its reason:
// - ASFR: births to mothers of each five-year group over the years / the mid-year women of
//   the group summed over the years (person-years); births whose mother's age is unknown
//   are spread over the groups in proportion (the TFR keeps every birth). A single year of
//   age takes its group's rate, so the TFR is 5 × Σ group rates, as in the indicators.
// - SRB: boys / girls × 100 over the years; below MIN_BIRTHS_FOR_SRB births a ratio is
//   noise (30 births give 80 or 150 by chance), so DEFAULT_SRB stands in, flagged.
// - Mortality by sex: deaths / mid-year population by life-table group (0, 1–4, …, 85+).
//   With at least MIN_DEATHS deaths of that sex (and some in 85+) the unit's own rates are
//   used, smoothed at 5–84 by a 1-2-1 moving average of deaths and of exposures (a group
//   with no death by chance keeps a rate). Otherwise the model life table
//   (model-life-table.ts) scaled by the unit's standardised mortality ratio: observed
//   deaths / deaths expected at the model's rates (1 when fewer than MIN_EXPECTED deaths
//   are expected, within [0.5, 2]).
// - Net migration: (moves in − moves out) by sex and age group, averaged over the years,
//   spread evenly over the single years of each group. Register corrections are not
//   migration and are left out.
import { AGE_GROUP_LOWER } from "../indicators/age-groups.js";
import { FERTILITY_GROUPS, type BaseCounts } from "../indicators/base-counts.js";
import { FERTILE_AGES, MAX_AGE, type AgeVector, type BySex, type YearRates } from "./cohort-component.js";
import { LIFE_TABLE_AGES, lifeTableFromRates, mortalityFactorFor, singleYearSurvival } from "./life-table.js";
import { modelDeathRates } from "./model-life-table.js";

export const MIN_BIRTHS_FOR_SRB = 1000;
export const DEFAULT_SRB = 110;
export const MIN_DEATHS = 500;
const MIN_EXPECTED = 20;
const SMR_BOUNDS = [0.5, 2] as const;

export type MortalitySource = "OBSERVED" | "MODEL";

export interface SexMortality {
  /** ₙMₓ of the 19 life-table groups, as used. */
  rates: number[];
  source: MortalitySource;
  /** Observed / expected deaths at the model's rates (MODEL only). */
  smr: number | null;
  /** Observed, by life-table group, summed over the years. */
  deaths: number[];
  /** Person-years by life-table group: the mid-year population summed over the years. */
  exposure: number[];
  e0: number;
}

export interface ProjectionInputs {
  baseYear: number;
  /** The full years observed. */
  years: number[];
  base: BySex<AgeVector>;
  /** Per woman per year, groups 15–19 … 45–49. */
  asfrByGroup: number[];
  tfr: number;
  births: number;
  srb: number;
  srbObserved: number | null;
  srbSource: "OBSERVED" | "DEFAULT";
  mortality: BySex<SexMortality>;
  /** Per year, by single year of age (index 100 = 100+). */
  netMigration: BySex<AgeVector>;
}

export interface InputRules {
  minDeaths?: number;
  minBirthsForSrb?: number;
}

const SEXES = ["male", "female"] as const;
const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
const LAST_LT = LIFE_TABLE_AGES.length - 1;
/** The life-table group of each base-count age group (85+ gathers 85–89 … 100+). */
const ltGroup = (g: number) => Math.min(g, LAST_LT);
const FIRST_FERTILE_GROUP = AGE_GROUP_LOWER.indexOf(FERTILE_AGES.from);

export function observedInputs(baseYear: number, years: readonly number[], counts: readonly BaseCounts[], base: BySex<AgeVector>, rules: InputRules = {}): ProjectionInputs {
  if (counts.length === 0 || counts.length !== years.length) throw new RangeError("One set of base counts per observed year");
  const total = (f: (b: BaseCounts) => number) => sum(counts.map(f));

  const groupBirths = FERTILITY_GROUPS.map((g) => total((b) => b.counts[`BIRTHS_MOTHER_${g}`]));
  const births = total((b) => b.counts.BIRTHS_MALE + b.counts.BIRTHS_FEMALE);
  const known = sum(groupBirths);
  const women = FERTILITY_GROUPS.map((_, i) => total((b) => b.tables.POP_MID.female[FIRST_FERTILE_GROUP + i]!));
  const asfrByGroup = groupBirths.map((n, i) => (women[i]! > 0 && known > 0 ? (n * births) / known / women[i]! : 0));

  const boys = total((b) => b.counts.BIRTHS_MALE), girls = total((b) => b.counts.BIRTHS_FEMALE);
  const srbObserved = girls > 0 ? (100 * boys) / girls : null;
  const srbTrusted = srbObserved !== null && births >= (rules.minBirthsForSrb ?? MIN_BIRTHS_FOR_SRB);

  const model = modelDeathRates();
  const mortality = {} as BySex<SexMortality>;
  const netMigration = {} as BySex<AgeVector>;
  for (const sex of SEXES) {
    const deaths = new Array<number>(LIFE_TABLE_AGES.length).fill(0);
    const exposure = new Array<number>(LIFE_TABLE_AGES.length).fill(0);
    for (const b of counts) {
      b.tables.DEATHS[sex].forEach((n, g) => (deaths[ltGroup(g)]! += n));
      b.tables.POP_MID[sex].forEach((n, g) => (exposure[ltGroup(g)]! += n));
    }
    mortality[sex] = deathRates(deaths, exposure, model[sex], rules.minDeaths ?? MIN_DEATHS);
    const net = new Array<number>(MAX_AGE + 1).fill(0);
    for (const b of counts) {
      AGE_GROUP_LOWER.forEach((lower, g) => {
        const width = (AGE_GROUP_LOWER[g + 1] ?? lower + 1) - lower;
        const n = (b.tables.MIGRANTS_IN[sex][g]! - b.tables.MIGRANTS_OUT[sex][g]!) / counts.length / width;
        for (let x = lower; x < lower + width; x++) net[x]! += n;
      });
    }
    netMigration[sex] = net;
  }

  return {
    baseYear, years: [...years], base,
    asfrByGroup, tfr: 5 * sum(asfrByGroup), births,
    srb: srbTrusted ? srbObserved : DEFAULT_SRB, srbObserved, srbSource: srbTrusted ? "OBSERVED" : "DEFAULT",
    mortality, netMigration,
  };
}

function deathRates(deaths: number[], exposure: number[], model: number[], minDeaths: number): SexMortality {
  const observed = sum(deaths);
  if (observed >= minDeaths && deaths[LAST_LT]! > 0 && exposure[LAST_LT]! > 0) {
    // 1-2-1 smoothing of the counts inside 5–84; 0, 1–4 and 85+ as observed.
    const smooth = (v: number[]) => v.map((x, i) => (i >= 2 && i < LAST_LT ? (v[i - 1]! + 2 * x + v[i + 1]!) / 4 : x));
    const [d, e] = [smooth(deaths), smooth(exposure)];
    const rates = d.map((n, i) => (e[i]! > 0 ? n / e[i]! : 0));
    return { rates, source: "OBSERVED", smr: null, deaths, exposure, e0: lifeTableFromRates(rates)[0]!.e };
  }
  const expected = sum(model.map((m, i) => m * exposure[i]!));
  const smr = expected >= MIN_EXPECTED ? Math.min(SMR_BOUNDS[1], Math.max(SMR_BOUNDS[0], observed / expected)) : 1;
  const rates = model.map((m) => m * smr);
  return { rates, source: "MODEL", smr, deaths, exposure, e0: lifeTableFromRates(rates)[0]!.e };
}

/** What an analyst may change in the inputs before the scenario applies. */
export interface InputOverrides {
  srb?: number;
  /** Life expectancy at birth by sex: the rates are scaled to reach it. */
  e0?: Partial<BySex<number>>;
  /** 1 = as observed, 0 = none, 2 = twice. */
  migrationFactor?: number;
}

/** The rates of one year from the inputs (the medium scenario's every year). */
export function yearRates(inputs: ProjectionInputs, overrides: InputOverrides = {}): YearRates {
  const asfr = Array.from({ length: FERTILE_AGES.to - FERTILE_AGES.from + 1 }, (_, i) => inputs.asfrByGroup[Math.floor(i / 5)]!);
  const survival = {} as YearRates["survival"];
  const netMigration = {} as BySex<AgeVector>;
  for (const sex of SEXES) {
    const rates = inputs.mortality[sex].rates;
    const target = overrides.e0?.[sex];
    const k = target === undefined ? 1 : mortalityFactorFor(rates, target);
    survival[sex] = singleYearSurvival(lifeTableFromRates(rates.map((m) => m * k)));
    netMigration[sex] = inputs.netMigration[sex].map((v) => v * (overrides.migrationFactor ?? 1));
  }
  return { asfr, srb: overrides.srb ?? inputs.srb, survival, netMigration };
}
