// The session is next-auth's encrypted JWT cookie. Decoding it here keeps the API
// independent of Next: the same function serves the web app and the tests' plain HTTP
// server, and a script signed in through /api/auth sends the same cookie.
//
// A JWT cannot be recalled, so each one carries the user's session version (`sv`) at
// issue; sign-out, a password change or reset and deactivation raise the version in the
// database, and every session issued before is refused from then on, on every device.
import { decode, encode, type JWT } from "next-auth/jwt";
import type { Db } from "@danso/db";
import { loadViewer, type Viewer } from "../viewer.js";

/** Sessions last 8 hours (a working day); next-auth renews the cookie while in use. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export interface SessionClaims {
  userId: number;
  version: number;
}

export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** The claims of a decoded token, or null. A token without a version (issued before
 * versions existed) counts as version 0, which the first ending of sessions outdates. */
export function claimsOf(jwt: JWT | null | undefined): SessionClaims | null {
  const userId = Number(jwt?.sub);
  const version = jwt?.sv === undefined ? 0 : Number(jwt.sv);
  return Number.isInteger(userId) && userId > 0 && Number.isInteger(version) ? { userId, version } : null;
}

/** The session's claims from the request's cookies, or null. */
export async function readSession(cookieHeader: string | null | undefined, secret: string): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIES) {
    const token = readCookie(cookieHeader, name);
    if (!token) continue;
    try {
      const claims = claimsOf(await decode({ token, secret }));
      if (claims) return claims;
    } catch {
      return null; // tampered or signed with another secret
    }
  }
  return null;
}

/** The viewer of a session that is still current, or null. */
export async function sessionViewer(db: Db, claims: SessionClaims | null): Promise<Viewer | null> {
  if (!claims) return null;
  const viewer = await loadViewer(db, claims.userId);
  return viewer && viewer.sessionVersion === claims.version ? viewer : null;
}

/** Ends every session of the user (sign-out). Only a current session can do it, so an old
 * stolen cookie cannot be replayed to sign the user out again and again. */
export async function endSessions(db: Db, claims: SessionClaims): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: claims.userId, sessionVersion: claims.version }, data: { sessionVersion: { increment: 1 } } });
  return count === 1;
}

/** A session cookie value for a user, exactly as next-auth issues it (for tests and tools). */
export function sessionToken(userId: number, secret: string, maxAge = SESSION_MAX_AGE_SECONDS, version = 0): Promise<string> {
  return encode({ token: { sub: String(userId), sv: version }, secret, maxAge });
}
