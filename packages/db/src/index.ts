export { getDb, closeDb, databaseUrl, type Db } from "./client.js";
export * from "./generated/prisma/enums.js";
export { Prisma } from "./generated/prisma/client.js";
export { resolveDatabase, DEFAULT_EMBEDDED_PORT, type ResolvedDatabase } from "./postgres/resolve.js";
export { startEmbeddedPostgres, freePort, type RunningPostgres } from "./postgres/embedded.js";
export { prepareDatabase } from "./prepare.js";
export { migrateDatabase } from "./migrate/migrations.js";
export { getNationalSummary, type NationalSummary } from "./stats/national-summary.js";
export { repoRoot, repoPath } from "./paths.js";
