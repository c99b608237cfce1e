import { describe, expect, it } from "vitest";
import type { RankingSection } from "./model.js";
import { rankEntries } from "./ranking.js";

const section = (better: "higher" | "lower", values: (number | null)[]): RankingSection => ({
  kind: "ranking", title: "t", indicator: "i", unit: "%", better,
  entries: values.map((value, i) => ({ code: String(i), label: `Huyện ${String.fromCharCode(65 + i)}`, value })),
});

describe("rankEntries", () => {
  it("ranks the best first, ties share a rank, units without a value come last unranked", () => {
    const r = rankEntries(section("higher", [5, 9, null, 7, 9, 1]));
    expect(r.map((e) => [e.rank, e.value])).toEqual([[1, 9], [1, 9], [3, 7], [4, 5], [5, 1], [null, null]]);
    expect(r.map((e) => e.mark)).toEqual(["best", "best", null, null, "worst", null]);
  });
  it("puts the lowest first when lower is better", () => {
    const r = rankEntries(section("lower", [12.2, 20.8, 14.1]));
    expect(r.map((e) => e.value)).toEqual([12.2, 14.1, 20.8]);
    expect(r[0]!.mark).toBe("best");
    expect(r[2]!.mark).toBe("worst");
  });
  it("marks nothing when every unit has the same value", () => {
    expect(rankEntries(section("lower", [3, 3])).every((e) => e.mark === null && e.rank === 1)).toBe(true);
  });
});
