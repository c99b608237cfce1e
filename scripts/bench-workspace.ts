// `pnpm bench workspace`: the workspace home of the city's province officer (login tinh)
// through the whole GraphQL path: the city's key figures this month and this year so far
// against the same days a year before, its work waiting and its communes' populations.
// Four openings: with nothing kept (every base count counted, the closed months too); the
// first of a day (the closed months kept in the database, today's and the same day a year
// before counted); the first of a new server process on an unchanged register (all kept in
// the database); then median of five from the counts cache in memory. Deleting kept rows
// only costs a recount: they are a cache.
import { createApolloServer, createContext, forgetCounts, loadViewer } from "@danso/api";
import { getDb } from "@danso/db";

const QUERY = `{ workspace { asOf unit { code name } month { figures { indicator { code } value previous } }
  year { figures { indicator { code } value previous } } work { lateCommunes lateMonth } subunits { unit { code } population births } } }`;

export async function benchWorkspace(url: string, log: (line: string) => void = console.log): Promise<void> {
  log("\n== workspace: the province officer's home (the city, its communes) ==");
  const db = getDb(url);
  const server = createApolloServer();
  await server.start();
  const user = await db.user.findUniqueOrThrow({ where: { login: "tinh" } });
  const viewer = (await loadViewer(db, user.id))!;
  const open = async () => {
    const t = performance.now();
    const r = await server.executeOperation({ query: QUERY }, { contextValue: createContext(db, viewer, { ip: "bench", userAgent: "bench" }, () => "bench") });
    if (r.body.kind !== "single" || r.body.singleResult.errors) throw new Error(JSON.stringify(r.body));
    return { ms: performance.now() - t, data: r.body.singleResult.data as { workspace: { unit: { name: string }; subunits: unknown[] } } };
  };
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  forgetCounts(db);
  await db.$executeRawUnsafe("DELETE FROM kept_counts");
  const cold = await open();
  forgetCounts(db);
  // A new day: the periods so far end on another day, so only the closed months are kept.
  await db.$executeRawUnsafe("DELETE FROM kept_counts WHERE period_end <> (date_trunc('month', period_start) + interval '1 month - 1 day')::date");
  const day = await open();
  forgetCounts(db);
  const restart = await open();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await open()).ms);
  warm.sort((a, b) => a - b);
  log(`  ${cold.data.workspace.unit.name}, ${cold.data.workspace.subunits.length} communes: nothing kept ${secs(cold.ms)}; first opening of a day `
    + `(closed months kept) ${secs(day.ms)}; new server process, register unchanged ${secs(restart.ms)}; `
    + `then median ${Math.round(warm[2]!)} ms from memory (runs ${warm.map(Math.round).join(", ")} ms)`);
  await server.stop();
}
