// Integration-test helpers: the real Apollo server over real HTTP (the same server and
// context code as /api/graphql in the web app) against a test database, and clients that
// are signed in exactly as next-auth signs them in (the same encrypted session cookie).
import { randomBytes } from "node:crypto";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { Db } from "@danso/db";
import { sessionToken } from "../auth/session.js";
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

export async function startTestApi(db: Db): Promise<TestApi> {
  const secret = randomBytes(32).toString("hex");
  const signingSecret = randomBytes(32).toString("hex");
  const server = createApolloServer();
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: async ({ req }) =>
      contextFromHeaders({ get: (n) => (req.headers[n.toLowerCase()] as string | undefined) ?? null }, secret, req.socket.remoteAddress ?? null, db, () => signingSecret),
  });

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
    close: () => server.stop(),
  };
}
