// The session is next-auth's encrypted JWT cookie. Decoding it here keeps the API
// independent of Next: the same function serves the web app and the tests' plain HTTP
// server, and a script signed in through /api/auth sends the same cookie.
import { decode, encode } from "next-auth/jwt";

/** Sessions last 8 hours (a working day); next-auth renews the cookie while in use. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** The signed-in user's id from the request's cookies, or null. */
export async function sessionUserId(cookieHeader: string | null | undefined, secret: string): Promise<number | null> {
  for (const name of SESSION_COOKIES) {
    const token = readCookie(cookieHeader, name);
    if (!token) continue;
    try {
      const jwt = await decode({ token, secret });
      const id = Number(jwt?.sub);
      if (Number.isInteger(id) && id > 0) return id;
    } catch {
      return null; // tampered or signed with another secret
    }
  }
  return null;
}

/** A session cookie value for a user, exactly as next-auth issues it (for tests and tools). */
export function sessionToken(userId: number, secret: string, maxAge = SESSION_MAX_AGE_SECONDS): Promise<string> {
  return encode({ token: { sub: String(userId) }, secret, maxAge });
}
