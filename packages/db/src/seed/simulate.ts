// Month by month from the register's first day to today: deaths, pregnancies and births,
// first marriages and divorces, moves of persons and of whole households between communes,
// districts and provinces, contraception, screenings, elderly check-ups and school
// milestones. Each change is a change event dated inside its month, after the person's
// previous event, with the residence spells that match it.
import {
  ASFR, CONTRACEPTION, DIVORCE_RATE, HOUSEHOLD_MOVE_RATE, MALE_BIRTH_SHARE, MAX_AGE, MOVE_DESTINATION, PARITY_FACTOR,
  PREGNANCY_LOSS, SCREENING, firstMarriageRate, individualMoveRate, monthlyDeathTable,
} from "./demography.js";
import { familyName, fullName, traditionOf } from "./names.js";
import { FERTILITY_FACTOR, PROVINCES, type Region } from "./provinces.js";
import type { Random } from "./random.js";
import { NONE, OPEN } from "./table.js";
import { EDU, END, EV, FEMALE, MALE, MARITAL, METHODS, START, type World } from "./world.js";

const DAYS_PER_YEAR = 365.2425;
const REGIONS: Region[] = ["NMM", "RRD", "NCC", "CH", "SE", "MD"];
const OUTCOME = { LIVE_BIRTH: 1, MISCARRIAGE: 3 };

export interface SimulationOptions {
  day0: number;
  today: number;
  /** Province codes whose population is simulated, with the persons generated per real
   * inhabitant; other provinces only receive movers and send a few. */
  simulated: Map<string, number>;
}

const dayToDate = (day: number) => new Date(day * 86_400_000);

export function simulate(world: World, random: Random, opts: SimulationOptions): void {
  const sim = new Simulation(world, random, opts);
  sim.seedPregnancies();
  const start = dayToDate(opts.day0);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); ; m++) {
    if (m === 12) { m = 0; y++; }
    const monthStart = Date.UTC(y, m, 1) / 86_400_000;
    if (monthStart > opts.today) break;
    sim.month(monthStart, Math.min(Date.UTC(y, m + 1, 0) / 86_400_000, opts.today), Date.UTC(y, m + 1, 0) / 86_400_000);
  }
}

class Simulation {
  private readonly P;
  private readonly H;
  private readonly deaths = monthlyDeathTable();
  private readonly communeRegion: Uint8Array;
  private readonly communeSimulated: Uint8Array;
  private readonly communeHouseholds: number[][];
  private readonly provinceCodes: string[];
  private readonly provinceWeights: number[];
  private readonly outsideCommunes: number[];
  private readonly outsideShare: number;
  /** Women 15–49 and the eligible ones' parity-weighted count, by region × age group. */
  private women = new Float64Array(REGIONS.length * 7);
  private eligible = new Float64Array(REGIONS.length * 7);
  // The month being simulated.
  private monthStart = 0;
  private monthEnd = 0;
  private fraction = 1;
  private isJune = false;

  constructor(private readonly world: World, private readonly random: Random, private readonly opts: SimulationOptions) {
    this.P = world.persons;
    this.H = world.households;
    const communes = world.catalog.communes;
    this.communeRegion = Uint8Array.from(communes, (c) => REGIONS.indexOf(PROVINCES[c.province]!.region));
    this.communeSimulated = Uint8Array.from(communes, (c) => (opts.simulated.has(c.province) ? 1 : 0));
    this.communeHouseholds = communes.map(() => []);
    for (let h = 0; h < this.H.length; h++) this.communeHouseholds[this.H.get(h, "unit")]!.push(h);
    this.provinceCodes = [...world.catalog.provinceCommunes.keys()];
    this.provinceWeights = this.provinceCodes.map((c) => PROVINCES[c]!.population * (PROVINCES[c]!.attraction ?? 0.7));
    this.outsideCommunes = communes.flatMap((c, i) => (opts.simulated.has(c.province) ? [] : [i]));
    const total = this.provinceCodes.reduce((s, c) => s + PROVINCES[c]!.population, 0);
    const outside = this.provinceCodes.filter((c) => !opts.simulated.has(c)).reduce((s, c) => s + PROVINCES[c]!.population, 0);
    this.outsideShare = outside / total;
    this.countWomen(opts.day0);
  }

  // ─── helpers ──────────────────────────────────────────────────────────────────────

  private age(p: number, day: number): number {
    return Math.floor((day - this.P.get(p, "birth")) / DAYS_PER_YEAR);
  }

  /** A day in the current month, not before `min`; NONE when the month has no such day. */
  private day(min = 0): number {
    const span = this.monthEnd - this.monthStart + 1;
    let d = this.monthStart + this.random.int(span);
    if (d < min) {
      if (min > this.monthEnd) return NONE;
      d = min + this.random.int(this.monthEnd - min + 1);
    }
    return d;
  }

  private touch(day: number, ...persons: number[]): void {
    for (const p of persons) if (p !== NONE) this.P.set(p, "lastEvent", day);
  }

  private lastEvent(...persons: number[]): number {
    let m = 0;
    for (const p of persons) if (p !== NONE) m = Math.max(m, this.P.get(p, "lastEvent"));
    return m;
  }

  private newHousehold(commune: number, day: number, collective = false): number {
    const h = this.world.addHousehold(commune, day, collective);
    this.communeHouseholds[commune]!.push(h);
    return h;
  }

  /** Moves a person into household h on `day` with move events when the commune changes. */
  private moveTo(p: number, h: number, day: number): void {
    const P = this.P;
    const oldH = P.get(p, "household");
    const oldUnit = P.get(p, "unit");
    const newUnit = this.H.get(h, "unit");
    let moveIn = NONE;
    if (oldUnit !== newUnit) {
      this.world.addEvent(EV.MOVE_OUT, day, p, newUnit);
      moveIn = this.world.addEvent(EV.MOVE_IN, day, p, oldUnit, NONE, h, newUnit);
    }
    this.world.placePerson(p, h, day, START.MOVE_IN, moveIn);
    this.world.settleHousehold(oldH, day);
    if (!this.communeSimulated[newUnit]) P.set(p, "active", 0);
    this.touch(day, p);
  }

  /** A destination commune for someone leaving `from`. */
  private destination(from: number): number {
    const { communes, districtCommunes, provinceCommunes } = this.world.catalog;
    const here = communes[from]!;
    const r = this.random.next();
    let pool: number[];
    if (r < MOVE_DESTINATION.sameDistrict) pool = districtCommunes[here.district]!;
    else if (r < MOVE_DESTINATION.sameDistrict + MOVE_DESTINATION.sameProvince) pool = provinceCommunes.get(here.province)!;
    else {
      let province = here.province;
      while (province === here.province) province = this.provinceCodes[this.random.weighted(this.provinceWeights)]!;
      pool = provinceCommunes.get(province)!;
    }
    // Towns draw more movers: of three communes drawn, an urban one is preferred.
    let best = NONE;
    for (let i = 0; i < 3; i++) {
      const c = pool[this.random.int(pool.length)]!;
      if (c === from) continue;
      if (best === NONE || (communes[c]!.urban && !communes[best]!.urban)) best = c;
    }
    return best === NONE ? (pool.find((c) => c !== from) ?? from) : best;
  }

  /** Where a mover lodges: in a town, a young adult often joins a workers' collective
   * household (a dormitory, up to 8 people); otherwise an existing household of the
   * commune, or a new one. */
  private lodging(commune: number, day: number, mover: number): number {
    const age = this.age(mover, day);
    if (this.world.catalog.communes[commune]!.urban && age >= 18 && age < 30 && this.random.chance(0.3)) {
      const dorm = this.dorms.get(commune);
      if (dorm !== undefined && this.H.get(dorm, "dissolved") === OPEN && this.world.members[dorm]!.length < 8) return dorm;
      const h = this.newHousehold(commune, day, true);
      this.dorms.set(commune, h);
      return h;
    }
    const list = this.communeHouseholds[commune]!;
    if (list.length && this.random.chance(0.5)) {
      for (let i = 0; i < 4; i++) {
        const h = list[this.random.int(list.length)]!;
        if (this.H.get(h, "dissolved") === OPEN && this.world.members[h]!.length && !this.H.get(h, "collective")) return h;
      }
    }
    return this.newHousehold(commune, day);
  }

  /** The collective household of each town commune that takes in young movers. */
  private readonly dorms = new Map<number, number>();

  // ─── pregnancies and births ───────────────────────────────────────────────────────

  private conceptionHazard(p: number, region: number, group: number): number {
    const i = region * 7 + group;
    if (this.eligible[i]! === 0) return 0;
    const asfr = ASFR[group]! * FERTILITY_FACTOR[REGIONS[region]!] / 1000 / 12;
    const pf = PARITY_FACTOR[Math.min(this.P.get(p, "parity"), 4)]!;
    return Math.min(0.9, ((asfr * this.women[i]!) / this.eligible[i]!) * pf / (1 - PREGNANCY_LOSS));
  }

  private isEligible(p: number, day: number): boolean {
    const P = this.P;
    const lastBirth = P.get(p, "lastBirth");
    return P.get(p, "marital") === MARITAL.MARRIED && P.get(p, "method") === NONE && P.get(p, "conceived") === NONE && (lastBirth === NONE || day - lastBirth > 90);
  }

  private countWomen(day: number): void {
    const P = this.P;
    this.women.fill(0);
    this.eligible.fill(0);
    for (let p = 0; p < P.length; p++) {
      if (P.get(p, "sex") !== FEMALE || !this.isAlive(p)) continue;
      const age = this.age(p, day);
      if (age < 15 || age > 49) continue;
      const i = this.communeRegion[P.get(p, "unit")]! * 7 + Math.floor((age - 15) / 5);
      this.women[i]! += 1;
      if (this.isEligible(p, day)) this.eligible[i]! += PARITY_FACTOR[Math.min(P.get(p, "parity"), 4)]!;
    }
  }

  private isAlive(p: number): boolean {
    return this.P.get(p, "death") === OPEN && this.P.get(p, "active") === 1;
  }

  private conceive(p: number, day: number): void {
    const P = this.P;
    const due = day + 266 + this.random.int(15);
    // Mothers are 15–49 at the birth (the reports count births to mothers of those ages).
    if (due - P.get(p, "birth") >= 50 * DAYS_PER_YEAR) return;
    P.set(p, "conceived", day);
    P.set(p, "due", due);
    P.set(p, "loss", this.random.chance(PREGNANCY_LOSS) ? day + 40 + this.random.int(60) : NONE);
    P.set(p, "pregnancyRecorded", day + 42 + this.random.int(50));
    P.set(p, "pregnancy", NONE);
    P.set(p, "screening", NONE);
  }

  /** Women already pregnant on the first day, so that births start at once. */
  seedPregnancies(): void {
    const P = this.P;
    const day0 = this.opts.day0;
    for (let p = 0; p < P.length; p++) {
      if (P.get(p, "sex") !== FEMALE || !this.isAlive(p) || !this.isEligible(p, day0)) continue;
      const age = this.age(p, day0);
      if (age < 15 || age > 49) continue;
      const h = this.conceptionHazard(p, this.communeRegion[P.get(p, "unit")]!, Math.floor((age - 15) / 5));
      if (!this.random.chance(h * 8.8)) continue;
      this.conceive(p, day0 - 1 - this.random.int(265));
      if (P.get(p, "conceived") === NONE) continue;
      if (P.get(p, "due") < day0) P.set(p, "due", day0 + this.random.int(10));
      if (P.get(p, "loss") !== NONE && P.get(p, "loss") < day0) P.set(p, "loss", NONE);
      if (P.get(p, "pregnancyRecorded") < day0) {
        // Recorded in the renewed book on the first day, with no event.
        const row = this.world.pregnancies.add({ person: p, recorded: day0, expected: P.get(p, "due"), ended: OPEN, outcome: 0 });
        P.set(p, "pregnancy", row);
      }
    }
  }

  private pregnancyStep(p: number): void {
    const P = this.P;
    const { monthStart: s, monthEnd: e } = this;
    const recorded = P.get(p, "pregnancyRecorded");
    const loss = P.get(p, "loss");
    if (P.get(p, "pregnancy") === NONE && recorded >= s && recorded <= e && (loss === NONE || loss > recorded)) {
      const row = this.world.pregnancies.add({ person: p, recorded, expected: P.get(p, "due"), ended: OPEN, outcome: 0 });
      P.set(p, "pregnancy", row);
      this.world.addEvent(EV.PREGNANCY, recorded, p, row);
      this.touch(recorded, p);
      if (this.random.chance(SCREENING.prenatal)) P.set(p, "screening", recorded + 20 + this.random.int(40));
    }
    const screening = P.get(p, "screening");
    if (screening !== NONE && screening >= s && screening <= e && (loss === NONE || loss > screening)) {
      this.world.addEvent(EV.PRENATAL_SCREENING, screening, p, P.get(p, "pregnancy"));
      this.touch(screening, p);
      P.set(p, "screening", NONE);
    }
    if (loss !== NONE && loss >= s && loss <= e) {
      const row = P.get(p, "pregnancy");
      if (row !== NONE) {
        this.world.pregnancies.set(row, "ended", loss);
        this.world.pregnancies.set(row, "outcome", OUTCOME.MISCARRIAGE);
      }
      P.set(p, "conceived", NONE);
      return;
    }
    const due = P.get(p, "due");
    if (loss === NONE && due >= s && due <= e) this.giveBirth(p, Math.max(due, P.get(p, "lastEvent")));
  }

  private giveBirth(mother: number, day: number): void {
    const P = this.P, W = this.world;
    const father = P.get(mother, "spouse");
    const sex = this.random.chance(MALE_BIRTH_SHARE) ? MALE : FEMALE;
    const ethnicity = P.get(mother, "ethnicity");
    const tradition = traditionOf(String(ethnicity + 1).padStart(2, "0"));
    const family = father !== NONE && tradition !== "HIGHLAND" ? W.families[father]! : W.families[mother]!;
    const year = dayToDate(day).getUTCFullYear();
    const child = W.addPerson(sex, day, ethnicity, family, fullName(this.random, family, tradition, sex === MALE, year));
    P.set(child, "mother", mother);
    P.set(child, "father", father);
    P.set(child, "education", EDU.NONE);
    P.set(child, "marital", MARITAL.NEVER_MARRIED);
    const order = P.get(mother, "parity") + 1;
    P.set(child, "birthOrder", order);
    P.set(mother, "parity", order);
    P.set(mother, "lastBirth", day);
    const h = P.get(mother, "household");
    const event = W.addEvent(EV.BIRTH, day, child, mother, order, h, P.get(mother, "unit"));
    W.placePerson(child, h, day, START.BIRTH, event);
    W.deriveRelations(h);
    const row = P.get(mother, "pregnancy");
    if (row !== NONE) {
      W.pregnancies.set(row, "ended", day);
      W.pregnancies.set(row, "outcome", OUTCOME.LIVE_BIRTH);
    }
    P.set(mother, "conceived", NONE);
    P.set(mother, "pregnancy", NONE);
    this.touch(day, mother, child);
    if (this.random.chance(SCREENING.newborn)) {
      const d = day + 1 + this.random.int(5);
      if (d <= this.opts.today) {
        W.addEvent(EV.NEWBORN_SCREENING, d, child);
        this.touch(d, child);
      }
    }
  }

  // ─── deaths, marriages, divorces ──────────────────────────────────────────────────

  private die(p: number, day: number): void {
    const P = this.P, W = this.world;
    W.addEvent(EV.DEATH, day, p);
    P.set(p, "death", day);
    const h = P.get(p, "household");
    W.closeSpell(p, day, END.DEATH);
    const m = P.get(p, "marriage");
    if (m !== NONE) W.endMarriage(m, day, 2);
    if (P.get(p, "method") !== NONE) W.stopMethod(p, day);
    P.set(p, "conceived", NONE);
    const row = P.get(p, "pregnancy");
    if (row !== NONE && W.pregnancies.get(row, "ended") === OPEN) W.pregnancies.set(row, "ended", day);
    W.settleHousehold(h, day);
    this.touch(day, p);
  }

  private findHusband(wife: number, pools: number[][]): number {
    const P = this.P;
    const { communes, districtCommunes, provinceCommunes } = this.world.catalog;
    const unit = P.get(wife, "unit");
    const wAge = this.age(wife, this.monthStart);
    const want = wAge + 3 + Math.round(this.random.normal() * 2.5);
    const r = this.random.next();
    let district = communes[unit]!.district;
    if (r > 0.85) {
      // From elsewhere in the province, or from another simulated province.
      const province = r > 0.95 ? this.provinceCodes[this.random.weighted(this.provinceWeights)]! : communes[unit]!.province;
      const list = provinceCommunes.get(province)!;
      district = communes[list[this.random.int(list.length)]!]!.district;
    }
    const pool = pools[district];
    if (!pool?.length || !districtCommunes[district]) return NONE;
    let best = NONE, bestScore = 6;
    for (let i = 0; i < 40; i++) {
      const m = pool[this.random.int(pool.length)]!;
      if (P.get(m, "marital") !== MARITAL.NEVER_MARRIED || !this.isAlive(m)) continue;
      const score = Math.abs(this.age(m, this.monthStart) - want) + (P.get(m, "unit") === unit ? 0 : 1.5);
      if (score < bestScore && this.age(m, this.monthStart) >= wAge - 2) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  private wed(wife: number, husband: number): void {
    const P = this.P, W = this.world;
    const day = this.day(this.lastEvent(wife, husband));
    if (day === NONE) return;
    const m = W.marry(husband, wife, day, this.random.chance(SCREENING.consanguineous), this.random.chance(SCREENING.counselledBeforeMarriage));
    W.addEvent(EV.MARRIAGE, day, wife, husband, m);
    W.addEvent(EV.MARRIAGE, day, husband, wife, m);
    this.touch(day, wife, husband);
    const r = this.random.next();
    if (r < 0.65) {
      this.moveTo(wife, P.get(husband, "household"), day);
      W.deriveRelations(P.get(husband, "household"));
    } else if (r < 0.95) {
      const old = P.get(husband, "household");
      const h = this.newHousehold(P.get(husband, "unit"), day);
      W.addEvent(EV.HOUSEHOLD_SPLIT, day, husband, old, NONE, h, P.get(husband, "unit"));
      this.moveTo(husband, h, day);
      this.moveTo(wife, h, day);
      W.setHead(h, husband);
      W.deriveRelations(old);
    } else {
      this.moveTo(husband, P.get(wife, "household"), day);
      W.deriveRelations(P.get(wife, "household"));
    }
  }

  private divorce(wife: number): void {
    const P = this.P, W = this.world;
    const husband = P.get(wife, "spouse");
    const m = P.get(wife, "marriage");
    if (husband === NONE || m === NONE || !this.isAlive(husband)) return;
    const day = this.day(this.lastEvent(wife, husband));
    if (day === NONE) return;
    W.endMarriage(m, day, 1);
    W.addEvent(EV.DIVORCE, day, wife, husband, m);
    W.addEvent(EV.DIVORCE, day, husband, wife, m);
    if (P.get(wife, "method") !== NONE) {
      W.addEvent(EV.CONTRACEPTION_STOP, day, wife, P.get(wife, "method"));
      W.stopMethod(wife, day);
    }
    this.touch(day, wife, husband);
    // Whoever is not the head leaves and sets up a household of their own in the commune.
    const h = P.get(wife, "household");
    const leaver = this.H.get(h, "head") === wife ? husband : wife;
    if (P.get(leaver, "household") !== h) return; // they already lived apart
    const own = this.newHousehold(P.get(leaver, "unit"), day);
    W.addEvent(EV.HOUSEHOLD_SPLIT, day, leaver, h, NONE, own, P.get(leaver, "unit"));
    this.moveTo(leaver, own, day);
    W.setHead(own, leaver);
    W.deriveRelations(h);
  }

  // ─── migration ────────────────────────────────────────────────────────────────────

  private moveAlone(p: number): void {
    const day = this.day(this.lastEvent(p));
    if (day === NONE) return;
    const to = this.destination(this.P.get(p, "unit"));
    const h = this.communeSimulated[to] ? this.lodging(to, day, p) : this.newHousehold(to, day);
    this.moveTo(p, h, day);
    if (this.world.members[h]!.length === 1) this.world.setHead(h, p);
    else this.world.deriveRelations(h);
  }

  private moveHousehold(h: number): void {
    const W = this.world;
    const members = [...W.members[h]!];
    const day = this.day(this.lastEvent(...members));
    if (day === NONE || members.length === 0) return;
    const head = this.H.get(h, "head");
    const to = this.destination(this.H.get(h, "unit"));
    const moved = this.newHousehold(to, day, this.H.get(h, "collective") === 1);
    for (const p of members) this.moveTo(p, moved, day);
    W.setHead(moved, head !== NONE ? head : members[0]!);
  }

  /** A young adult arriving from a province that is not generated: they lived there from
   * the first day (a spell of their own) and move in. */
  private immigrate(province: string): void {
    const W = this.world, random = this.random;
    const list = W.catalog.provinceCommunes.get(province)!;
    const to = list[random.int(list.length)]!;
    const from = this.outsideCommunes[random.int(this.outsideCommunes.length)]!;
    const sex = random.chance(0.5) ? MALE : FEMALE;
    const age = 18 + random.int(18);
    const origin = W.catalog.communes[from]!;
    const tradition = traditionOf("01");
    const family = familyName(random, tradition, PROVINCES[origin.province]!.region);
    const birth = this.monthStart - Math.floor(age * DAYS_PER_YEAR) - random.int(365);
    const p = W.addPerson(sex, birth, 0, family, fullName(random, family, tradition, sex === MALE, dayToDate(birth).getUTCFullYear()));
    this.P.set(p, "education", [EDU.LOWER_SECONDARY, EDU.UPPER_SECONDARY, EDU.UNIVERSITY][random.weighted([3, 5, 2])]!);
    const home = this.newHousehold(from, this.opts.day0);
    W.placePerson(p, home, this.opts.day0, START.INITIAL);
    W.setHead(home, p);
    const day = this.day(this.opts.day0);
    this.moveTo(p, this.lodging(to, day, p), day);
    W.settleHousehold(home, day);
    W.deriveRelations(this.P.get(p, "household"));
    if (W.members[this.P.get(p, "household")]!.length === 1) W.setHead(this.P.get(p, "household"), p);
  }

  // ─── contraception, check-ups, schooling ──────────────────────────────────────────

  private drawMethod(p: number, age: number, except = NONE): number {
    const keys = Object.keys(CONTRACEPTION.mix);
    const weights = Object.values(CONTRACEPTION.mix);
    for (;;) {
      let method = keys[this.random.weighted(weights)]!;
      if ((method === "FEMALE_STERILISATION" || method === "MALE_STERILISATION") && (this.P.get(p, "parity") < 2 || age < 30)) method = "IUD";
      const m = METHODS.indexOf(method as (typeof METHODS)[number]);
      if (m !== except) return m;
    }
  }

  private contraceptionStep(p: number, age: number): void {
    const P = this.P, W = this.world;
    const method = P.get(p, "method");
    if (method !== NONE) {
      if (!this.random.chance((CONTRACEPTION.stop[METHODS[method]!] ?? 0.02) * this.fraction)) return;
      const day = this.day(P.get(p, "lastEvent"));
      if (day === NONE) return;
      W.stopMethod(p, day);
      if (this.random.chance(CONTRACEPTION.switchShare)) {
        const next = this.drawMethod(p, age, method);
        W.startMethod(p, next, day);
        W.addEvent(EV.CONTRACEPTION_CHANGE, day, p, method, next);
      } else {
        W.addEvent(EV.CONTRACEPTION_STOP, day, p, method);
      }
      this.touch(day, p);
      return;
    }
    if (P.get(p, "conceived") !== NONE) return;
    const lastBirth = P.get(p, "lastBirth");
    const postpartum = lastBirth !== NONE && this.monthStart - lastBirth < 60 ? 0.3 : 1;
    if (this.random.chance(CONTRACEPTION.start[Math.min(P.get(p, "parity"), 4)]! * postpartum * this.fraction)) {
      const day = this.day(P.get(p, "lastEvent"));
      if (day === NONE) return;
      const m = this.drawMethod(p, age);
      W.startMethod(p, m, day);
      W.addEvent(EV.CONTRACEPTION_START, day, p, m);
      this.touch(day, p);
    }
  }

  /** Highest level completed at the end of a school year (June), by age. */
  private schooling(p: number, age: number): void {
    const P = this.P;
    const edu = P.get(p, "education");
    let next = NONE;
    if (age === 11 && edu === EDU.NONE && this.random.chance(0.97)) next = EDU.PRIMARY;
    else if (age === 15 && edu === EDU.PRIMARY && this.random.chance(0.88)) next = EDU.LOWER_SECONDARY;
    else if (age === 18 && edu === EDU.LOWER_SECONDARY && this.random.chance(0.7)) next = EDU.UPPER_SECONDARY;
    else if (age === 20 && edu === EDU.UPPER_SECONDARY && this.random.chance(0.12)) next = EDU.VOCATIONAL;
    else if (age === 21 && edu === EDU.UPPER_SECONDARY && this.random.chance(0.09)) next = EDU.COLLEGE;
    else if (age === 22 && edu === EDU.UPPER_SECONDARY && this.random.chance(0.3)) next = EDU.UNIVERSITY;
    else if (age === 24 && edu === EDU.UNIVERSITY && this.random.chance(0.04)) next = EDU.POSTGRADUATE;
    if (next === NONE) return;
    const day = this.day(P.get(p, "lastEvent"));
    if (day === NONE) return;
    this.world.addEvent(EV.EDUCATION_CHANGE, day, p, edu, next);
    P.set(p, "education", next);
    this.touch(day, p);
  }

  // ─── the month ────────────────────────────────────────────────────────────────────

  month(monthStart: number, monthEnd: number, calendarEnd: number): void {
    const P = this.P, random = this.random, catalog = this.world.catalog;
    this.monthStart = monthStart;
    this.monthEnd = monthEnd;
    this.fraction = (monthEnd - monthStart + 1) / (calendarEnd - monthStart + 1);
    this.isJune = dayToDate(monthStart).getUTCMonth() === 5;
    const brides: number[] = [];
    const movers: number[] = [];
    const divorcing: number[] = [];
    const grooms: number[][] = catalog.districtCommunes.map(() => []);
    const women = new Float64Array(this.women.length);
    const eligible = new Float64Array(this.eligible.length);
    const count = P.length;

    for (let p = 0; p < count; p++) {
      if (!this.isAlive(p)) continue;
      const female = P.get(p, "sex") === FEMALE;
      if (female && P.get(p, "conceived") !== NONE) this.pregnancyStep(p);
      const age = Math.min(MAX_AGE, this.age(p, monthStart));
      if (random.next() < this.deaths[(female ? 1 : 0) * (MAX_AGE + 1) + age]! * this.fraction) {
        const day = this.day(P.get(p, "lastEvent"));
        if (day !== NONE) {
          this.die(p, day);
          continue;
        }
      }
      const marital = P.get(p, "marital");
      if (female && age >= 15 && age <= 49) {
        const region = this.communeRegion[P.get(p, "unit")]!;
        const group = Math.floor((age - 15) / 5);
        women[region * 7 + group]! += 1;
        if (marital === MARITAL.MARRIED) {
          this.contraceptionStep(p, age);
          if (this.isEligible(p, monthStart)) {
            eligible[region * 7 + group]! += PARITY_FACTOR[Math.min(P.get(p, "parity"), 4)]!;
            if (random.chance(this.conceptionHazard(p, region, group) * this.fraction)) {
              const day = this.day(P.get(p, "lastEvent"));
              if (day !== NONE) this.conceive(p, day);
            }
          }
          if (random.chance((DIVORCE_RATE / 12) * this.fraction)) divorcing.push(p);
        }
      }
      if (marital === MARITAL.NEVER_MARRIED) {
        if (female && random.chance((firstMarriageRate(age) / 12) * this.fraction)) brides.push(p);
        if (!female && age >= 18 && age <= 50) grooms[catalog.communes[P.get(p, "unit")]!.district]!.push(p);
      }
      if (marital !== MARITAL.MARRIED && random.chance((individualMoveRate(age) / 12) * this.fraction)) movers.push(p);
      if (age >= 60 && random.chance((SCREENING.elderlyCheckYearly / 12) * this.fraction)) {
        const day = this.day(P.get(p, "lastEvent"));
        if (day !== NONE) {
          this.world.addEvent(EV.ELDERLY_CHECKUP, day, p);
          this.touch(day, p);
        }
      }
      if (this.isJune) this.schooling(p, this.age(p, monthStart + 29));
    }
    this.women = women;
    this.eligible = eligible;

    for (const wife of divorcing) if (this.isAlive(wife) && P.get(wife, "marital") === MARITAL.MARRIED) this.divorce(wife);
    for (const bride of brides) {
      if (!this.isAlive(bride) || P.get(bride, "marital") !== MARITAL.NEVER_MARRIED) continue;
      const husband = this.findHusband(bride, grooms);
      if (husband !== NONE) this.wed(bride, husband);
    }
    for (const p of movers) if (this.isAlive(p) && P.get(p, "marital") !== MARITAL.MARRIED) this.moveAlone(p);

    const H = this.H;
    const householdMoves = Math.round((H.length * HOUSEHOLD_MOVE_RATE * this.fraction) / 12 + random.next() - 0.5);
    for (let i = 0; i < householdMoves; i++) {
      const h = random.int(H.length);
      if (H.get(h, "dissolved") === OPEN && this.communeSimulated[H.get(h, "unit")] && this.world.members[h]!.length) this.moveHousehold(h);
    }
    if (this.outsideShare > 0 && this.outsideCommunes.length) {
      for (const province of this.opts.simulated.keys()) {
        const facts = PROVINCES[province]!;
        const expected = (facts.population * this.opts.simulated.get(province)! * 0.006 * (facts.attraction ?? 0.7) * this.outsideShare * this.fraction) / 12;
        const n = Math.floor(expected + random.next());
        for (let i = 0; i < n; i++) this.immigrate(province);
      }
    }
  }
}
