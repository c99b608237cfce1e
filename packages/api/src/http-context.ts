// The GraphQL context of an HTTP request: the viewer from the session cookie, the caller's
// address and browser for the audit trail.
import { getDb, type Db } from "@danso/db";
import { sessionUserId } from "./auth/session.js";
import { createContext, type GraphQLContext } from "./context.js";
import { loadViewer } from "./viewer.js";

export interface HeaderSource {
  get(name: string): string | null;
}

export function requestIp(headers: HeaderSource, fallback: string | null = null): string | null {
  // Behind the province's reverse proxy the first forwarded address is the caller's.
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || fallback;
}

export async function contextFromHeaders(
  headers: HeaderSource,
  secret: string,
  remoteAddress: string | null = null,
  db: Db = getDb(),
): Promise<GraphQLContext> {
  const userId = await sessionUserId(headers.get("cookie"), secret);
  const viewer = userId === null ? null : await loadViewer(db, userId);
  const signingSecret = process.env.DANSO_SIGNING_SECRET ?? secret;
  return createContext(db, viewer, { ip: requestIp(headers, remoteAddress), userAgent: headers.get("user-agent") }, signingSecret);
}
