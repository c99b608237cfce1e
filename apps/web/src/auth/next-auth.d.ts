// What our sessions carry beyond next-auth's defaults: the user's session version
// (packages/api/src/auth/session.ts), so that ended sessions are refused.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}
