// Which of the engine's queries a set of base counts needs. A page that shows a few
// indicators (the workspace's key figures) asks for their base counts only, and the engine
// leaves out the queries that would produce nothing it reads: on the full-size city the
// married women's pass, and, without the start and mid-period stocks, the many spells that
// only a reorganisation opened or closed (4 million on 1 July 2025).
import type { BaseCountCode } from "@danso/domain";

export interface NeededQueries {
  /** The last day's stock (POP_END, and the base of POP_START and POP_MID). */
  stock: boolean;
  /** The stocks on the day before and the middle day, and the register corrections: they
   * read every spell opened or closed in the period, not only births, deaths and moves. */
  stockChanges: boolean;
  /** Births, deaths and moves. */
  flows: boolean;
  married: boolean;
  events: boolean;
  households: boolean;
}

const STOCK_CHANGES: readonly BaseCountCode[] = ["POP_START", "POP_MID", "REGISTER_CORRECTIONS"];
const isFlow = (c: BaseCountCode) => c.startsWith("BIRTHS_") || c === "DEATHS" || c.startsWith("MOVES_") || c.startsWith("MIGRANTS_");
const isMarried = (c: BaseCountCode) => c === "MARRIED_WOMEN_15_49" || c.startsWith("CP_USERS_");
const isEvent = (c: BaseCountCode) =>
  c.startsWith("MARRIAGE_") || c.startsWith("COUPLES_") || c.startsWith("NEW_ACCEPTORS") || c === "DIVORCE_PERSONS"
  || c === "PREGNANCIES" || c === "PRENATAL_SCREENINGS" || c === "NEWBORN_SCREENINGS" || c === "ELDERLY_CHECKUPS";

/** All queries without a list (a report, a map layer: any indicator may be read). */
export function neededQueries(needs?: readonly BaseCountCode[]): NeededQueries {
  if (!needs) return { stock: true, stockChanges: true, flows: true, married: true, events: true, households: true };
  const stockChanges = needs.some((c) => STOCK_CHANGES.includes(c));
  return {
    stock: stockChanges || needs.includes("POP_END"),
    stockChanges,
    flows: needs.some(isFlow),
    married: needs.some(isMarried),
    events: needs.some(isEvent),
    households: needs.some((c) => c.startsWith("HOUSEHOLDS_")),
  };
}
