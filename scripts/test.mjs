#!/usr/bin/env node
// The whole test suite, in the order that fails fastest: types, lint, unit, integration
// (embedded PostgreSQL), then end-to-end in Chromium (Playwright).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const steps = [
  ["Kiểm tra kiểu (tsc)", bin("tsc"), ["-b", "tsconfig.json"]],
  ["Lint (eslint)", bin("eslint"), [".", "--max-warnings", "0"]],
  ["Kiểm thử đơn vị (vitest unit)", bin("vitest"), ["run", "--project", "unit"]],
  ["Kiểm thử tích hợp với PostgreSQL (vitest integration)", bin("vitest"), ["run", "--project", "integration"]],
];
if (existsSync(path.join(root, "apps/web/playwright.config.ts"))) {
  const playwright = path.join(root, "apps/web/node_modules/.bin/playwright");
  steps.push(["Kiểm thử đầu-cuối trong Chromium (playwright)", playwright, ["test", "--config", "apps/web/playwright.config.ts"]]);
}

const started = Date.now();
for (const [label, cmd, args] of steps) {
  console.log(`\n▶ ${label}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`\n✗ ${label}: thất bại (mã ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nTất cả kiểm thử đều đạt (${((Date.now() - started) / 1000).toFixed(0)} s).`);
