import { describe, expect, it } from "vitest";
import { niceTicks } from "./nice-ticks";

describe("chart axis ticks", () => {
  it("cover every value: the first at or below the lowest, the last at or above the highest", () => {
    const ticks = niceTicks(39_747, 52_989);
    expect(ticks).toEqual([35_000, 40_000, 45_000, 50_000, 55_000]);
    const cases: [number, number][] = [[0.5, 0.93], [1_234, 1_298], [4_050_401, 5_427_430], [100, 100]];
    for (const [lo, hi] of cases) {
      const t = niceTicks(lo, hi);
      expect(t[0]!).toBeLessThanOrEqual(lo);
      expect(t.at(-1)!).toBeGreaterThanOrEqual(hi);
    }
  });
});
