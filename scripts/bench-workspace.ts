// `pnpm bench workspace`: the workspace home of the city's province officer (login tinh)
// through the whole GraphQL path: the city's key figures this month and this year so far
// against the same days a year before, its work waiting and its communes' populations.
// The first opening counts the register; the next ones read the counts cache. Median of
// five warm openings.
import { createApolloServer, createContext, loadViewer } from "@danso/api";
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
  const cold = await open();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await open()).ms);
  warm.sort((a, b) => a - b);
  log(`  ${cold.data.workspace.unit.name}, ${cold.data.workspace.subunits.length} communes: first opening ${(cold.ms / 1000).toFixed(1)} s (counts computed), then median ${Math.round(warm[2]!)} ms (runs ${warm.map(Math.round).join(", ")} ms)`);
  await server.stop();
}
