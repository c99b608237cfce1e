// `pnpm bench search`: the register's name search.
//   1. The national name search an officer of the centre types in the register screen,
//      through the whole GraphQL path (scope narrowing, the scope guard, the read audit): the
//      first page of 50 and the total, for names common and rare, with and without
//      diacritics. Median of five runs after one warm-up.
//   2. Under load: a commune officer, then a province officer, searching names drawn from
//      their own residents (full names, family and middle names, given names, with and
//      without diacritics) through real HTTP: the handler of /api/graphql served by node:http
//      with a signed-in session cookie (the session is decoded and checked against the
//      database on every request, as in production; no rate limit, since one account stands
//      for many officers here). 50 concurrent clients (autocannon, in the same process, so
//      its own small cost is included) send a fixed number of requests after a warm-up.
import autocannon from "autocannon";
import { createApolloServer, createContext, loadViewer, sessionToken } from "@danso/api";
import { startTestApi } from "@danso/api/testing";
import { getDb, type Db } from "@danso/db";
import { foldVietnamese, todayInVietnam } from "@danso/domain";

const RUNS = 5;
const QUERY = `query ($u: String!, $s: String!) { persons(unitCode: $u, filter: { search: $s }, first: 50) { totalCount totalCountIsExact edges { node { id fullName birthDate cccd household { code } } } } }`;

const CONNECTIONS = 50;
/** Requests measured per officer (DANSO_BENCH_REQUESTS), after a warm-up of a fifth as many. */
const REQUESTS = Number(process.env.DANSO_BENCH_REQUESTS ?? 1000);
const NAMES = 60;

export async function benchSearch(url: string, log: (line: string) => void = console.log, logins = ["xa", "tinh"]): Promise<void> {
  const db = getDb(url);
  await benchNational(db, log);
  await benchConcurrent(db, log, logins);
}

async function benchNational(db: Db, log: (line: string) => void) {
  log("\n== search: a national name search by an officer of the centre ==");
  const server = createApolloServer();
  await server.start();
  const user = await db.user.findUniqueOrThrow({ where: { login: "trunguong" } });
  const viewer = (await loadViewer(db, user.id))!;
  const nation = await db.adminUnit.findFirstOrThrow({ where: { level: 0 }, orderBy: { validFrom: "desc" } });
  for (const search of ["Nguyễn Văn Hùng", "nguyen van hung", "Nguyễn", "Lã Thị Ánh"]) {
    const times: number[] = [];
    let total = "";
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now();
      const r = await server.executeOperation(
        { query: QUERY, variables: { u: nation.code, s: search } },
        { contextValue: createContext(db, viewer, { ip: "bench", userAgent: "bench" }, () => "bench") },
      );
      if (r.body.kind !== "single" || r.body.singleResult.errors) throw new Error(JSON.stringify(r.body));
      const { totalCount, totalCountIsExact } = (r.body.singleResult.data as { persons: { totalCount: number; totalCountIsExact: boolean } }).persons;
      total = `${totalCountIsExact ? "" : "more than "}${totalCount.toLocaleString("vi-VN")}`;
      if (i > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    log(`  "${search}": ${total} found; median ${Math.round(times[Math.floor(RUNS / 2)]!)} ms (runs ${times.map(Math.round).join(", ")} ms)`);
  }
  await server.stop();
}

/**
 * Search texts drawn from the names of persons living in the unit today, spread evenly over
 * its register: in turn a full name as typed with diacritics, the same without, family and
 * middle name ("Nguyễn Văn"), the same folded ("nguyen van"), middle and given name without
 * diacritics ("van hung"), and the given name alone.
 */
async function namesOf(db: Db, unitPath: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ full_name: string }[]>`
    WITH living AS (
      SELECT p.id, p.full_name FROM person p
      JOIN residence r ON r.person_id = p.id AND r.valid_from <= ${new Date(todayInVietnam())}::date AND r.valid_to IS NULL
      JOIN admin_unit u ON u.id = r.unit_id AND (u.path = ${unitPath} OR u.path LIKE ${unitPath + ".%"})
      WHERE p.death_date IS NULL),
    numbered AS (SELECT full_name, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM living)
    SELECT full_name FROM numbered WHERE n % GREATEST(total / ${NAMES}, 1) = 0 ORDER BY n LIMIT ${NAMES}`;
  return rows.map(({ full_name: name }, i) => {
    const words = name.split(" ");
    const folded = foldVietnamese(name).split(" ");
    switch (i % 6) {
      case 0: return name;
      case 1: return folded.join(" ");
      case 2: return words.slice(0, 2).join(" ");
      case 3: return folded.slice(0, 2).join(" ");
      case 4: return folded.slice(-2).join(" ");
      default: return words.at(-1)!;
    }
  });
}

async function benchConcurrent(db: Db, log: (line: string) => void, logins: string[]) {
  const api = await startTestApi(db);
  try {
    for (const login of logins) {
      const user = await db.user.findUniqueOrThrow({ where: { login }, include: { unit: true } });
      const names = await namesOf(db, user.unit.path);
      log(`\n== search under load: ${login} (${user.role}, ${user.unit.name}, ${user.unit.code}), ${CONNECTIONS} concurrent clients ==`);
      log(`  ${names.length} search texts from its residents, e.g. ${names.slice(0, 6).map((n) => `"${n}"`).join(", ")}`);
      const cookie = `next-auth.session-token=${await sessionToken(user.id, api.secret, undefined, user.sessionVersion)}`;
      const bodies = names.map((s) => JSON.stringify({ query: QUERY, variables: { u: user.unit.code, s } }));
      await load(api.url, cookie, bodies, Math.max(CONNECTIONS, Math.ceil(REQUESTS / 5)));
      const r = await load(api.url, cookie, bodies, REQUESTS);
      log(`  ${REQUESTS} requests in ${(r.seconds).toFixed(1)} s: ${r.perSecond.toFixed(1)} searches/s; p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms${r.failed ? `; ${r.failed} FAILED` : ""}`);
    }
  } finally {
    await api.close();
  }
}

interface LoadResult {
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failed: number;
}

/** `amount` POSTs of the bodies in turn, CONNECTIONS at a time; latencies as autocannon measures them. */
async function load(url: string, cookie: string, bodies: string[], amount: number): Promise<LoadResult> {
  let next = 0;
  let failed = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon({
      url,
      connections: CONNECTIONS,
      amount,
      timeout: 60,
      requests: [{
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json", cookie, "user-agent": "danso-bench" },
        setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || !body.startsWith('{"data":{"persons":{') || body.includes('"errors"')) failed++;
        },
      }],
    }, (error) => (error ? reject(error) : resolve()));
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return { seconds, perSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), failed };
}
