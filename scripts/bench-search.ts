// `pnpm bench search`: the national name search an officer of the centre types in the
// register screen, through the whole GraphQL path (scope narrowing, the scope guard, the
// read audit): the first page of 50 and the total, for names common and rare, with and
// without diacritics. Median of five runs after one warm-up.
import { createApolloServer, createContext, loadViewer } from "@danso/api";
import { getDb } from "@danso/db";

const RUNS = 5;
const QUERY = `query ($u: String!, $s: String!) { persons(unitCode: $u, filter: { search: $s }, first: 50) { totalCount totalCountIsExact edges { node { id fullName birthDate cccd household { code } } } } }`;

export async function benchSearch(url: string, log: (line: string) => void = console.log): Promise<void> {
  log("\n== search: a national name search by an officer of the centre ==");
  const db = getDb(url);
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
