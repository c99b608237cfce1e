import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: the nearest folder up from here (or from the working directory)
 * that holds pnpm-workspace.yaml. */
export function repoRoot(): string {
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let dir = start;
    for (;;) {
      if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error("Cannot find the repository root (pnpm-workspace.yaml)");
}

export const repoPath = (...parts: string[]) => path.join(repoRoot(), ...parts);
