// Sign-in for officials and collaborators: login and password checked by the API package
// (Argon2 hashes, attempts rate-limited), a JWT session in an encrypted cookie that lasts a
// working day and is renewed while in use. Each use of the session checks that it is still
// current (not ended by sign-out, a password change or reset, or deactivation), and signing
// out ends every session of the user.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { claimsOf, endSessions, SESSION_MAX_AGE_SECONDS, sessionViewer } from "@danso/api";
import { getDb } from "@danso/db";
import { secureCookies } from "./secure-cookies";
import { signInWithCredentials } from "./sign-in";

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the portal with `pnpm start`, which sets it.");
  return secret;
}

/** Thrown from the jwt callback: next-auth then clears the cookie and answers "no session". */
class SessionEnded extends Error {
  override readonly name = "SessionEnded";
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  // Secure cookies when served over HTTPS (next-auth's own default, stated here on purpose).
  useSecureCookies: secureCookies(),
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản Dân số",
      credentials: {
        login: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
        newPassword: { label: "Mật khẩu mới (khi mật khẩu là mã dùng một lần)", type: "password" },
      },
      authorize: (credentials, req) => signInWithCredentials(getDb(), credentials, new Headers(req.headers as Record<string, string>)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, sub: user.id, sv: user.sessionVersion ?? 0 };
      if (!(await sessionViewer(getDb(), claimsOf(token)))) throw new SessionEnded();
      return token;
    },
  },
  events: {
    async signOut({ token }) {
      const claims = claimsOf(token);
      if (claims) await endSessions(getDb(), claims);
    },
  },
  logger: {
    // An ended session is expected, not an error worth a stack trace in the log.
    error(code, metadata) {
      if (metadata instanceof Error && metadata.name === "SessionEnded") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
