#!/usr/bin/env node
// Generates code that is not committed: the Prisma client and the GraphQL types.
// Runs after `pnpm install` and offline.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
function run(label, cmd, args) {
  process.stdout.write(`• ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
run("Prisma client", process.execPath, [path.join(root, "scripts/prisma.mjs"), "generate"]);
if (existsSync(path.join(root, "codegen.ts"))) {
  const bin = path.join(root, "node_modules/.bin/graphql-codegen");
  run("GraphQL types", bin, ["--config", "codegen.ts"]);
}
