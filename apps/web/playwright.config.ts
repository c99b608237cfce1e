// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here)
// against a production build served by e2e/server.ts with a throwaway database.
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./e2e/port";

const baseURL = `http://127.0.0.1:${E2E_PORT}`;

// Timeouts sized for a two-core machine three times slower than a developer's, with Next,
// PostgreSQL and two Chromiums sharing it. The report journey (two sign-ins, a report
// computed, stored, approved, signed and verified) takes 17-20 s on a fresh server here and
// 38 s with everything pinned to one busy core, past Playwright's default of 30 s. The tests
// wait on what the user sees (web-first assertions), never on a fixed time, so generous
// limits cost nothing when all is well; they only bound how long a real failure hangs.
const JOURNEY_TIMEOUT = 180_000;
const EXPECT_TIMEOUT = 20_000;
const ACTION_TIMEOUT = 30_000;
const NAVIGATION_TIMEOUT = 60_000;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "*.spec.ts",
  outputDir: "./test-results",
  forbidOnly: !!process.env.CI,
  workers: 2,
  timeout: JOURNEY_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "./playwright-report" }]] : "list",
  use: {
    baseURL,
    actionTimeout: ACTION_TIMEOUT,
    navigationTimeout: NAVIGATION_TIMEOUT,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      // Without the networking flags Chromium keeps calling home on a closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "../../node_modules/.bin/tsx e2e/server.ts",
    url: `${baseURL}/api/health`,
    // Starting PostgreSQL, migrating, seeding and building take about a minute on two
    // cores, so three or more on a machine three times slower: allow ten.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    // SIGTERM lets server.ts stop Next and PostgreSQL and delete the data folder; without
    // it Playwright SIGKILLs the process group and leaves the folder behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
  },
});
