// `pnpm bench map`: the district layer of the whole country (696 districts of the 2025-03
// tree, the city's 27 with a register) — the server's time for the layer through GraphQL,
// cold and with the minute's cache, its bytes and the boundaries' bytes gzip-compressed; then
// in Chromium against `next start` on the benchmark cluster, the time from navigation to the
// drawn layer and the bytes the browser received for it (Next compresses with gzip).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { createApolloServer, createContext, loadViewer } from "@danso/api";
import { getDb, servedBoundaries, treeById } from "@danso/db";
import { DEMO_PASSWORD, repoRoot } from "@danso/db/admin";
import { needsBuild, webBuildSources } from "./web-build.js";

const LAYER = `query { mapLayer(indicator: "TFR", period: "2024", within: "VN", level: 2, bubble: "POP_END") {
  period tree { id } within { code name level ancestors { code name level } } level levelsBelow boundaries outline
  units { code name value numerator denominator bubble estimated inScope } } }`;
const PORT = 3300;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function benchMap(url: string, log: (line: string) => void = console.log): Promise<void> {
  log("\n== map: the districts of the whole country (TFR 2024, population bubbles) ==");
  const db = getDb(url);
  const server = createApolloServer();
  await server.start();
  const user = await db.user.findUniqueOrThrow({ where: { login: "trunguong" } });
  const viewer = (await loadViewer(db, user.id))!;
  let t = performance.now();
  const shapes = (await servedBoundaries(db, treeById("2025-03")!, 2))!;
  log(`  boundaries: simplified in ${Math.round(performance.now() - t)} ms (once per process); ${kb(shapes.body.length)}, gzip ${kb(gzipSync(shapes.body).length)}`);
  let body = "";
  for (const run of ["cold", "cached"]) {
    t = performance.now();
    const r = await server.executeOperation({ query: LAYER }, { contextValue: createContext(db, viewer, { ip: "bench", userAgent: "bench" }, () => "bench") });
    if (r.body.kind !== "single" || r.body.singleResult.errors) throw new Error(JSON.stringify(r.body));
    body = JSON.stringify(r.body.singleResult);
    log(`  layer through GraphQL (${run}): ${Math.round(performance.now() - t)} ms`);
  }
  const units = (JSON.parse(body) as { data: { mapLayer: { units: { value: number | null }[] } } }).data.mapLayer.units;
  log(`  ${units.length} districts, ${units.filter((u) => u.value !== null).length} with a value; layer ${kb(body.length)}, gzip ${kb(gzipSync(body).length)}`);
  await server.stop();

  const root = repoRoot();
  const web = path.join(root, "apps/web");
  const next = path.join(web, "node_modules/.bin/next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, DANSO_SIGNING_SECRET: "bench" };
  const run = (args: string[]): ChildProcess => spawn(next, args, { cwd: web, env, stdio: "ignore" });
  if (needsBuild(path.join(web, ".next", "BUILD_ID"), webBuildSources(root))) {
    log("  building the web app (next build)…");
    await new Promise((resolve) => run(["build", "--webpack"]).once("exit", resolve));
  }
  const app = run(["start", "-H", "127.0.0.1", "-p", String(PORT)]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; ; i++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      if (i > 120) throw new Error("next start did not answer");
      await new Promise((r) => setTimeout(r, 500));
    }
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel("Tên đăng nhập").fill("trunguong");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/\/tai-khoan$/);
    for (const run of ["cold server and browser cache", "warm"]) {
      const received = new Map<string, number>();
      page.on("requestfinished", async (request) => {
        const u = request.url();
        if (u.includes("/api/graphql") || u.includes("/api/map/boundaries/")) received.set(u + (received.size), (await request.sizes()).responseBodySize);
      });
      t = performance.now();
      await page.goto(`${base}/ban-do?indicator=TFR&period=2024&within=VN&level=2&bubble=POP_END`);
      await page.locator('.leaflet-overlay-pane path[class*="unit-"]').nth(600).waitFor({ timeout: 600_000 });
      const ms = performance.now() - t;
      await page.waitForTimeout(500);
      page.removeAllListeners("requestfinished");
      const bytes = [...received.values()].reduce((s, b) => s + b, 0);
      log(`  Chromium, navigation to the drawn layer (${run}): ${Math.round(ms)} ms; API and boundaries received ${kb(bytes)} (compressed, ${received.size} responses)`);
    }
  } finally {
    await browser.close();
    app.kill("SIGTERM");
  }
}
