// `pnpm bench [section…]`: benchmarks on today's full-size city (Thành phố Hải Phòng since
// 1 July 2025: old Hải Dương and Hải Phòng at their real size, about 4.7 million persons),
// in a PostgreSQL cluster of its own under .bench/ that is kept between runs. Prints
// figures; asserts nothing.
//   seed      generate and load the province, report persons per second and disk use
//   reports   the city's annual and an old district's monthly report: the engine against one
//             query per column and base count (scripts/bench-reports.ts); reports:city or
//             reports:district for one of them
//   search    a national name search through the GraphQL API (scripts/bench-search.ts)
//   lists     the military call-up list exported as a file (scripts/bench-lists.ts)
//   projection the city's projection inputs, the engine for each scenario, the projections
//             page's GraphQL request, a ward's and an old district's inputs
//             (scripts/bench-projection.ts)
//   workspace the province officer's workspace home, first opening and cached
//             (scripts/bench-workspace.ts)
//   map       the district layer of the whole country: server time and bytes, and in
//             Chromium the time from navigation to the drawn layer (scripts/bench-map.ts)
// Without a section: every section, generating the province first only when it is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { closeDb } from "@danso/db";
import { countPersons, databaseSize, prepareDatabase, repoPath, seedPopulation, startEmbeddedPostgres } from "@danso/db/admin";
import { benchReports } from "./bench-reports.js";
import { benchLists } from "./bench-lists.js";
import { benchMap } from "./bench-map.js";
import { benchProjection } from "./bench-projection.js";
import { benchSearch } from "./bench-search.js";
import { benchWorkspace } from "./bench-workspace.js";

const FULL_SIZE = { provinces: ["30", "31"], scale: 1, seed: 1 };
const sections = process.argv.slice(2);
const dataDir = repoPath(".bench", "postgres");
const fmt = (n: number) => n.toLocaleString("vi-VN");

console.log(`Benchmark cluster: ${path.relative(process.cwd(), dataDir)}`);
const server = await startEmbeddedPostgres({ dataDir, port: 54339 });
try {
  await prepareDatabase(server.url);
  const wantSeed = sections.includes("seed") || (sections.length === 0 && (await countPersons(server.url)) < 4_000_000);
  if (wantSeed) await benchSeed(server.url);
  const reports = sections.find((s) => s.startsWith("reports"));
  if (sections.length === 0 || reports) await benchReports(server.url, console.log, reports?.split(":")[1] as "city" | "district" | undefined);
  if (sections.length === 0 || sections.includes("search")) await benchSearch(server.url);
  if (sections.length === 0 || sections.includes("lists")) await benchLists(server.url);
  if (sections.length === 0 || sections.includes("projection")) await benchProjection(server.url);
  if (sections.length === 0 || sections.includes("workspace")) await benchWorkspace(server.url);
  if (sections.length === 0 || sections.includes("map")) await benchMap(server.url);
} finally {
  await closeDb();
  await server.stop();
}

async function benchSeed(url: string) {
  console.log("\n== seed: old Hải Dương (30) and Hải Phòng (31) at scale 1, re-addressed to today's Thành phố Hải Phòng ==");
  const r = await seedPopulation(url, FULL_SIZE, (m) => console.log(`  ${m}`));
  const size = await databaseSize(url);
  const mb = (b: number) => `${fmt(Math.round(b / 1048576))} MB`;
  console.log(`\nPersons generated: ${fmt(r.persons)} (${fmt(r.summary.personsToday)} living in the province today, ${fmt(r.summary.householdsToday)} households)`);
  console.log(`Events: ${fmt(r.events)}; generate ${r.seconds.generate.toFixed(1)} s, write ${r.seconds.write.toFixed(1)} s, total ${r.seconds.total.toFixed(1)} s`);
  console.log(`Throughput: ${fmt(Math.round(r.persons / r.seconds.total))} persons/second (generation and loading together)`);
  console.log(`Database size: ${mb(size.totalBytes)}; largest tables: ${size.tables.map((t) => `${t.name} ${mb(t.bytes)}`).join(", ")}`);
  if (existsSync(dataDir)) console.log(`Data folder on disk (with write-ahead log): ${execFileSync("du", ["-sh", dataDir], { encoding: "utf8" }).split("\t")[0]}`);
}
