// GraphQL schema, resolvers, authorization policy and audit (see the API issue).
export {};
