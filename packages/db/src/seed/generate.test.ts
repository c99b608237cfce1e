// The synthetic population must look like Vietnam's: checked on a generated world of about
// 300,000 persons in ten provinces of every region.
import { beforeAll, describe, expect, it } from "vitest";
import { TREES } from "../reference/trees.js";
import { buildUnitRows, readUnitFile } from "../reference/units.js";
import { lifeExpectancy } from "./demography.js";
import { buildCatalog, generateWorld, provinceTarget, type GenerateOptions } from "./generate.js";
import { summarize, type WorldSummary } from "./summary.js";
import type { World } from "./world.js";

const catalog = buildCatalog(buildUnitRows(TREES[0]!, readUnitFile(TREES[0]!.file).units, 1));
const PROVINCES = ["01", "02", "30", "38", "48", "64", "74", "79", "89", "94"];
const options: GenerateOptions = { provinces: PROVINCES, scale: 0.01, seed: 7, today: "2026-11-25" };

let world: World;
let history: WorldSummary;
let today: WorldSummary;

beforeAll(() => {
  world = generateWorld(catalog, options);
  history = summarize(world, "2021-01-01", "2025-12-31", PROVINCES);
  today = summarize(world, "2026-11-25", "2026-11-25", PROVINCES);
}, 120_000);

describe("synthetic population", () => {
  it("has each province's size today", () => {
    const expected = PROVINCES.reduce((s, p) => s + provinceTarget(p, options.scale).persons, 0);
    expect(today.personsToday / expected).toBeGreaterThan(0.97);
    expect(today.personsToday / expected).toBeLessThan(1.03);
  });

  it("has Vietnam's age structure and household size", () => {
    expect(today.medianAge).toBeGreaterThan(31);
    expect(today.medianAge).toBeLessThan(35.5);
    expect(today.meanHouseholdSize).toBeGreaterThan(3.2);
    expect(today.meanHouseholdSize).toBeLessThan(4.0);
  });

  it("gives 2021–2025 a TFR about 2.0 and about 112 boys per 100 girls at birth", () => {
    expect(history.births).toBeGreaterThan(15_000);
    expect(history.totalFertilityRate).toBeGreaterThan(1.85);
    expect(history.totalFertilityRate).toBeLessThan(2.25);
    expect(history.sexRatioAtBirth).toBeGreaterThan(107);
    expect(history.sexRatioAtBirth).toBeLessThan(117);
  });

  it("keeps third and later births a minority, as Vietnam's two-child norm does (about a fifth)", () => {
    expect(history.thirdPlusShare).toBeGreaterThan(12);
    expect(history.thirdPlusShare).toBeLessThan(28);
  });

  it("has mortality for a life expectancy about 74 and a crude death rate about 6–7 ‰", () => {
    const e0 = (lifeExpectancy(true) + lifeExpectancy(false)) / 2;
    expect(e0).toBeGreaterThan(72.5);
    expect(e0).toBeLessThan(75.5);
    const cdr = (1000 * history.deaths) / 5 / history.personsToday;
    expect(cdr).toBeGreaterThan(5);
    expect(cdr).toBeLessThan(8.5);
  });

  it("is the same for the same seed and different for another", () => {
    const small = { ...options, provinces: ["30"], scale: 0.002 };
    const a = generateWorld(catalog, small), b = generateWorld(catalog, small), c = generateWorld(catalog, { ...small, seed: 8 });
    expect(b.persons.length).toBe(a.persons.length);
    expect(b.events.length).toBe(a.events.length);
    expect(b.names.slice(0, 50)).toEqual(a.names.slice(0, 50));
    expect(c.names.slice(0, 50)).not.toEqual(a.names.slice(0, 50));
  });

  it("names people in Vietnamese with diacritics, by ethnic tradition", () => {
    const diacritics = world.names.filter((n) => /[^ -~]/.test(n)).length;
    expect(diacritics / world.names.length).toBeGreaterThan(0.9);
    expect(world.names.some((n) => n.startsWith("Nguyễn "))).toBe(true);
    // Hà Giang (02) is a third H'Mông: Giàng, Vàng, Sùng… with the middle name A for men.
    expect(world.names.some((n) => /^(Giàng|Vàng|Sùng|Thào) A /.test(n))).toBe(true);
  });
});
