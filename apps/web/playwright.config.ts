// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here)
// against a production build served by e2e/server.ts with a throwaway database.
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./e2e/port";

const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "*.spec.ts",
  outputDir: "./test-results",
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "./playwright-report" }]] : "list",
  use: {
    baseURL,
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
    // Starting PostgreSQL, migrating and building take about a minute on two cores.
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    // SIGTERM lets server.ts stop Next and PostgreSQL and delete the data folder; without
    // it Playwright SIGKILLs the process group and leaves the folder behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
  },
});
