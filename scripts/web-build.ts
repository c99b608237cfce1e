// When `pnpm start` rebuilds the web app: when there is no build yet, or when a file the
// build depends on is newer than the build's BUILD_ID. Generated code (Prisma client,
// GraphQL types) lives in those folders too; scripts/generate.mjs keeps the modification
// time of every file whose content it did not change, so `pnpm install` alone does not
// trigger a rebuild.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The folders and files the production build of apps/web depends on. */
export function webBuildSources(root: string): string[] {
  const web = path.join(root, "apps/web");
  const packages = path.join(root, "packages");
  const packageSources = existsSync(packages)
    ? readdirSync(packages, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(packages, e.name, "src"))
    : [];
  return [
    path.join(web, "src"),
    path.join(web, "messages"),
    path.join(web, "public"),
    ...["next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json"].map((f) => path.join(web, f)),
    ...packageSources,
  ];
}

/** The newest modification time (ms) of the files under `paths` (folders are walked,
 * skipping node_modules and dot-folders; missing paths are ignored). 0 when none. */
export function newestSource(paths: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) walk(p);
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether the build whose BUILD_ID file is `buildId` must be redone for `sources`. */
export function needsBuild(buildId: string, sources: string[]): boolean {
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSource(sources);
}
