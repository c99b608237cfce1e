// The audit of reads: every personal record a request served, nested or not, is written
// once, in one row per unit of the data read, when the response is sent. The guard
// (guard.ts) notes each record as it lets it through, so no field can serve personal data
// without leaving a trace, and a page of 50 persons is one row, not 50.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../context.js";

type Entity = "Person" | "Household" | "ChangeEvent";

/** At most this many ids per row and entity type; the count is always exact. */
const MAX_IDS = 500;

export class ReadLog {
  private readonly byUnit = new Map<string, Record<Entity, Set<string>>>();

  note(unitPath: string, entity: Entity, id: string): void {
    let entry = this.byUnit.get(unitPath);
    if (!entry) this.byUnit.set(unitPath, (entry = { Person: new Set(), Household: new Set(), ChangeEvent: new Set() }));
    entry[entity].add(id);
  }

  /** The rows to write, and forgets them (a flush happens once per response). */
  take() {
    const rows = [...this.byUnit].map(([unitPath, sets]) => ({
      unitPath,
      details: Object.fromEntries(
        (Object.keys(sets) as Entity[]).filter((k) => sets[k].size > 0).map((k) => [k, { count: sets[k].size, ids: [...sets[k]].slice(0, MAX_IDS) }]),
      ),
    }));
    this.byUnit.clear();
    return rows;
  }
}

export async function flushReads(ctx: GraphQLContext, operation: string | null): Promise<void> {
  const rows = ctx.reads.take();
  if (rows.length === 0) return;
  await ctx.db.auditLog.createMany({
    data: rows.map((r) => ({
      userId: ctx.viewer?.id ?? null, login: ctx.viewer?.login ?? null, action: "data.read", entityType: "Register",
      unitPath: r.unitPath, ip: ctx.request.ip?.slice(0, 100) ?? null, userAgent: ctx.request.userAgent?.slice(0, 300) ?? null,
      details: { operation, ...r.details },
    })),
  });
}

/** Writes the request's read rows before the response leaves. */
export const readAuditPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operationName }) {
        await flushReads(contextValue, operationName ?? null);
      },
    };
  },
};
