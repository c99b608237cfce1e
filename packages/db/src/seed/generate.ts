// Generates a synthetic population in memory: the register on its first day, then its
// history month by month up to `today`. Deterministic: the same options give the same world.
import { dayNumber, type IsoDate } from "@danso/domain";
import { buildCommune } from "./initial.js";
import { HOUSEHOLD_SIZE, PROVINCES, REGISTER_TARGETS } from "./provinces.js";
import { Random } from "./random.js";
import { simulate } from "./simulate.js";
import { World, type Commune, type UnitCatalog } from "./world.js";

export const REGISTER_START: IsoDate = "2021-01-01";

export interface GenerateOptions {
  /** Province codes (2 digits); all 63 when empty. */
  provinces: string[];
  /** Persons generated per real inhabitant (1 = the province's real size). */
  scale: number;
  seed: string | number;
  today: IsoDate;
  /** Growth of persons and households per province from the first day to today, used to
   * size the first day. Measured by a small pilot run of the same simulation when absent. */
  growth?: Map<string, { persons: number; households: number }>;
  onProgress?: (message: string) => void;
}

/** Population growth between 2019 (census) and the register's today (about 1 % a year). */
const CENSUS_TO_TODAY = 1.06;

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  type: string;
  level: number;
  parentId: number | null;
  urban: boolean | null;
}

/** Communes with their district and province, from the rows of one administrative tree. */
export function buildCatalog(units: UnitRow[]): UnitCatalog {
  const byId = new Map(units.map((u) => [u.id, u]));
  const districtIndex = new Map<number, number>();
  const communes: Commune[] = [];
  const districtCommunes: number[][] = [];
  const provinceCommunes = new Map<string, number[]>();
  for (const u of units) {
    if (u.level !== 3 || u.parentId === null) continue;
    const district = byId.get(u.parentId)!;
    const province = byId.get(district.parentId!)!;
    let d = districtIndex.get(district.id);
    if (d === undefined) {
      d = districtCommunes.length;
      districtIndex.set(district.id, d);
      districtCommunes.push([]);
    }
    const i = communes.length;
    communes.push({ id: u.id, code: u.code, name: u.name, type: u.type, urban: Boolean(u.urban), district: d, province: province.code });
    districtCommunes[d]!.push(i);
    if (!provinceCommunes.has(province.code)) provinceCommunes.set(province.code, []);
    provinceCommunes.get(province.code)!.push(i);
  }
  return { communes, districtCommunes, provinceCommunes };
}

/** Persons and households a province should have today at the given scale. */
export function provinceTarget(code: string, scale: number): { persons: number; households: number } {
  const facts = PROVINCES[code];
  if (!facts) throw new Error(`Unknown province code ${code}`);
  const known = REGISTER_TARGETS[code];
  const persons = Math.round((known?.persons ?? facts.population * CENSUS_TO_TODAY) * scale);
  const households = Math.round(known ? known.households * scale : persons / HOUSEHOLD_SIZE[facts.region]);
  return { persons, households: Math.max(persons > 0 ? 1 : 0, households) };
}

/** Splits `total` over weights into integers that add up exactly (largest remainders). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

/** Persons and households living in each province on a day (spells covering it). */
export function stockByProvince(world: World, day: number): Map<string, { persons: number; households: number }> {
  const S = world.spells;
  const out = new Map<string, { persons: number; households: Set<number> }>();
  for (let s = 0; s < S.length; s++) {
    if (S.get(s, "from") > day || S.get(s, "to") <= day) continue;
    const province = world.catalog.communes[S.get(s, "unit")]!.province;
    let o = out.get(province);
    if (!o) out.set(province, (o = { persons: 0, households: new Set() }));
    o.persons++;
    o.households.add(S.get(s, "household"));
  }
  return new Map([...out].map(([k, v]) => [k, { persons: v.persons, households: v.households.size }]));
}

/** Runs the simulation at a small scale to measure each province's growth. */
function measureGrowth(catalog: UnitCatalog, opts: GenerateOptions): Map<string, { persons: number; households: number }> {
  // Household growth depends a little on scale (larger communes find more spouses), so
  // the pilot is not too small.
  const pilotScale = Math.min(opts.scale / 4, 0.25);
  const ones = new Map((opts.provinces.length ? opts.provinces : [...catalog.provinceCommunes.keys()]).map((p) => [p, { persons: 1, households: 1 }]));
  const pilot = generateWorld(catalog, { ...opts, scale: pilotScale, growth: ones, onProgress: undefined });
  const start = stockByProvince(pilot, dayNumber(REGISTER_START));
  const end = stockByProvince(pilot, dayNumber(opts.today));
  return new Map([...ones.keys()].map((p) => {
    const a = start.get(p), b = end.get(p);
    return [p, a && b ? { persons: b.persons / a.persons, households: b.households / a.households } : { persons: 1, households: 1 }];
  }));
}

export function generateWorld(catalog: UnitCatalog, opts: GenerateOptions): World {
  const log = opts.onProgress ?? (() => {});
  const provinces = opts.provinces.length ? opts.provinces : [...catalog.provinceCommunes.keys()];
  const world = new World(catalog);
  const random = new Random(opts.seed);
  const day0 = dayNumber(REGISTER_START);
  const growth = opts.growth ?? measureGrowth(catalog, opts);
  const simulated = new Map<string, number>();

  for (const code of provinces) {
    const communes = catalog.provinceCommunes.get(code);
    if (!communes) throw new Error(`Province ${code} has no communes in the unit tree`);
    simulated.set(code, opts.scale);
    const target = provinceTarget(code, opts.scale);
    const r = random.fork(`province:${code}`);
    // Communes differ in size (towns larger); the register does not publish commune sizes.
    const weights = communes.map((c) => Math.exp(r.normal() * 0.5) * (catalog.communes[c]!.urban ? 1.6 : 1));
    const g = growth.get(code) ?? { persons: 1, households: 1 };
    const persons = apportion(Math.round(target.persons / g.persons), weights);
    const households = apportion(Math.round(target.households / g.households), weights);
    communes.forEach((c, i) => {
      const areas = Math.max(1, Math.round(households[i]! / 400));
      for (let a = 1; a <= areas; a++) world.communeAreas[c]!.push(world.areas.add({ unit: c, number: a }));
      buildCommune(world, r, { commune: c, persons: persons[i]!, households: Math.max(1, households[i]!) }, day0, PROVINCES[code]!);
    });
    log(`Tỉnh ${code}: ${world.persons.length.toLocaleString("vi-VN")} người vào ngày đầu tiên`);
  }
  simulate(world, random.fork("simulation"), { day0, today: dayNumber(opts.today), simulated });
  log(`Mô phỏng xong: ${world.persons.length.toLocaleString("vi-VN")} người, ${world.events.length.toLocaleString("vi-VN")} biến động`);
  return world;
}
