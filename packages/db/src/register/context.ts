// What every register operation takes besides its input: the caller's transaction and
// the acting user (already authorised by the API), and optionally the date it runs on.
import { dateToIso, isoToDate, todayInVietnam, type IsoDate } from "@danso/domain";
import type { Prisma } from "../generated/prisma/client.js";

export type Tx = Prisma.TransactionClient;

export interface RegisterOptions {
  /** Today's date in Vietnam; tests pin it. Dates after it are "in the future". */
  today?: IsoDate;
}

export function todayOf(options: RegisterOptions = {}): IsoDate {
  return options.today ?? todayInVietnam();
}

/** A calendar date for a DATE column (UTC midnight) and back. */
export const toDbDate = isoToDate;
export const fromDbDate = (d: Date): IsoDate => dateToIso(d);
export const fromDbDateOrNull = (d: Date | null): IsoDate | null => (d ? dateToIso(d) : null);

/** A change-event id from the API (GraphQL sends IDs as strings); null when malformed. */
export function parseEventId(value: bigint | number | string): bigint | null {
  if (typeof value === "bigint") return value > 0n ? value : null;
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 ? BigInt(value) : null;
  return /^\d{1,18}$/.test(value) && value !== "0".repeat(value.length) ? BigInt(value) : null;
}
