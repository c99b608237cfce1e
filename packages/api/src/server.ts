// The Apollo Server: the schema, limits against abusive queries (depth, cost, aliases),
// and the one place where errors become GraphQL errors. Served over HTTP by
// http/graphql-handler.ts (body parsing, rate limit).
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type ValidationContext } from "graphql";
import pino from "pino";
import type { GraphQLContext } from "./context.js";
import { toGraphQLError } from "./errors.js";
import { requestChecksPlugin } from "./http/request-checks.js";
import { readAuditPlugin } from "./policy/read-audit.js";
import { schema } from "./schema.js";

const log = pino({ name: "graphql", level: process.env.LOG_LEVEL ?? "info" });

export const LIMITS = { depth: 10, cost: 20_000, aliases: 20 };

/** GraphQL Armor throws by default (HTTP 500); report a validation error instead. */
function refuse(message: string) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(message))],
  };
}

export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    // The limits answer like any validation error (HTTP 400) with a Vietnamese message,
    // before anything runs.
    validationRules: [
      maxDepthRule({ n: LIMITS.depth, ...refuse(`Truy vấn lồng quá sâu (tối đa ${LIMITS.depth} cấp).`) }),
      costLimitRule({ maxCost: LIMITS.cost, ...refuse("Truy vấn quá nặng: hãy yêu cầu ít trường hoặc ít dòng hơn.") }),
      maxAliasesRule({ n: LIMITS.aliases, ...refuse(`Quá nhiều bí danh trong truy vấn (tối đa ${LIMITS.aliases}).`) }),
    ],
    formatError: (formatted, error) => {
      // Errors raised by graphql or Apollo themselves (syntax, validation, limits, variables
      // of the wrong type) are already safe and precise; only resolvers' errors are mapped.
      if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
      const mapped = toGraphQLError(error, (e) => log.error({ err: e }, "resolver error"));
      return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: mapped.extensions };
    },
    // The default landing page loads Apollo Sandbox from the internet: not on an intranet.
    // The request checks (NUL characters, page sizes and cursors) answer 400 before anything runs.
    plugins: [ApolloServerPluginLandingPageDisabled(), requestChecksPlugin, readAuditPlugin],
    introspection: true,
  });
}
