// One rule for which PostgreSQL the app uses: DATABASE_URL when it is set, otherwise the
// embedded server with its data in the repository's git-ignored .data/postgres folder.
import { repoPath } from "../paths.js";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded.js";

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface ResolvedDatabase extends RunningPostgres {
  embedded: boolean;
}

export async function resolveDatabase(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => {},
): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = env.DANSO_DATA_DIR ?? repoPath(".data", "postgres");
  const port = env.DANSO_PG_PORT ? Number(env.DANSO_PG_PORT) : DEFAULT_EMBEDDED_PORT;
  const running = await startEmbeddedPostgres({ dataDir, port, log });
  return { ...running, embedded: true };
}
