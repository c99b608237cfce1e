// Prisma CLI configuration. The CLI is used here only for `prisma generate`: migrations
// are applied by our own runner (packages/db/src/migrate) through Prisma's WebAssembly
// schema engine, because the native engine cannot be downloaded offline.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
