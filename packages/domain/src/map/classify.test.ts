import { describe, expect, it } from "vitest";
import { ClassificationError, classify, classOf, parseManualBreaks } from "./classify.js";

const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("classify", () => {
  it("quantiles split the units into classes of equal size", () => {
    const c = classify(ten, { method: "QUANTILE", classes: 5 });
    // Linear interpolation between order statistics (Hyndman & Fan type 7).
    [1, 2.8, 4.6, 6.4, 8.2, 10].forEach((b, i) => expect(c.bounds[i]).toBeCloseTo(b, 10));
    expect(c.counts).toEqual([2, 2, 2, 2, 2]);
    expect(c.missing).toBe(0);
  });

  it("ties at a quantile leave a class empty instead of splitting equal values", () => {
    const c = classify([1, 5, 5, 5, 5, 5, 5, 9], { method: "QUANTILE", classes: 4 });
    expect(c.bounds).toEqual([1, 5, 5, 5, 9]);
    expect(c.counts).toEqual([1, 0, 0, 7]);
    expect(c.counts.reduce((a, b) => a + b)).toBe(8);
  });

  it("equal intervals cut the range in equal widths, empty classes included", () => {
    const c = classify([0, 1, 2, 100], { method: "EQUAL_INTERVAL", classes: 4 });
    expect(c.bounds).toEqual([0, 25, 50, 75, 100]);
    expect(c.counts).toEqual([3, 0, 0, 1]);
  });

  it("natural breaks find the gaps between clusters", () => {
    const c = classify([1, 2, 3, 20, 21, 22, 50, 51], { method: "NATURAL_BREAKS", classes: 3 });
    expect(c.bounds).toEqual([1, 20, 50, 51]);
    expect(c.counts).toEqual([3, 3, 2]);
  });

  it("natural breaks make no more classes than distinct values", () => {
    const c = classify([2, 2, 7, 7, 7], { method: "NATURAL_BREAKS", classes: 5 });
    expect(c.bounds).toEqual([2, 7, 7]);
    expect(c.counts).toEqual([2, 3]);
  });

  it("manual breaks are the inner bounds; values outside them fall in the end classes", () => {
    const c = classify([95, 104, 106, 112, 130], { method: "MANUAL", classes: 0, manualBreaks: [100, 110] });
    expect(c.bounds).toEqual([95, 100, 110, 130]);
    expect(c.counts).toEqual([1, 2, 2]);
  });

  it("counts missing values apart and classifies nothing when every value is missing", () => {
    expect(classify([null, 3, null, 3], { method: "QUANTILE", classes: 4 })).toEqual({ bounds: [3, 3], counts: [2], missing: 2 });
    expect(classify([null, null], { method: "EQUAL_INTERVAL", classes: 3 })).toEqual({ bounds: [], counts: [], missing: 2 });
  });

  it("makes a reference inside the range a class bound (diverging palettes)", () => {
    const c = classify([100, 103, 104, 108, 115], { method: "EQUAL_INTERVAL", classes: 3, reference: 104 });
    expect(c.bounds).toEqual([100, 104, 105, 110, 115]);
    expect(c.counts).toEqual([2, 1, 1, 1]);
    // Already a bound, or outside the range: the classes stay as they are.
    expect(classify([100, 115], { method: "EQUAL_INTERVAL", classes: 3, reference: 105 }).bounds).toEqual([100, 105, 110, 115]);
    expect(classify([100, 115], { method: "EQUAL_INTERVAL", classes: 3, reference: 90 }).bounds).toEqual([100, 105, 110, 115]);
  });

  it("refuses a class count outside 2–9 and manual breaks that do not increase, in Vietnamese", () => {
    expect(() => classify(ten, { method: "QUANTILE", classes: 12 })).toThrow(new ClassificationError("Số lớp phải từ 2 đến 9."));
    expect(() => classify(ten, { method: "MANUAL", classes: 0, manualBreaks: [5, 5] })).toThrow(/tăng dần/);
    expect(() => classify(ten, { method: "MANUAL", classes: 0, manualBreaks: [] })).toThrow(/ít nhất một ngưỡng/);
  });
});

describe("classOf", () => {
  it("puts a value on a bound in the upper class, the maximum in the last", () => {
    const bounds = [0, 10, 20, 30];
    expect([0, 9.9, 10, 29, 30].map((v) => classOf(bounds, v))).toEqual([0, 0, 1, 2, 2]);
    expect(classOf(bounds, null)).toBeNull();
  });
});

describe("parseManualBreaks", () => {
  it("reads commas, spaces, or semicolons with decimal commas", () => {
    expect(parseManualBreaks("10, 20, 30.5")).toEqual([10, 20, 30.5]);
    expect(parseManualBreaks("1,5; 2,25")).toEqual([1.5, 2.25]);
    expect(() => parseManualBreaks("10, abc")).toThrow(/phải là số/);
  });
});
