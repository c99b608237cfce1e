// The base counts of a period from those of its two halves, back to back (the closed months
// of a year so far, then the month so far): flows add up, because each birth, death, move
// or event is dated on one day of one half; stocks are the earlier half's start and the
// later half's end. The mid-period stock and the couples (a couple whose two spouses'
// events fall in different halves would count twice) cannot be joined: ask the engine
// for the whole period when an indicator needs them.
import { AGE_SEX_TABLES, COUNT_CODES, emptyBaseCounts, type BaseCountCode, type BaseCounts, type CountCode } from "./base-counts.js";

/** Stocks on the period's last day: the later half's. */
const END_STOCKS = new Set<BaseCountCode>(["POP_END", "HOUSEHOLDS_FAMILY", "HOUSEHOLDS_COLLECTIVE", "MARRIED_WOMEN_15_49"]);
/** A stock on the last day, which the earlier half need not count. */
export const isEndStock = (code: BaseCountCode) => END_STOCKS.has(code) || code.startsWith("CP_USERS_");

/** The base counts that joinPeriods cannot give. */
export const NOT_JOINABLE: readonly BaseCountCode[] = ["POP_MID", "COUPLES_MARRIED", "COUPLES_COUNSELLED"];

export function joinPeriods(earlier: BaseCounts, later: BaseCounts): BaseCounts {
  const out = emptyBaseCounts();
  for (const code of COUNT_CODES as readonly CountCode[]) {
    if (NOT_JOINABLE.includes(code)) continue;
    out.counts[code] = isEndStock(code) ? later.counts[code] : earlier.counts[code] + later.counts[code];
  }
  for (const table of AGE_SEX_TABLES) {
    if (NOT_JOINABLE.includes(table)) continue;
    const from = table === "POP_START" ? [earlier] : isEndStock(table) ? [later] : [earlier, later];
    for (const sex of ["male", "female"] as const) {
      out.tables[table][sex] = out.tables[table][sex].map((_, g) => from.reduce((s, b) => s + b.tables[table][sex][g]!, 0));
    }
  }
  return out;
}
