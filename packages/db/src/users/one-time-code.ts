// One-time codes: what an administrator hands over when creating an account or resetting a
// password, instead of a password. The code signs in only to choose the user's own
// password (authenticate in the API), so the administrator never learns a working one.
import { randomInt } from "node:crypto";

/** How long a code works: long enough to reach the user over a weekend, short enough that
 * a forgotten code is not a standing way in. */
export const ONE_TIME_CODE_HOURS = 72;

// No 0/o, 1/l/i: the code is read out or copied from paper.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** A new code, e.g. "k7m2-x9qp-4hta-wc3e" (16 characters from 31: about 79 bits). */
export function newOneTimeCode(): string {
  const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/** The code as it is hashed and checked: case, spaces and hyphens do not matter. */
export function normalizeOneTimeCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]+/g, "");
}

export function oneTimeCodeExpiry(from = new Date()): Date {
  return new Date(from.getTime() + ONE_TIME_CODE_HOURS * 3_600_000);
}
