// The population on the register's first day (2021-01-01, the book renewal), commune by
// commune: persons are drawn from Vietnam's age–sex structure, then assembled into
// families — couples, their children, elderly parents living with a son — and the rest
// into one-person or collective households, until the commune has its number of households.
import { Distribution, type Random } from "./random.js";
import { AGE_GROUP_SHARES, CONTRACEPTION, maleShare, maritalShares } from "./demography.js";
import { familyName, fullName, traditionOf } from "./names.js";
import type { ProvinceFacts } from "./provinces.js";
import { NONE } from "./table.js";
import { EDU, FEMALE, MALE, MARITAL, METHODS, START, type World } from "./world.js";

const DAYS_PER_YEAR = 365.2425;
const ageGroups = new Distribution(AGE_GROUP_SHARES);

export interface CommuneTarget {
  commune: number;
  persons: number;
  households: number;
}

/** Ethnic code → its index in ETHNICITIES (code "01" → 0). */
const ethnicIndex = (code: string) => Number(code) - 1;

function ethnicityDraw(facts: ProvinceFacts): { codes: string[]; weights: number[] } {
  const entries = Object.entries(facts.ethnic ?? {});
  const minority = entries.reduce((s, [, w]) => s + w, 0);
  return { codes: ["01", ...entries.map(([c]) => c)], weights: [Math.max(0, 100 - minority), ...entries.map(([, w]) => w)] };
}

function educationFor(random: Random, age: number, birthYear: number): number {
  if (age < 11) return EDU.NONE;
  if (age < 15) return EDU.PRIMARY;
  if (age < 18) return EDU.LOWER_SECONDARY;
  const levels = [EDU.NONE, EDU.PRIMARY, EDU.LOWER_SECONDARY, EDU.UPPER_SECONDARY, EDU.VOCATIONAL, EDU.COLLEGE, EDU.UNIVERSITY, EDU.POSTGRADUATE];
  const weights =
    birthYear >= 1995 ? [0, 2, 25, 38, 10, 7, 17, 1]
    : birthYear >= 1975 ? [2, 12, 35, 25, 8, 6, 11, 1]
    : birthYear >= 1955 ? [5, 25, 40, 18, 5, 2, 5, 0]
    : [20, 40, 25, 10, 2, 0, 3, 0];
  const edu = levels[random.weighted(weights)]!;
  // Too young to have finished college or university yet.
  if (age < 21 && edu > EDU.UPPER_SECONDARY) return EDU.UPPER_SECONDARY;
  if (age < 24 && edu === EDU.POSTGRADUATE) return EDU.UNIVERSITY;
  return edu;
}

/** Children ever born, expected by a woman's age (older cohorts had more children). */
function expectedParity(age: number): number {
  if (age < 20) return 0.3;
  if (age < 25) return 0.9;
  if (age < 30) return 1.5;
  if (age < 35) return 1.9;
  if (age < 40) return 2.1;
  if (age < 50) return 2.3;
  if (age < 60) return 2.6;
  if (age < 70) return 3.2;
  return 4;
}

export function buildCommune(world: World, random: Random, target: CommuneTarget, day0: number, facts: ProvinceFacts): void {
  const P = world.persons;
  const commune = world.catalog.communes[target.commune]!;
  const region = facts.region;
  const ethnic = ethnicityDraw(facts);
  // Minorities live together: most of a commune shares one group.
  const communeEthnic = ethnic.codes[random.weighted(ethnic.weights)]!;
  const year0 = new Date(day0 * 86_400_000).getUTCFullYear();
  const ageOf = (p: number) => Math.floor((day0 - P.get(p, "birth")) / DAYS_PER_YEAR);

  // 1. Persons with age, sex and marital status.
  const people: number[] = [];
  for (let i = 0; i < target.persons; i++) {
    const group = ageGroups.draw(random);
    const age = group < 16 ? group * 5 + random.int(5) : Math.min(100, 80 + Math.floor(-7 * Math.log(1 - random.next())));
    const sex = random.chance(maleShare(age)) ? MALE : FEMALE;
    const birth = day0 - Math.floor(age * DAYS_PER_YEAR) - 1 - random.int(365);
    const ethnicity = random.chance(0.9) ? communeEthnic : ethnic.codes[random.weighted(ethnic.weights)]!;
    const tradition = traditionOf(ethnicity);
    const family = familyName(random, tradition, region);
    const p = world.addPerson(sex, birth, ethnicIndex(ethnicity), family, fullName(random, family, tradition, sex === MALE, year0 - age));
    const [married, widowed, divorced] = maritalShares(age, sex === MALE);
    const r = random.next();
    P.set(p, "marital", r < married ? MARITAL.MARRIED : r < married + widowed ? MARITAL.WIDOWED : r < married + widowed + divorced ? MARITAL.DIVORCED : MARITAL.NEVER_MARRIED);
    P.set(p, "education", educationFor(random, age, year0 - age));
    people.push(p);
  }

  // 2. Couples: each married woman gets a married man about three years older.
  const menByAge: number[][] = [];
  for (const p of people) {
    if (P.get(p, "sex") === MALE && P.get(p, "marital") === MARITAL.MARRIED) (menByAge[ageOf(p)] ??= []).push(p);
  }
  const couples: [number, number][] = [];
  for (const w of people) {
    if (P.get(w, "sex") !== FEMALE || P.get(w, "marital") !== MARITAL.MARRIED) continue;
    const want = ageOf(w) + 3 + Math.round(random.normal() * 2);
    let husband = NONE;
    for (let d = 0; d <= 6 && husband === NONE; d++) {
      for (const a of d === 0 ? [want] : [want + d, want - d]) {
        const bucket = menByAge[a];
        if (bucket?.length && a >= ageOf(w) - 2) {
          husband = bucket.pop()!;
          break;
        }
      }
    }
    if (husband === NONE) {
      P.set(w, "marital", ageOf(w) >= 55 ? MARITAL.WIDOWED : MARITAL.NEVER_MARRIED);
      continue;
    }
    // Married before the register started: the date is in the past, with no event.
    const married = Math.max(P.get(w, "birth") + Math.round(18 * DAYS_PER_YEAR), day0 - Math.round((ageOf(w) - 22 + random.next() * 4) * DAYS_PER_YEAR));
    world.marry(husband, w, Math.min(married, day0 - 1), random.chance(0.001), random.chance(0.4));
    couples.push([husband, w]);
  }
  for (const bucket of menByAge) {
    for (const m of bucket ?? []) P.set(m, "marital", ageOf(m) >= 60 ? MARITAL.WIDOWED : MARITAL.NEVER_MARRIED);
  }

  // 3. Children (and most unmarried young adults) to a mother 18–42 years older.
  const mothersByAge: number[][] = [];
  for (const [, w] of couples) (mothersByAge[ageOf(w)] ??= []).push(w);
  for (const p of people) {
    if (P.get(p, "sex") === FEMALE && (P.get(p, "marital") === MARITAL.WIDOWED || P.get(p, "marital") === MARITAL.DIVORCED) && ageOf(p) < 60) {
      (mothersByAge[ageOf(p)] ??= []).push(p);
    }
  }
  const kids = new Map<number, number>();
  const stayHome = (age: number) => (age < 18 ? 1 : age < 25 ? 0.75 : age < 30 ? 0.5 : 0.2);
  const unplaced: number[] = [];
  for (const c of people) {
    const age = ageOf(c);
    if (P.get(c, "marital") !== MARITAL.NEVER_MARRIED || !random.chance(stayHome(age))) continue;
    let mother = NONE;
    const want = age + 22 + random.int(12);
    for (let d = 0; d <= 20 && mother === NONE; d++) {
      for (const a of d === 0 ? [want] : [want + d, want - d]) {
        if (a < age + 17 || a > age + 45) continue;
        const bucket = mothersByAge[a];
        if (!bucket?.length) continue;
        const m = bucket[random.int(bucket.length)]!;
        if ((kids.get(m) ?? 0) < 5) {
          mother = m;
          break;
        }
      }
    }
    if (mother === NONE) {
      if (age < 18) unplaced.push(c);
      continue;
    }
    kids.set(mother, (kids.get(mother) ?? 0) + 1);
    P.set(c, "mother", mother);
    P.set(c, "father", P.get(mother, "spouse"));
    if (age < 40 && P.get(mother, "marital") === MARITAL.MARRIED) {
      // Children of a couple take the father's family name (the mother's clan among the
      // matrilineal peoples of the Central Highlands).
      const father = P.get(mother, "spouse");
      const tradition = traditionOf(String(P.get(mother, "ethnicity") + 1).padStart(2, "0"));
      const family = tradition === "HIGHLAND" ? world.families[mother]! : world.families[father]!;
      world.families[c] = family;
      world.names[c] = fullName(random, family, tradition, P.get(c, "sex") === MALE, year0 - age);
      P.set(c, "ethnicity", P.get(mother, "ethnicity"));
    }
  }

  // 4. Family groups: a couple or a lone parent with their children.
  const groups: number[][] = [];
  const groupOf = new Map<number, number>();
  const join = (p: number, g: number) => {
    groups[g]!.push(p);
    groupOf.set(p, g);
  };
  const newGroup = (...members: number[]) => {
    groups.push([]);
    for (const m of members) join(m, groups.length - 1);
    return groups.length - 1;
  };
  const couplesByHusbandAge: number[][] = [];
  for (const [husband, wife] of couples) (couplesByHusbandAge[ageOf(husband)] ??= []).push(newGroup(husband, wife));
  for (const [mother] of kids) if (!groupOf.has(mother)) newGroup(mother);
  for (const c of people) {
    const mother = P.get(c, "mother");
    if (mother !== NONE && !groupOf.has(c)) join(c, groupOf.get(mother)!);
  }
  for (const c of unplaced) if (groups.length) join(c, random.int(groups.length));
  let households = groups.length + people.filter((p) => !groupOf.has(p)).length;

  /** A couple's group whose husband is about `want` years old. */
  const findCouple = (want: number, spread: number, except = NONE) => {
    for (let d = 0; d <= spread; d++) {
      for (const a of [want + d, want - d]) {
        const bucket = couplesByHusbandAge[a];
        if (!bucket?.length) continue;
        const g = bucket[random.int(bucket.length)]!;
        if (g !== except) return g;
      }
    }
    return NONE;
  };
  /** Makes the elder the parent of the group's head (husband), unless he has parents. */
  const adoptParent = (g: number, elder: number) => {
    const head = groups[g]![0]!;
    if (P.get(head, "mother") === NONE && P.get(head, "father") === NONE && ageOf(elder) - ageOf(head) >= 17) {
      P.set(head, P.get(elder, "sex") === MALE ? "father" : "mother", elder);
      const spouse = P.get(elder, "spouse");
      if (spouse !== NONE) P.set(head, P.get(spouse, "sex") === MALE ? "father" : "mother", spouse);
    }
  };

  // 5. Everyone else: while the commune has more households than its target, elderly
  //    people move in with a son of the right age and young adults join a family; in towns
  //    some young workers share a collective household; the rest live alone.
  const alone = people.filter((p) => !groupOf.has(p)).sort((a, b) => P.get(a, "birth") - P.get(b, "birth"));
  const collective = new Set<number>();
  let dorm = NONE;
  for (const p of alone) {
    const age = ageOf(p);
    const host = households > target.households ? findCouple(age >= 45 ? age - 28 : age + 25, 15) : NONE;
    if (host !== NONE) {
      if (age >= 45) adoptParent(host, p);
      join(p, host);
      households--;
    } else if (commune.urban && age >= 18 && age < 30 && random.chance(0.15)) {
      if (dorm === NONE || groups[dorm]!.length >= 5) {
        dorm = newGroup(p);
        collective.add(dorm);
      } else {
        join(p, dorm);
        households--;
      }
    } else newGroup(p);
  }

  // 6. Still too many households: young couples live with the husband's parents, as many
  //    do in Vietnam (three generations under one roof).
  for (let a = 20; a < 40 && households > target.households; a++) {
    for (const g of [...(couplesByHusbandAge[a] ?? [])]) {
      if (households <= target.households) break;
      if (groups[g]!.length === 0) continue;
      const host = findCouple(a + 27, 6, g);
      if (host === NONE || groups[host]!.length === 0) continue;
      adoptParent(g, groups[host]![0]!);
      for (const m of groups[g]!) join(m, host);
      groups[g] = [];
      households--;
    }
  }

  const families: number[] = [];
  const singles: number[] = [];
  groups.forEach((members, g) => {
    if (members.length === 0) return;
    const h = world.addHousehold(target.commune, day0, collective.has(g));
    for (const m of members) world.placePerson(m, h, day0, START.INITIAL);
    (members.length > 1 ? families : singles).push(h);
  });

  // 7. Heads, relations, parity, contraception.
  for (const h of [...families, ...singles]) {
    const list = world.members[h]!;
    if (list.length === 0) continue;
    // The eldest married man, else the eldest adult, is the head.
    const adults = list.filter((m) => ageOf(m) >= 18);
    const pool = adults.length ? adults : list;
    const men = pool.filter((m) => P.get(m, "sex") === MALE && P.get(m, "marital") === MARITAL.MARRIED && ageOf(m) < 75);
    const head = (men.length ? men : pool).reduce((a, b) => (P.get(b, "birth") < P.get(a, "birth") ? b : a));
    world.setHead(h, head);
  }
  for (const p of people) {
    if (P.get(p, "sex") !== FEMALE || P.get(p, "marital") === MARITAL.NEVER_MARRIED) continue;
    const age = ageOf(p);
    const atHome = kids.get(p) ?? 0;
    P.set(p, "parity", Math.max(atHome, Math.round(expectedParity(age) + random.normal() * 0.8)));
    if (P.get(p, "marital") !== MARITAL.MARRIED || age < 15 || age > 49) continue;
    const parity = P.get(p, "parity");
    const prevalence = (CONTRACEPTION.prevalence[Math.floor((age - 15) / 5)] ?? 0.7) * (parity === 0 ? 0.2 : 1.05);
    if (!random.chance(prevalence)) continue;
    const mixKeys = Object.keys(CONTRACEPTION.mix);
    let method = mixKeys[random.weighted(Object.values(CONTRACEPTION.mix))]!;
    if ((method === "FEMALE_STERILISATION" || method === "MALE_STERILISATION") && (parity < 2 || age < 30)) method = "IUD";
    const since = day0 - 1 - random.int(Math.max(30, Math.min(8, age - 17) * 365));
    world.startMethod(p, METHODS.indexOf(method as (typeof METHODS)[number]), since);
  }
}
