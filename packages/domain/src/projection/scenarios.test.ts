import { describe, expect, it } from "vitest";
import { MAX_AGE, totalFertility, type YearRates } from "./cohort-component.js";
import { along, scenarioRates } from "./scenarios.js";

const zeros = () => new Array<number>(MAX_AGE + 1).fill(0);
const observed: YearRates = {
  asfr: Array.from({ length: 35 }, (_, i) => (i >= 5 && i < 20 ? 0.12 : 0)), // TFR 1.8
  srb: 112,
  survival: { male: { birth: 0.99, ratio: new Array(MAX_AGE).fill(0.99) }, female: { birth: 0.99, ratio: new Array(MAX_AGE).fill(0.99) } },
  netMigration: { male: zeros().map(() => 2), female: zeros().map(() => 1) },
};

describe("scenarios", () => {
  it("medium holds the recent rates; low and high move the TFR by half a child over five years", () => {
    expect(scenarioRates(observed, 2026, "MEDIUM")(2040)).toBe(observed);
    const low = scenarioRates(observed, 2026, "LOW");
    const high = scenarioRates(observed, 2026, "HIGH");
    expect(totalFertility(low(2026).asfr)).toBeCloseTo(1.7, 12);
    expect(totalFertility(low(2030).asfr)).toBeCloseTo(1.3, 12);
    expect(totalFertility(low(2045).asfr)).toBeCloseTo(1.3, 12);
    expect(totalFertility(high(2035).asfr)).toBeCloseTo(2.3, 12);
  });

  it("no-migration keeps fertility and mortality, without migrants", () => {
    const r = scenarioRates(observed, 2026, "NO_MIGRATION")(2030);
    expect(r.netMigration.male.every((v) => v === 0)).toBe(true);
    expect(r.asfr).toBe(observed.asfr);
  });

  it("custom follows a TFR path, and is the medium without one", () => {
    const r = scenarioRates(observed, 2026, "CUSTOM", [{ year: 2026, tfr: 1.8 }, { year: 2040, tfr: 2.1 }]);
    expect(totalFertility(r(2033).asfr)).toBeCloseTo(1.95, 12);
    expect(totalFertility(r(2050).asfr)).toBeCloseTo(2.1, 12);
    expect(r(2030).srb).toBe(112);
    expect(scenarioRates(observed, 2026, "CUSTOM")(2030)).toBe(observed);
    expect(along([{ year: 2030, tfr: 2 }], 2020)).toBe(2);
  });
});
