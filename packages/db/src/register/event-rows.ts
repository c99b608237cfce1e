// Reading change events by id for a status change, locked so that two officers acting on
// one event serialise (the second sees the first's result).
import type { ChangeEvent } from "../generated/prisma/client.js";
import { parseEventId, type Tx } from "./context.js";
import { notFound } from "./errors.js";

export async function lockEvents(tx: Tx, ids: (bigint | number | string)[]): Promise<ChangeEvent[]> {
  const parsed = ids.map((id) => parseEventId(id));
  const bad = ids.filter((_, i) => parsed[i] === null);
  if (bad.length) throw notFound("CHANGE_EVENT", bad);
  const wanted = [...new Set(parsed.map(String))].map(BigInt);
  if (wanted.length === 0) return [];
  await tx.$queryRaw`SELECT id FROM change_event WHERE id = ANY(${wanted}::bigint[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.changeEvent.findMany({ where: { id: { in: wanted } }, orderBy: { id: "asc" } });
  const found = new Set(rows.map((r) => r.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length) throw notFound("CHANGE_EVENT", missing);
  return rows;
}

export async function lockEvent(tx: Tx, id: bigint | number | string): Promise<ChangeEvent> {
  return (await lockEvents(tx, [id]))[0]!;
}
