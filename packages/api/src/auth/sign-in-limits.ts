// Brakes on password guessing that cannot be turned into a way to lock someone out.
// Failed attempts (login_attempt, where every attempt is recorded) count three ways:
//  - per login and address: 5 in 15 minutes. Whoever mistypes or guesses from one place
//    waits out the window there, and only there: the same login elsewhere still works.
//  - per login, over all addresses: 30 in 24 hours. Guesses spread over many addresses
//    stop too, but only for addresses that have not signed in as this login in the last
//    30 days: the user keeps signing in from their usual places (still 5 tries in 15
//    minutes there), so a distributed attacker cannot lock them out.
//  - per address, over all logins: 20 in 15 minutes (one machine trying many accounts),
//    with the same exception, so one person behind an office's shared address cannot
//    lock out colleagues who sign in from there.
// The addresses are the callers' own (client-address.ts): a forwarded header the caller
// wrote themself cannot spread their attempts over made-up addresses.
import type { Db } from "@danso/db";

export const SIGN_IN_LIMITS = {
  perLoginAndAddress: { failures: 5, minutes: 15 },
  perLogin: { failures: 30, minutes: 24 * 60 },
  perAddress: { failures: 20, minutes: 15 },
  /** A successful sign-in this recent makes an address one of the login's usual places. */
  knownAddressDays: 30,
} as const;

/** The longest wait a refused user is told about: the per-login-and-address window. */
export const LOGIN_WINDOW_MINUTES = SIGN_IN_LIMITS.perLoginAndAddress.minutes;

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** True when this login may not try a password from this address now. */
export async function signInLocked(db: Db, login: string, ip: string): Promise<boolean> {
  const { perLoginAndAddress, perLogin, perAddress, knownAddressDays } = SIGN_IN_LIMITS;
  const failed = (where: { login?: string; ip?: string }, minutes: number) =>
    db.loginAttempt.count({ where: { ...where, succeeded: false, at: { gte: ago(minutes) } } });
  const [pair, byLogin, byAddress] = await Promise.all([
    failed({ login, ip }, perLoginAndAddress.minutes),
    failed({ login }, perLogin.minutes),
    failed({ ip }, perAddress.minutes),
  ]);
  if (pair >= perLoginAndAddress.failures) return true;
  if (byLogin < perLogin.failures && byAddress < perAddress.failures) return false;
  const known = await db.loginAttempt.findFirst({
    where: { login, ip, succeeded: true, at: { gte: ago(knownAddressDays * 24 * 60) } },
    select: { id: true },
  });
  return known === null;
}
