// Playwright's web server for the end-to-end tests: a throwaway embedded PostgreSQL
// (migrated, units loaded, seeded), a fresh production build, then `next start` on port
// 3100 so it never clashes with a dev server on 3000. Stops everything on SIGTERM/SIGINT.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase, startEmbeddedPostgres, type RunningPostgres } from "@danso/db/admin";
import { E2E_PORT } from "./port.js";
import { seedForE2E } from "./seed-data.js";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(appDir, "node_modules/.bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const log = (line: string) => console.log(`[e2e-server] ${line}`);

const dataDir = await mkdtemp(path.join(os.tmpdir(), "danso-e2e-pg-"));
let pg: RunningPostgres | undefined;
let server: ChildProcess | undefined;
let stopping = false;

// Playwright signals the whole process group, so PostgreSQL and Next receive the signal
// too; this only makes sure both are gone and the data folder is deleted before we exit.
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const serverGone = new Promise<void>((resolve) => {
    if (!server || server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 8_000).unref());
  await Promise.race([Promise.all([serverGone, pg?.stop()]), timeout]);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

function run(args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(nextBin, args, { cwd: appDir, env: { ...env, ...extraEnv }, stdio: "inherit" });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<void> {
  pg = await startEmbeddedPostgres({
    dataDir,
    persistent: false,
    // A throwaway cluster: durability is not needed, speed is.
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", shared_buffers: "256MB" },
  });
  await prepareDatabase(pg.url, log);
  await seedForE2E(pg.url);
  // Always build: a stale .next would test old code, and the build takes well under a minute.
  log("next build --webpack");
  const built = await exited(run(["build", "--webpack"]));
  if (stopping) return;
  if (built !== 0) throw new Error(`next build failed (exit ${built})`);
  log(`next start on http://127.0.0.1:${E2E_PORT}`);
  server = run(["start", "-H", "127.0.0.1", "-p", String(E2E_PORT)], {
    DATABASE_URL: pg.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    DANSO_SIGNING_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`,
  });
  const code = await exited(server);
  if (!stopping) throw new Error(`next start exited unexpectedly (exit ${code})`);
}

main().catch(async (error: unknown) => {
  console.error("[e2e-server]", error);
  await shutdown(1);
});
