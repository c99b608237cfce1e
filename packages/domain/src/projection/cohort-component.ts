// The cohort-component projection: single years of age 0 … 100+ by sex, one-year steps.
// Pure arithmetic, no I/O. For each year t → t + 1 (populations at 1 January):
//   survivors   P(x+1, t+1) = P(x, t)·S(x) for x = 0 … 98;  P(100+, t+1) = (P(99) + P(100+))·S(99+)
//   births      B = Σ₁₅…₄₉ f(x) · ½ (W(x, t) + W(x, t+1)), women at the start and the end of the year
//   by sex      B♂ = B · SRB / (100 + SRB), B♀ = B − B♂;  P(0, t+1) = B_sex · L₀/l₀
//   migration   net migrants by age at the end of the year (already survived), added last
//   deaths      everything that entered the year and is not there at its end
// Survivorship comes from a life table (life-table.ts), ASFR per woman and year (TFR = Σ f).

export const MAX_AGE = 100;
const AGES = MAX_AGE + 1;

export type BySex<T> = Record<"male" | "female", T>;

/** Persons by single year of age, index 100 = 100 and older. */
export type AgeVector = number[];

export interface YearRates {
  /** Age-specific fertility rates for ages 15 … 49 (35 values, births per woman per year). */
  asfr: number[];
  /** Sex ratio at birth: boys per 100 girls. */
  srb: number;
  survival: BySex<{ birth: number; ratio: number[] }>;
  /** Net migrants by age at the end of the year (index 100 = 100+); zeros for a closed population. */
  netMigration: BySex<AgeVector>;
}

export interface ProjectedYear {
  /** 1 January of this year. */
  year: number;
  population: BySex<AgeVector>;
  /** During the year that starts here (null for the last year projected). */
  births: BySex<number> | null;
  deaths: BySex<number> | null;
  netMigration: number | null;
}

export const FERTILE_AGES = { from: 15, to: 49 } as const;

const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

function check(name: string, v: readonly number[], length: number) {
  if (v.length !== length) throw new RangeError(`${name}: ${length} values expected, got ${v.length}`);
  if (v.some((x) => !Number.isFinite(x))) throw new RangeError(`${name}: every value must be a finite number`);
}

/** One year: the population at 1 January of t + 1, and what happened during year t. */
export function projectOneYear(start: BySex<AgeVector>, rates: YearRates) {
  check("asfr", rates.asfr, FERTILE_AGES.to - FERTILE_AGES.from + 1);
  const next = {} as BySex<AgeVector>;
  for (const sex of ["male", "female"] as const) {
    const p = start[sex];
    const s = rates.survival[sex].ratio;
    check(`population.${sex}`, p, AGES);
    check(`survival.${sex}`, s, MAX_AGE);
    const n = new Array<number>(AGES).fill(0);
    for (let x = 0; x < MAX_AGE - 1; x++) n[x + 1] = p[x]! * s[x]!;
    n[MAX_AGE] = (p[MAX_AGE - 1]! + p[MAX_AGE]!) * s[MAX_AGE - 1]!;
    next[sex] = n;
  }
  let births = 0;
  for (let x = FERTILE_AGES.from; x <= FERTILE_AGES.to; x++) births += rates.asfr[x - FERTILE_AGES.from]! * (start.female[x]! + next.female[x]!) / 2;
  const boys = (births * rates.srb) / (100 + rates.srb);
  const born: BySex<number> = { male: boys, female: births - boys };
  const deaths = {} as BySex<number>;
  for (const sex of ["male", "female"] as const) {
    next[sex][0] = born[sex] * rates.survival[sex].birth;
    deaths[sex] = sum(start[sex]) + born[sex] - sum(next[sex]);
    const m = rates.netMigration[sex];
    check(`netMigration.${sex}`, m, AGES);
    next[sex] = next[sex].map((v, x) => Math.max(0, v + m[x]!));
  }
  const migration = sum(next.male) + sum(next.female) - (sum(start.male) + sum(start.female) + births - deaths.male - deaths.female);
  return { population: next, births: born, deaths, netMigration: migration };
}

/** Year after year from `baseYear` (population at its 1 January) to `horizon` inclusive. */
export function project(base: BySex<AgeVector>, baseYear: number, horizon: number, ratesFor: (year: number) => YearRates): ProjectedYear[] {
  if (!Number.isInteger(baseYear) || !Number.isInteger(horizon) || horizon < baseYear) throw new RangeError(`Horizon ${horizon} before base year ${baseYear}`);
  const years: ProjectedYear[] = [];
  let population = base;
  for (let year = baseYear; year <= horizon; year++) {
    if (year === horizon) {
      years.push({ year, population, births: null, deaths: null, netMigration: null });
      break;
    }
    const step = projectOneYear(population, ratesFor(year));
    years.push({ year, population, births: step.births, deaths: step.deaths, netMigration: step.netMigration });
    population = step.population;
  }
  return years;
}

export const totalFertility = (asfr: readonly number[]) => sum(asfr);

/** The same age pattern of fertility with another TFR. */
export function scaleToTfr(asfr: readonly number[], tfr: number): number[] {
  const now = totalFertility(asfr);
  if (now <= 0) throw new RangeError("An age pattern with no births cannot be scaled");
  return asfr.map((f) => (f * tfr) / now);
}
