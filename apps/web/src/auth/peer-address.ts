// The caller's address in a route handler: the connection's peer, as stamped by
// peer-stamp.ts, read through the API's one rule for forwarded headers (DANSO_TRUSTED_PROXIES).
import { requestIp, type HeaderSource } from "@danso/api";
import { PEER_HEADER } from "./peer-stamp";

let warned = false;

/** The socket's address of a stamped request; null (and one warning) when not stamped. */
export function peerAddress(headers: HeaderSource): string | null {
  const peer = headers.get(PEER_HEADER);
  if (!peer && !warned) {
    warned = true;
    console.warn(`${PEER_HEADER} is missing: requests are not stamped with their address (see src/instrumentation.ts); callers' addresses are unknown.`);
  }
  return peer || null;
}

/** The one function for /api/graphql, the downloads and sign-in. */
export const callerAddress = (headers: HeaderSource): string | null => requestIp(headers, peerAddress(headers));
