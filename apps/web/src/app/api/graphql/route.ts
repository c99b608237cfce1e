// The GraphQL endpoint (GraphQL over HTTP: GET for queries, POST with JSON). The viewer
// comes from next-auth's session cookie, decoded by the API package.
import type { NextRequest } from "next/server";
import { startServerAndCreateNextHandler } from "@as-integrations/next";
import { createApolloServer, type GraphQLContext } from "@danso/api";
import { requestContext } from "../../../auth/request-context";

export const dynamic = "force-dynamic";

const handler = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
  context: requestContext,
});

export async function GET(request: NextRequest) {
  return handler(request);
}

export async function POST(request: NextRequest) {
  return handler(request);
}
