// Age groups of the stock and death tables: 0, 1–4, 5–9, …, 95–99, 100+. Under-1 and 1–4
// are apart so that infant deaths and an abridged life table (domain guide § 5) need no
// other table; five-year groups give the fertility, dependency and median-age indicators.

/** Lower bound of each group, in completed years; the last group is open (100+). */
export const AGE_GROUP_LOWER: readonly number[] = [0, 1, ...Array.from({ length: 20 }, (_, i) => (i + 1) * 5)];

export const AGE_GROUP_COUNT = AGE_GROUP_LOWER.length;

/** "0", "1–4", "5–9", …, "100+". */
export function ageGroupLabel(group: number): string {
  const lower = AGE_GROUP_LOWER[group];
  if (lower === undefined) throw new RangeError(`No age group ${group}`);
  const next = AGE_GROUP_LOWER[group + 1];
  if (next === undefined) return `${lower}+`;
  return next - lower === 1 ? String(lower) : `${lower}–${next - 1}`;
}

/** The group of an age in completed years (negative ages, i.e. not yet born, are refused). */
export function ageGroupOf(age: number): number {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`Not an age: ${age}`);
  let g = 0;
  while (g + 1 < AGE_GROUP_COUNT && AGE_GROUP_LOWER[g + 1]! <= age) g++;
  return g;
}

/** Persons by sex and age group; index = age group. */
export interface AgeSexCounts {
  male: number[];
  female: number[];
}

export type SexFilter = "MALE" | "FEMALE" | "BOTH";

export function emptyAgeSexCounts(): AgeSexCounts {
  return { male: new Array<number>(AGE_GROUP_COUNT).fill(0), female: new Array<number>(AGE_GROUP_COUNT).fill(0) };
}

function groupAt(age: number): number {
  const g = AGE_GROUP_LOWER.indexOf(age);
  if (g < 0) throw new RangeError(`${age} is not the lower bound of an age group (${AGE_GROUP_LOWER.join(", ")})`);
  return g;
}

/**
 * Persons aged from `fromAge` (included) to `toAge` (excluded; omitted = no upper limit).
 * Both ages must be group bounds: a 15–49 sum is exact, a 16–49 sum is refused.
 */
export function sumAges(table: AgeSexCounts, fromAge = 0, toAge?: number, sex: SexFilter = "BOTH"): number {
  const from = groupAt(fromAge);
  const to = toAge === undefined ? AGE_GROUP_COUNT : groupAt(toAge);
  let total = 0;
  for (let g = from; g < to; g++) {
    if (sex !== "FEMALE") total += table.male[g] ?? 0;
    if (sex !== "MALE") total += table.female[g] ?? 0;
  }
  return total;
}

/** Both sexes together, by group. */
export function bothSexes(table: AgeSexCounts): number[] {
  return table.male.map((m, g) => m + (table.female[g] ?? 0));
}
