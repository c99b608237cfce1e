// The abridged life table of the domain guide (§ 5): groups 0, 1–4, 5–9 … 85+, from deaths
// and person-years of exposure, and from it the single-year survivorship ratios a
// cohort-component projection needs. Pure arithmetic, no I/O.
//
//   ₙMₓ = ₙDₓ / ₙPₓ;  ₙqₓ = n·ₙMₓ / (1 + (n − ₙaₓ)·ₙMₓ);  lₓ₊ₙ = lₓ(1 − ₙqₓ), l₀ = 100,000;
//   ₙLₓ = n·lₓ₊ₙ + ₙaₓ·ₙdₓ (open group L = l/M);  Tₓ = Σ L from x up;  eₓ = Tₓ/lₓ,
// with ₙaₓ = n/2 except a₀ = 0.1 (the guide's range is 0.1–0.3: infants die mostly in their
// first weeks) and ₁a₄... = 1.5 for ages 1–4.

/** Lower bounds of the groups: 0, 1, 5, 10, … 85 (85+ open). */
export const LIFE_TABLE_AGES: readonly number[] = [0, 1, ...Array.from({ length: 17 }, (_, i) => 5 * (i + 1))];

export interface LifeTableRow {
  age: number;
  /** Width of the group; Infinity for the open group. */
  n: number;
  m: number;
  q: number;
  l: number;
  d: number;
  L: number;
  T: number;
  e: number;
}

export const RADIX = 100_000;

const aOf = (age: number, n: number) => (age === 0 ? 0.1 : age === 1 ? 1.5 : n / 2);

/** From the death rates ₙMₓ of the 19 groups (deaths / person-years). */
export function lifeTableFromRates(m: readonly number[]): LifeTableRow[] {
  if (m.length !== LIFE_TABLE_AGES.length) throw new RangeError(`A life table needs ${LIFE_TABLE_AGES.length} death rates, got ${m.length}`);
  const rows: LifeTableRow[] = [];
  let l = RADIX;
  for (let i = 0; i < m.length; i++) {
    const age = LIFE_TABLE_AGES[i]!;
    const open = i === m.length - 1;
    const n = open ? Infinity : LIFE_TABLE_AGES[i + 1]! - age;
    const M = m[i]!;
    if (!(M >= 0) || (open && M === 0)) throw new RangeError(`Death rate of age ${age} must be positive: ${M}`);
    const a = aOf(age, n);
    const q = open ? 1 : Math.min(1, (n * M) / (1 + (n - a) * M));
    const d = l * q;
    const L = open ? l / M : n * (l - d) + a * d;
    rows.push({ age, n, m: M, q, l, d, L, T: 0, e: 0 });
    l -= d;
  }
  let T = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    T += rows[i]!.L;
    rows[i]!.T = T;
    rows[i]!.e = rows[i]!.l > 0 ? T / rows[i]!.l : 0;
  }
  return rows;
}

/** From deaths and exposures by group; a group with no exposure borrows its neighbour's rate. */
export function lifeTable(deaths: readonly number[], exposure: readonly number[]): LifeTableRow[] {
  const m = deaths.map((d, i) => (exposure[i]! > 0 ? d / exposure[i]! : NaN));
  for (let i = 0; i < m.length; i++) if (!Number.isFinite(m[i]!)) m[i] = i > 0 ? m[i - 1]! : 0;
  return lifeTableFromRates(m);
}

/**
 * Single-year survivorship for ages 0 … 100+: `birth` = L₀/l₀ (a birth of the year alive at
 * its end), `ratio[x]` = Lₓ₊₁/Lₓ for x = 0 … 98 (aged x at the start, x + 1 a year on), and
 * `ratio[99]` = T₁₀₀/T₉₉ for those aged 99 and 100+ together entering 100+. Single-year lₓ
 * are interpolated log-linearly inside each group (a constant force of mortality), above
 * 85 from the open group's rate.
 */
export function singleYearSurvival(table: readonly LifeTableRow[]): { birth: number; ratio: number[] } {
  const l = new Array<number>(102);
  for (let x = 0; x <= 101; x++) {
    const row = [...table].reverse().find((r) => r.age <= x)!;
    const next = table[table.indexOf(row) + 1];
    const lNext = next ? next.l : 0;
    if (!next) l[x] = row.l * Math.exp(-row.m * (x - row.age));
    else l[x] = lNext > 0 ? row.l * (lNext / row.l) ** ((x - row.age) / row.n) : x === row.age ? row.l : 0;
  }
  const first = table[0]!;
  // Single-year L: the trapezoid, except the first year, which keeps the table's own a₀.
  const L = l.slice(0, 101).map((lx, x) => (x === 0 ? l[1]! + aOf(0, 1) * (lx - l[1]!) : (lx + l[x + 1]!) / 2));
  const open = table.at(-1)!;
  const T100 = l[100]! / open.m;
  const ratio = L.slice(0, 99).map((Lx, x) => (Lx > 0 ? L[x + 1]! / Lx : 0));
  ratio.push(L[99]! + T100 > 0 ? T100 / (L[99]! + T100) : 0);
  return { birth: L[0]! / first.l, ratio };
}

/** The factor k such that the table of k × m has life expectancy at birth `e0` (bisection). */
export function mortalityFactorFor(m: readonly number[], e0: number): number {
  if (!(e0 > 0 && e0 < 120)) throw new RangeError(`Life expectancy at birth must be between 0 and 120 years: ${e0}`);
  const e0Of = (k: number) => lifeTableFromRates(m.map((v) => v * k))[0]!.e;
  let lo = 1e-4, hi = 1e4;
  for (let i = 0; i < 200 && hi / lo > 1 + 1e-12; i++) {
    const mid = Math.sqrt(lo * hi);
    if (e0Of(mid) > e0) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}
