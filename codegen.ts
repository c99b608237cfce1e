// graphql-codegen: typed resolvers for packages/api (from its .graphql files) and typed
// documents for the web app's Apollo Client. Run by `pnpm generate` (and after install).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "packages/api/src/**/*.graphql",
  ignoreNoDocuments: true,
  generates: {
    "packages/api/src/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context.js#GraphQLContext",
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: true },
        scalars: {
          Date: "string",
          DateTime: { input: "string", output: "Date | string" },
          JSON: "unknown",
          ID: { input: "string", output: "string | number | bigint" },
        },
        // Resolvers receive database rows; fields the rows lack are resolved per type.
        mappers: {
          AdminUnit: "../models.js#UnitModel",
          Area: "../models.js#AreaModel",
          Household: "../models.js#HouseholdModel",
          Person: "../models.js#PersonModel",
          ResidenceSpell: "../models.js#ResidenceModel",
          Marriage: "../models.js#MarriageModel",
          ContraceptiveSpell: "../models.js#ContraceptiveSpellModel",
          ChangeEvent: "../models.js#ChangeEventModel",
          AuditEntry: "../models.js#AuditModel",
          UserRef: "../models.js#UserModel",
          Viewer: "../models.js#ViewerModel",
          PendingArrival: "../models.js#PendingArrivalModel",
          ArrivalMatch: "../models.js#ArrivalMatchModel",
          Report: "../models.js#ReportModel",
          MapLayer: "../map/map-layer.js#MapLayerModel",
          PublishedMapLayer: "../map/published-layer.js#PublishedMapLayerModel",
          UserAccount: "../models.js#UserAccountModel",
          CommuneTimeliness: "../models.js#CommuneTimelinessModel",
          PersonListDefinition: "@danso/domain#ListDefinition",
          ListedPerson: "../lists/resolvers.js#ListedPersonModel",
          ListedPersonConnection: "../lists/resolvers.js#ListConnectionModel",
          SavedProjection: "../models.js#SavedProjectionModel",
        },
      },
    },
    "apps/web/src/generated/gql/": {
      preset: "client",
      documents: ["apps/web/src/**/*.{ts,tsx}", "!apps/web/src/generated/**"],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string", DateTime: "string", JSON: "unknown" } },
    },
  },
};

export default config;
