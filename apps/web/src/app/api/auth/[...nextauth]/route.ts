// next-auth's endpoints: /api/auth/csrf, /api/auth/callback/credentials, /api/auth/signout…
import NextAuth from "next-auth";
import { authOptions } from "../../../../auth/options";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
