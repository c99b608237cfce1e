// The GraphQL context of an HTTP request: the viewer from the session cookie (if that
// session is still current), the caller's address and browser for the audit trail.
import { getDb, requireSigningSecret, type Db } from "@danso/db";
import { requestIp, type HeaderSource } from "./auth/client-address.js";
import { readSession, sessionViewer } from "./auth/session.js";
import { createContext, type GraphQLContext } from "./context.js";

export { requestIp, type HeaderSource };

/** `remoteAddress` is the connection's peer (the socket's address), never a header. */
export async function contextFromHeaders(
  headers: HeaderSource,
  secret: string,
  remoteAddress: string | null = null,
  db: Db = getDb(),
  signingSecret: () => string = () => requireSigningSecret(),
): Promise<GraphQLContext> {
  const viewer = await sessionViewer(db, await readSession(headers.get("cookie"), secret));
  return createContext(db, viewer, { ip: requestIp(headers, remoteAddress), userAgent: headers.get("user-agent") }, signingSecret);
}
