// Setting a database up: the embedded PostgreSQL, migrations, reference units, the
// synthetic population and the demo accounts. Used by scripts and tests, never bundled
// into the web app.
export { resolveDatabase, DEFAULT_EMBEDDED_PORT, type ResolvedDatabase } from "./postgres/resolve.js";
export { startEmbeddedPostgres, freePort, type RunningPostgres } from "./postgres/embedded.js";
export { prepareDatabase } from "./prepare.js";
export { migrateDatabase } from "./migrate/migrations.js";
export { seedPopulation, countPersons, DEMO_SCALE, type SeedOptions, type SeedResult } from "./seed/seed.js";
export { countSeedTables, dataWorthKeeping, describeRows, SeedRefusedError, type TableCounts } from "./seed/guard.js";
export { DEMO_USERS, DEMO_PASSWORD } from "./users/demo-users.js";
export { repoRoot, repoPath } from "./paths.js";
export { databaseSize, type DatabaseSize } from "./sql/sizes.js";
export { generateSigningKeyPair, decryptPrivateKey } from "./signing/keys.js";
export { ensureSigningSecret, signingSecretFile } from "./signing/secret.js";
export { rotateSigningSecret } from "./signing/rotate-secret.js";
export { signSnapshot } from "./signing/sign.js";
