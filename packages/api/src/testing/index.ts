// Integration-test helpers: the real Apollo server over real HTTP (the same handler, server
// and context code as /api/graphql in the web app) against a test database, and clients
// that are signed in exactly as next-auth signs them in (the same encrypted session cookie).
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@danso/db";
import { sessionToken } from "../auth/session.js";
import { createGraphQLHandler } from "../http/graphql-handler.js";
import type { RateLimit } from "../http/rate-limit.js";
import { contextFromHeaders } from "../http-context.js";
import { createApolloServer } from "../server.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestClient {
  /** POSTs a query (or mutation) as JSON. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Sends a raw request, for HTTP-level tests. */
  fetch(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Response>;
}

export interface TestApi {
  url: string;
  secret: string;
  anonymous: TestClient;
  as(login: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** The handler's rate limits (none by default) and their clock, for the rate-limit tests. */
  rateLimits?: { user: RateLimit; anonymous: RateLimit };
  now?: () => number;
}

/** A request as the handler sees it, with the connection's address beside it (the web app
 * stamps it in a header instead: apps/web/src/auth/peer-stamp.ts). */
type PeerRequest = Request & { peer: string | null };

// Hop-by-hop headers describe the connection, not the request: fetch's Request refuses some.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "expect"]);

/** The handler of /api/graphql (http/graphql-handler.ts) served by node:http. */
export async function startTestApi(db: Db, options: TestApiOptions = {}): Promise<TestApi> {
  const secret = randomBytes(32).toString("hex");
  const signingSecret = randomBytes(32).toString("hex");
  const server = createApolloServer();
  const handle = createGraphQLHandler<PeerRequest>({
    server,
    context: (request) => contextFromHeaders(request.headers, secret, request.peer, db, () => signingSecret),
    rateLimits: options.rateLimits ?? null,
    now: options.now,
  });
  const httpServer = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const method = req.method ?? "GET";
      const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
      const request = Object.assign(new Request(new URL(req.url ?? "/", "http://127.0.0.1"), { method, headers, body }), {
        peer: req.socket.remoteAddress ?? null,
      });
      const response = await handle(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/`;

  const client = (cookie?: string): TestClient => ({
    async fetch({ method = "POST", path = "", headers = {}, body }) {
      return fetch(new URL(path, url), { method, headers: { ...(cookie ? { cookie } : {}), "user-agent": "danso-tests", ...headers }, body });
    },
    async query(query, variables) {
      const res = await this.fetch({
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as GraphQLResponse<never>;
      return { status: res.status, contentType: res.headers.get("content-type"), data: json.data, errors: json.errors };
    },
  });

  return {
    url,
    secret,
    anonymous: client(),
    async as(login) {
      const user = await db.user.findUniqueOrThrow({ where: { login } });
      return client(`next-auth.session-token=${await sessionToken(user.id, secret, undefined, user.sessionVersion)}`);
    },
    async close() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await server.stop();
    },
  };
}
