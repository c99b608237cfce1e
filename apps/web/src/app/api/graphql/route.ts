// The GraphQL endpoint (GraphQL over HTTP: GET for queries, POST with JSON). The viewer
// comes from next-auth's session cookie, decoded by the API package; the API's own handler
// reads the body, refuses what is malformed with 4xx and applies the per-user rate limit
// (packages/api/src/http).
import type { NextRequest } from "next/server";
import { createApolloServer, createGraphQLHandler, RATE_LIMITS } from "@danso/api";
import { requestContext } from "../../../auth/request-context";

export const dynamic = "force-dynamic";

const handle = createGraphQLHandler<NextRequest>({ server: createApolloServer(), context: requestContext, rateLimits: RATE_LIMITS });

export async function GET(request: NextRequest) {
  return handle(request);
}

export async function POST(request: NextRequest) {
  return handle(request);
}
