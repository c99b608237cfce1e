// One transaction per mutation: the register's change and its audit line commit together
// or not at all. Two verifications locking the same rows in opposite order can deadlock;
// PostgreSQL then aborts one, which is retried (it sees the other's result).
import type { Tx } from "@danso/db";
import type { GraphQLContext } from "./context.js";
import { writeAudit, type AuditEntryInput } from "./audit/write-audit.js";
import { forgetCounts } from "./stats/counts-cache.js";

export type { Tx };

const RETRYABLE = /40P01|40001|deadlock|could not serialize|P2034/;

export interface TransactionOptions {
  /** The work changes what statistics count (a verified change, a household or person
   * created or corrected): kept counts are forgotten once it commits. Drafts, submissions,
   * rejections, reports and accounts leave them, so a collaborator's draft does not send
   * every officer's next home back to the register. */
  changesRegister?: boolean;
}

export async function inTransaction<T>(
  ctx: GraphQLContext,
  work: (tx: Tx, audit: (entry: AuditEntryInput) => Promise<unknown>) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await ctx.db.$transaction(
        (tx) => work(tx, (entry) => writeAudit(tx, ctx.viewer, ctx.request, entry)),
        { timeout: 60_000, maxWait: 10_000 },
      );
      // Kept statistics may count what just changed (a verified birth, a corrected sex).
      if (options.changesRegister) forgetCounts(ctx.db);
      return result;
    } catch (error) {
      const text = `${(error as { code?: string }).code ?? ""} ${(error as Error).message ?? ""}`;
      if (attempt >= 3 || !RETRYABLE.test(text)) throw error;
    }
  }
}
