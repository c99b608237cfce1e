import type { Resolvers } from "../generated/resolvers-types.js";
import { workspace } from "./workspace.js";

export const workspaceResolvers: Resolvers = {
  Query: {
    workspace: (_, { unitCode }, ctx) => workspace(ctx, unitCode),
  },
};
