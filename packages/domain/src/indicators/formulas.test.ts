import { describe, expect, it } from "vitest";
import { parsePeriod } from "../time/periods.js";
import { annualisationFactor, medianAge, ratePerThousand, ratio, totalFertilityRate } from "./formulas.js";

describe("ratio", () => {
  it("divides and scales, and gives no value for a zero denominator", () => {
    expect(ratio(1, 4, 100)).toBe(25);
    expect(ratio(0, 4, 100)).toBe(0);
    expect(ratio(3, 0, 1000)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
  });
});

describe("annualisation", () => {
  it("multiplies a month or a quarter by 365 / its days, and leaves a year alone", () => {
    expect(annualisationFactor(parsePeriod("2025-M06"), true)).toBe(365 / 30);
    expect(annualisationFactor(parsePeriod("2025-Q1"), true)).toBe(365 / 90); // 31 + 28 + 31
    expect(annualisationFactor(parsePeriod("2024-Q1"), true)).toBe(365 / 91); // leap year
    expect(annualisationFactor(parsePeriod("2024"), true)).toBe(1); // 366 days, still a year
    expect(annualisationFactor(parsePeriod("2025-M06"), false)).toBe(1);
  });
  it("gives rates per 1,000 per year", () => {
    // 3 births in June among 200 people: 15 ‰ in the month, 15 × 365/30 = 182.5 ‰ a year.
    expect(ratePerThousand(3, 200, parsePeriod("2025-M06"), true)).toBeCloseTo(182.5, 10);
    expect(ratePerThousand(3, 200, parsePeriod("2025-M06"), false)).toBe(15);
    expect(ratePerThousand(3, 0, parsePeriod("2025"), true)).toBeNull();
  });
});

describe("totalFertilityRate", () => {
  it("is 5 × the sum of the age-specific rates, per woman", () => {
    // ASFR per 1,000: 20, 100, 110, 70, 30, 8, 1 → sum 339 → 5 × 339 / 1000 = 1.695.
    const women = [500, 400, 1000, 1000, 1000, 500, 1000];
    const births = [10, 40, 110, 70, 30, 4, 1];
    expect(totalFertilityRate(births, women)).toBeCloseTo(1.695, 12);
    // A quarter's births annualised by × 4 give four times the rate.
    expect(totalFertilityRate(births, women, 4)).toBeCloseTo(6.78, 12);
  });
  it("skips a group with neither women nor births, and has no value otherwise", () => {
    expect(totalFertilityRate([0, 50, 0, 0, 0, 0, 0], [0, 1000, 0, 0, 0, 0, 0])).toBeCloseTo(0.25, 12);
    expect(totalFertilityRate([1, 50, 0, 0, 0, 0, 0], [0, 1000, 0, 0, 0, 0, 0])).toBeNull();
    expect(totalFertilityRate([0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0])).toBeNull();
    expect(() => totalFertilityRate([1], [1, 2])).toThrow(RangeError);
  });
});

describe("medianAge", () => {
  // Groups 0, 1–4, 5–9, 10–14, 15–19, 20–24, …, 100+.
  it("interpolates inside the group that holds the middle person", () => {
    // N = 200, half 100: 10 + 40 + 50 = 100 reached exactly at the top of 5–9 → 5 + 50/50 × 5 = 10.
    expect(medianAge([10, 40, 50, 50, 50])).toBe(10);
    // N = 4, half 2: one person aged 15–19, three 20–24 → 20 + (2 − 1)/3 × 5 = 21.67.
    expect(medianAge([0, 0, 0, 0, 1, 3])).toBeCloseTo(20 + 5 / 3, 12);
    // Half within the first year of life: N = 10, 6 infants → 0 + 5/6 × 1.
    expect(medianAge([6, 4])).toBeCloseTo(5 / 6, 12);
  });
  it("gives the open group a width of five years and an empty population no value", () => {
    const old = new Array<number>(22).fill(0);
    old[21] = 2;
    expect(medianAge(old)).toBe(102.5);
    expect(medianAge([0, 0, 0])).toBeNull();
  });
});
