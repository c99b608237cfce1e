// Vitest global setup for integration tests: one throwaway PostgreSQL for the whole run,
// with a migrated template database that each test file clones (CREATE DATABASE … TEMPLATE),
// so files run in parallel without seeing each other's rows.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../postgres/embedded.js";
import { prepareDatabase } from "../prepare.js";

import "./index.js"; // declares the provided pgTemplateUrl

export default async function setup(project: TestProject) {
  const server = await startEmbeddedPostgres({
    dataDir: await mkdtemp(path.join(os.tmpdir(), "danso-test-pg-")),
    database: "danso_template",
    persistent: false,
    // A throwaway cluster: durability is not needed, speed is.
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", shared_buffers: "256MB" },
  });
  await prepareDatabase(server.url);
  project.provide("pgTemplateUrl", server.url);
  return async () => {
    await server.stop();
  };
}
