// The executable schema: the SDL of every feature folder (concatenated at generate time)
// with the resolvers of every feature.
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { Resolvers } from "./generated/resolvers-types.js";
import { typeDefs } from "./generated/type-defs.js";
import { auditResolvers } from "./audit/resolvers.js";
import { eventResolvers } from "./events/queries.js";
import { eventMutations } from "./events/mutations.js";
import { guardSchema } from "./policy/guard.js";
import { listResolvers } from "./lists/resolvers.js";
import { mapResolvers } from "./map/resolvers.js";
import { meResolvers } from "./me/resolvers.js";
import { projectionResolvers } from "./projections/resolvers.js";
import { registerFields } from "./register/fields.js";
import { registerMutations } from "./register/mutations.js";
import { registerQueries } from "./register/queries.js";
import { reportResolvers } from "./reports/resolvers.js";
import { scalarResolvers } from "./scalars.js";
import { unitResolvers } from "./units/resolvers.js";
import { userResolvers } from "./users/resolvers.js";
import { workspaceResolvers } from "./workspace/resolvers.js";

function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) out[type] = { ...out[type], ...(fields as Record<string, unknown>) };
  }
  return out as Resolvers;
}

export const resolvers = merge(
  meResolvers,
  unitResolvers,
  { Query: registerQueries },
  registerFields,
  registerMutations,
  eventResolvers,
  eventMutations,
  auditResolvers,
  reportResolvers,
  userResolvers,
  listResolvers,
  projectionResolvers,
  mapResolvers,
  workspaceResolvers,
);

// Every field returning personal data goes through the scope guard (policy/guard.ts).
export const schema = guardSchema(makeExecutableSchema({ typeDefs, resolvers: { ...resolvers, ...scalarResolvers } as never }));
