// Demographic summary of a generated world, computed in memory: used by the generator's
// tests and printed by `pnpm seed` so that realism is checked, not assumed.
import { dayNumber, type IsoDate } from "@danso/domain";
import { OPEN } from "./table.js";
import { EV, FEMALE, MALE, type World } from "./world.js";

export interface WorldSummary {
  personsToday: number;
  householdsToday: number;
  meanHouseholdSize: number;
  medianAge: number;
  births: number;
  boys: number;
  girls: number;
  sexRatioAtBirth: number;
  /** Share of births of order 3 or higher, %. */
  thirdPlusShare: number;
  totalFertilityRate: number;
  deaths: number;
  events: number;
}

const YEAR = 365.2425;

/** Summary over [from, to] for the flows and on `to` for the stock, restricted to persons
 * whose spell is in one of `provinces` (all when empty). */
export function summarize(world: World, from: IsoDate, to: IsoDate, provinces: string[] = []): WorldSummary {
  const P = world.persons, S = world.spells, E = world.events;
  const inScope = (unit: number) => provinces.length === 0 || provinces.includes(world.catalog.communes[unit]!.province);
  const d0 = dayNumber(from), d1 = dayNumber(to);
  const ages: number[] = [];
  const households = new Set<number>();
  for (let s = 0; s < S.length; s++) {
    if (S.get(s, "from") > d1 || S.get(s, "to") <= d1 || !inScope(S.get(s, "unit"))) continue;
    const p = S.get(s, "person");
    ages.push((d1 - P.get(p, "birth")) / YEAR);
    households.add(S.get(s, "household"));
  }
  ages.sort((a, b) => a - b);
  let boys = 0, girls = 0, deaths = 0, thirdPlus = 0;
  // Births by mother's age group and woman-years lived 15–49, for the TFR.
  const births = new Float64Array(7), womanYears = new Float64Array(7);
  for (let e = 0; e < E.length; e++) {
    const day = E.get(e, "day");
    if (day < d0 || day > d1 || !inScope(E.get(e, "unit"))) continue;
    const type = E.get(e, "type");
    if (type === EV.BIRTH) {
      const child = E.get(e, "person");
      if (P.get(child, "sex") === MALE) boys++;
      else girls++;
      if (E.get(e, "b") >= 3) thirdPlus++;
      const mother = E.get(e, "a");
      const age = Math.floor((day - P.get(mother, "birth")) / YEAR);
      if (age >= 15 && age <= 49) births[Math.floor((age - 15) / 5)]! += 1;
    } else if (type === EV.DEATH) deaths++;
  }
  for (let s = 0; s < S.length; s++) {
    const p = S.get(s, "person");
    if (P.get(p, "sex") !== FEMALE || !inScope(S.get(s, "unit"))) continue;
    const a = Math.max(d0, S.get(s, "from")), b = Math.min(d1 + 1, S.get(s, "to") === OPEN ? d1 + 1 : S.get(s, "to"));
    // Split the spell's days over the woman's age groups (step through birthdays).
    const birth = P.get(p, "birth");
    for (let age = 15; age <= 49; age++) {
      const lo = Math.max(a, birth + Math.ceil(age * YEAR)), hi = Math.min(b, birth + Math.ceil((age + 1) * YEAR));
      if (hi > lo) womanYears[Math.floor((age - 15) / 5)]! += (hi - lo) / YEAR;
    }
  }
  let tfr = 0;
  for (let g = 0; g < 7; g++) if (womanYears[g]! > 0) tfr += (5 * births[g]!) / womanYears[g]!;
  return {
    personsToday: ages.length,
    householdsToday: households.size,
    meanHouseholdSize: ages.length / Math.max(1, households.size),
    medianAge: ages.length ? ages[Math.floor(ages.length / 2)]! : 0,
    births: boys + girls,
    boys,
    girls,
    sexRatioAtBirth: girls ? (100 * boys) / girls : 0,
    thirdPlusShare: boys + girls ? (100 * thirdPlus) / (boys + girls) : 0,
    totalFertilityRate: tfr,
    deaths,
    events: E.length,
  };
}

