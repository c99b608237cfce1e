// Sign-in for officials and collaborators: login and password checked by the API package
// (Argon2 hashes, attempts rate-limited), a JWT session in an encrypted cookie that lasts a
// working day and is renewed while in use.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, SESSION_MAX_AGE_SECONDS, SignInError, requestIp } from "@danso/api";
import { getDb } from "@danso/db";

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the portal with `pnpm start`, which sets it.");
  return secret;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Tài khoản Dân số",
      credentials: { login: { label: "Tên đăng nhập", type: "text" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        const headers = new Headers(req.headers as Record<string, string>);
        try {
          const viewer = await authenticate(getDb(), credentials?.login ?? "", credentials?.password ?? "", requestIp(headers) ?? "unknown");
          return { id: String(viewer.id), name: viewer.fullName };
        } catch (error) {
          // The message reaches the sign-in form as next-auth's `error`.
          if (error instanceof SignInError) throw new Error(error.message, { cause: error });
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => (user ? { ...token, sub: user.id } : token),
  },
};
