// Ages on several dates from one pass over the spells. Age group boundaries at a date D are
// birth-date thresholds (age ≥ a ⇔ born on or before D − a years, with 29 February
// clamped to the 28th as ageOn does); merging the thresholds of all dates into one
// sorted list, `width_bucket(birth_date, thresholds)` puts each spell in a bucket whose
// age group is the same for everyone in it at each of the dates.
import { addDays, addYears, AGE_GROUP_LOWER, ageOn, type IsoDate } from "@danso/domain";

export interface AgeBuckets {
  /** Sorted, distinct: the second argument of width_bucket. */
  thresholds: IsoDate[];
  /** groupOf[dateIndex][bucket]: the age group on that date of anyone in that bucket. */
  groupOf: number[][];
}

/** `lowers`: the lower bounds of the groups (the indicators' age groups unless told). */
export function ageBuckets(dates: readonly IsoDate[], lowers: readonly number[] = AGE_GROUP_LOWER): AgeBuckets {
  const groupOfAge = (age: number) => lowers.findLastIndex((a) => a <= age);
  const set = new Set<IsoDate>();
  for (const d of dates) for (const a of lowers) if (a > 0) set.add(addDays(addYears(d, -a), 1));
  const thresholds = [...set].sort();
  // width_bucket returns 0 below the first threshold and b when thresholds[b-1] <= x < thresholds[b].
  const representative = (b: number) => (b === 0 ? addDays(thresholds[0]!, -1) : thresholds[b - 1]!);
  const groupOf = dates.map((d) =>
    Array.from({ length: thresholds.length + 1 }, (_, b) => groupOfAge(Math.max(0, ageOn(representative(b), d)))),
  );
  return { thresholds, groupOf };
}
