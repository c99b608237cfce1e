// The rates that drive the synthetic population, close to Vietnam's around 2021–2025:
// life expectancy about 74 (men 71, women 77), TFR about 2.0, sex ratio at birth about
// 112, median age about 33, first marriage mostly at 20–29, contraceptive prevalence
// about 75 % of married women 15–49 (two thirds modern), internal migration a few
// percent a year among young adults. Every figure is a parameter here, not in the code.

export const MAX_AGE = 105;

/** Yearly death probability at age x (completed years), by sex. */
export function deathProbability(age: number, male: boolean): number {
  if (age <= 0) return male ? 0.0155 : 0.0125; // infant mortality about 14 ‰
  if (age < 5) return 0.0009;
  if (age < 15) return 0.0003;
  // Gompertz–Makeham from 15 on, men's adult mortality higher than women's.
  const gompertz = male ? 0.0012 * Math.exp(0.084 * (age - 30)) : 0.00062 * Math.exp(0.092 * (age - 30));
  const makeham = male ? 0.0008 : 0.0003;
  return Math.min(1, gompertz + makeham);
}

/** Monthly death probability table indexed [sex * (MAX_AGE + 1) + age], sex 0 = male. */
export function monthlyDeathTable(): Float64Array {
  const table = new Float64Array(2 * (MAX_AGE + 1));
  for (let sex = 0; sex < 2; sex++) {
    for (let age = 0; age <= MAX_AGE; age++) {
      const q = age === MAX_AGE ? 1 : deathProbability(age, sex === 0);
      table[sex * (MAX_AGE + 1) + age] = 1 - Math.pow(1 - q, 1 / 12);
    }
  }
  return table;
}

/** Life expectancy at birth implied by deathProbability (deaths mid-year). */
export function lifeExpectancy(male: boolean): number {
  let alive = 1, years = 0;
  for (let age = 0; age <= MAX_AGE; age++) {
    const q = age === MAX_AGE ? 1 : deathProbability(age, male);
    years += alive * (1 - q / 2);
    alive *= 1 - q;
  }
  return years;
}

/** Age-specific fertility per 1,000 women for 15–19 … 45–49 (TFR = 5 Σ / 1000 ≈ 2.0). */
export const ASFR = [30, 124, 126, 80, 35, 8, 1.5] as const;

/** Share of boys among births: 112 boys per 100 girls. */
export const MALE_BIRTH_SHARE = 112 / 212;

/** Relative chance of conceiving by number of children already born (0, 1, 2, 3, 4+):
 * second births are common, third and later births much rarer. */
export const PARITY_FACTOR = [2.0, 1.6, 0.15, 0.08, 0.05] as const;

/** Share of pregnancies that do not end in a live birth (miscarriage, abortion). */
export const PREGNANCY_LOSS = 0.1;

/** Age structure on 2021-01-01: share of the population in 5-year groups 0–4 … 80+
 * (2019 census, rounded). */
export const AGE_GROUP_SHARES = [8.4, 8.5, 7.5, 6.9, 7.0, 8.0, 8.4, 7.9, 7.4, 6.9, 6.2, 5.6, 4.5, 3.0, 1.9, 1.2, 1.7] as const;

/** Share of men by age group (more boys at birth, more women among the old). */
export function maleShare(age: number): number {
  if (age < 15) return 0.522;
  if (age < 50) return 0.505;
  if (age < 65) return 0.48;
  if (age < 80) return 0.42;
  return 0.36;
}

export type MaritalKey = "NEVER_MARRIED" | "MARRIED" | "WIDOWED" | "DIVORCED";

/** Marital status shares on 2021-01-01 by age and sex: [married, widowed, divorced]. */
export function maritalShares(age: number, male: boolean): [number, number, number] {
  if (male) {
    if (age < 18) return [0, 0, 0];
    if (age < 20) return [0.02, 0, 0];
    if (age < 25) return [0.2, 0, 0.002];
    if (age < 30) return [0.6, 0, 0.01];
    if (age < 35) return [0.85, 0.002, 0.02];
    if (age < 40) return [0.9, 0.005, 0.025];
    if (age < 60) return [0.92, 0.02, 0.025];
    if (age < 70) return [0.88, 0.08, 0.02];
    return [0.75, 0.23, 0.01];
  }
  if (age < 16) return [0, 0, 0];
  if (age < 18) return [0.01, 0, 0];
  if (age < 20) return [0.1, 0, 0.002];
  if (age < 25) return [0.45, 0.002, 0.01];
  if (age < 30) return [0.78, 0.005, 0.02];
  if (age < 35) return [0.87, 0.01, 0.03];
  if (age < 50) return [0.87, 0.03, 0.04];
  if (age < 60) return [0.8, 0.1, 0.04];
  if (age < 70) return [0.66, 0.28, 0.03];
  return [0.4, 0.58, 0.01];
}

/** Yearly probability that a never-married woman marries, by age. Marriages under 18
 * (women) or 20 (men) are child marriages (tảo hôn), rare but recorded. */
export function firstMarriageRate(age: number): number {
  if (age < 16) return 0;
  if (age < 18) return 0.006;
  if (age < 20) return 0.06;
  if (age < 25) return 0.16;
  if (age < 30) return 0.16;
  if (age < 35) return 0.08;
  if (age < 40) return 0.03;
  if (age < 50) return 0.008;
  return 0;
}

/** Husband's age minus wife's: usually 1–5 years. */
export const SPOUSE_AGE_GAP = { min: -2, max: 10, mean: 3 };

export const DIVORCE_RATE = 0.003;

/** Yearly probability that a person moves to another commune by themselves, by age. */
export function individualMoveRate(age: number): number {
  if (age < 18) return 0;
  if (age < 30) return 0.028;
  if (age < 40) return 0.012;
  if (age < 60) return 0.004;
  return 0.002;
}

/** Yearly probability that a whole household moves to another commune. */
export const HOUSEHOLD_MOVE_RATE = 0.005;

/** Where movers go: another commune of the district, another district of the province,
 * another province. */
export const MOVE_DESTINATION = { sameDistrict: 0.3, sameProvince: 0.25, otherProvince: 0.45 };

/** Contraception among married women 15–49. */
export const CONTRACEPTION = {
  /** Initial prevalence (any method) by 5-year age group 15–19 … 45–49. */
  prevalence: [0.3, 0.55, 0.7, 0.78, 0.82, 0.8, 0.7],
  /** Method mix among users (keys of CONTRACEPTIVE_METHOD). */
  mix: {
    IUD: 40, PILL: 18, CONDOM: 18, FEMALE_STERILISATION: 4, MALE_STERILISATION: 0.4, INJECTABLE: 3, IMPLANT: 1,
    LACTATIONAL_AMENORRHOEA: 0.5, EMERGENCY_PILL: 0.3, SPERMICIDE: 0.2, CALENDAR: 7, WITHDRAWAL: 8,
  } as Record<string, number>,
  /** Monthly probability of stopping, by method. */
  stop: {
    IUD: 0.008, PILL: 0.03, CONDOM: 0.03, FEMALE_STERILISATION: 0, MALE_STERILISATION: 0, INJECTABLE: 0.04,
    IMPLANT: 0.01, LACTATIONAL_AMENORRHOEA: 0.15, EMERGENCY_PILL: 0.3, SPERMICIDE: 0.05, CALENDAR: 0.03, WITHDRAWAL: 0.03,
  } as Record<string, number>,
  /** Share of stops that are a switch to another method. */
  switchShare: 0.3,
  /** Monthly probability that a married non-user starts a method, by children born. */
  start: [0.004, 0.03, 0.06, 0.07, 0.07],
};

export const SCREENING = { prenatal: 0.55, newborn: 0.45, elderlyCheckYearly: 0.3, counselledBeforeMarriage: 0.55, consanguineous: 0.0015 };
