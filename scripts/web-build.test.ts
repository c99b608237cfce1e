// `pnpm start` rebuilds the web app only when a file its build depends on changed.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { needsBuild, newestSource, webBuildSources } from "./web-build.js";

let root: string;
const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
const write = (rel: string, seconds = 1_000) => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, rel);
  at(file, seconds);
  return file;
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "danso-web-build-"));
  write("apps/web/src/app/page.tsx");
  write("apps/web/messages/vi.json");
  write("apps/web/next.config.ts");
  write("packages/db/src/generated/prisma/client.ts");
  write("packages/api/src/generated/type-defs.ts");
  write("packages/documents/src/pdf/report.ts");
  write("packages/domain/src/index.ts");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const buildId = () => path.join(root, "apps/web/.next/BUILD_ID");

describe("needsBuild", () => {
  it("builds when there is no build yet", () => {
    expect(needsBuild(buildId(), webBuildSources(root))).toBe(true);
  });

  it("does not rebuild when no source is newer than the build", () => {
    write("apps/web/.next/BUILD_ID", 2_000);
    expect(newestSource(webBuildSources(root))).toBe(1_000_000);
    expect(needsBuild(buildId(), webBuildSources(root))).toBe(false);
  });

  it("rebuilds when a source of the app or of any package was touched", () => {
    for (const rel of ["apps/web/src/app/page.tsx", "apps/web/messages/vi.json", "apps/web/next.config.ts",
      "packages/documents/src/pdf/report.ts", "packages/db/src/generated/prisma/client.ts"]) {
      write("apps/web/.next/BUILD_ID", 2_000);
      at(path.join(root, rel), 3_000);
      expect(needsBuild(buildId(), webBuildSources(root)), rel).toBe(true);
      at(path.join(root, rel), 1_000);
    }
  });

  it("ignores the build's own output, node_modules and dot-folders", () => {
    write("apps/web/.next/BUILD_ID", 2_000);
    write("apps/web/.next/cache/x.json", 3_000);
    write("apps/web/node_modules/next/index.js", 3_000);
    write("packages/db/node_modules/pg/index.js", 3_000);
    write("packages/db/src/.cache/x", 3_000);
    write("apps/web/e2e/portal.spec.ts", 3_000);
    write("apps/web/next-env.d.ts", 3_000);
    expect(needsBuild(buildId(), webBuildSources(root))).toBe(false);
  });
});
