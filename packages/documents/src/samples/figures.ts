// Plausible, deterministic figures for the samples: a seeded generator and a few ratios of a
// Red River Delta population (crude birth rate ~15‰, death rate ~6.5‰). Not statistics.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** Figures of one unit: population and a period length in months. */
export interface UnitFigures {
  pop: number;
  months: number;
  seed: number;
}

/** Counts per 1,000 people per year, by indicator; rates are given directly. */
const PER_1000_YEAR: Record<string, number> = {
  BIRTHS: 15, BIRTHS_MALE: 8, BIRTHS_FEMALE: 7, BIRTHS_ORDER_2: 6.5, BIRTHS_ORDER_3_PLUS: 2.4, BIRTHS_MOTHER_UNDER_20: 0.5,
  DEATHS: 6.5, INFANT_DEATHS: 0.15, MARRIAGES: 14, CHILD_MARRIAGES: 0.1, CONSANGUINEOUS_MARRIAGES: 0, COUPLES_COUNSELLED: 5,
  DIVORCES: 1.6, MOVES_IN: 9, MOVES_IN_SAME_DISTRICT: 3, MOVES_IN_OTHER_DISTRICT: 2.5, MOVES_IN_OTHER_PROVINCE: 3, MOVES_IN_ABROAD_UNKNOWN: 0.5,
  MOVES_OUT: 10, MOVES_OUT_SAME_DISTRICT: 3, MOVES_OUT_OTHER_DISTRICT: 2.5, MOVES_OUT_OTHER_PROVINCE: 4, MOVES_OUT_ABROAD_UNKNOWN: 0.5,
  NEW_ACCEPTORS: 12, PREGNANCIES: 17, PRENATAL_SCREENINGS: 11, NEWBORN_SCREENINGS: 12, ELDERLY_CHECKUPS: 40,
};
const SHARE_OF_POP: Record<string, number> = {
  HOUSEHOLDS: 0.3, FAMILY_HOUSEHOLDS: 0.298, POP_END: 1, POP_END_MALE: 0.492, POP_END_FEMALE: 0.508, POP_START: 0.997, POP_MID: 0.9985,
  MARRIED_WOMEN_15_49: 0.168, WOMEN_15_49: 0.252, ELDERLY: 0.14, CP_USERS: 0.125,
};
const RATES: Record<string, [number, number]> = {
  CBR: [15, 2.5], CDR: [6.5, 1.2], NATURAL_INCREASE_RATE: [8.5, 2.5], GFR: [58, 8], TFR: [2.2, 0.25], SRB: [112, 4], SHARE_ORDER_3_PLUS: [16, 5],
  SHARE_MOTHER_UNDER_20: [3, 1.5], IMR: [9, 4], SHARE_COUPLES_COUNSELLED: [75, 12], CPR: [74, 5], MCPR: [63, 6], IN_MIGRATION_RATE: [9, 3],
  OUT_MIGRATION_RATE: [10, 3], NET_MIGRATION_RATE: [-1, 3], SEX_RATIO: [96.5, 2.5], DEPENDENCY_RATIO: [49, 4], CHILD_DEPENDENCY_RATIO: [33, 3],
  OLD_AGE_DEPENDENCY_RATIO: [16, 3], AGEING_INDEX: [60, 12], MEDIAN_AGE: [33, 2.5],
};

/** One indicator's value for a unit; `decimals` > 0 marks a rate. */
export function sampleValue(code: string, unit: UnitFigures, decimals: number): number {
  const rnd = seededRandom(unit.seed ^ hash(code));
  const jitter = () => 0.85 + rnd() * 0.3;
  const rate = RATES[code];
  if (rate) return Number((rate[0] + (rnd() * 2 - 1) * rate[1]).toFixed(decimals));
  const share = SHARE_OF_POP[code];
  if (share !== undefined) return Math.round(unit.pop * share * (0.98 + rnd() * 0.04));
  const per1000 = PER_1000_YEAR[code] ?? 2 + (hash(code) % 50) / 10;
  return Math.round(((unit.pop * per1000) / 1000) * (unit.months / 12) * jitter());
}
