// Route handlers in Next.js see headers only, never the connection: NextRequest has no
// address, and `next start` copies the socket's address into X-Forwarded-For only when the
// caller sent none, so a caller's own header would pass for the connection. This stamps
// each request, before Next reads it, with the socket's address in a header of our own,
// replacing any value the caller sent. instrumentation.ts installs it once per server;
// requests that reached the server while it was still starting are not stamped
// (peer-address.ts then counts them as from an unknown address).
import http from "node:http";
import https from "node:https";

export const PEER_HEADER = "x-danso-peer";

export function stampPeer(req: http.IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
}

const installed = Symbol.for("danso.peerStamp");

/** Stamps every request of every HTTP(S) server of this process from now on. */
export function installPeerStamp(): void {
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as http.Server & { [installed]?: boolean };
    if (proto[installed]) continue;
    const emit = proto.emit as (this: http.Server, ...args: unknown[]) => boolean;
    proto.emit = function (this: http.Server, ...args: unknown[]) {
      if (args[0] === "request") stampPeer(args[1] as http.IncomingMessage);
      return emit.apply(this, args);
    } as typeof proto.emit;
    proto[installed] = true;
  }
}
