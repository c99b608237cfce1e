#!/usr/bin/env node
// Runs the Prisma CLI. The CLI downloads its native schema engine at start, which fails
// offline; `generate` and `validate` never run that engine, so when no engine is configured
// we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file. Machines with internet access
// and an explicit setting behave as usual.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
