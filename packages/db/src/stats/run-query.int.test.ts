// One computation, one state of the register: every query run inside onOneSnapshot sees the
// rows of the moment it began, even when others commit changes between its queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { onOneSnapshot } from "./run-query.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.pool.query(`CREATE TABLE probe (n int); INSERT INTO probe VALUES (1), (2)`);
});
afterAll(() => t?.drop());

const COUNT = `SELECT count(*)::int AS n FROM probe`;
const count = async () => (await t.pool.query(COUNT)).rows[0].n as number;

describe("onOneSnapshot", () => {
  it("runs its queries side by side on one snapshot, blind to what commits meanwhile", async () => {
    const before = await count();
    const seen = await onOneSnapshot(t.db, async (run) => {
      const first = await run<{ n: number }>(COUNT);
      await t.pool.query(`INSERT INTO probe VALUES (3)`);
      const [second, third] = await Promise.all([run<{ n: number }>(COUNT), run<{ n: number }>(COUNT)]);
      return [first[0]!.n, second[0]!.n, third[0]!.n];
    });
    expect(seen).toEqual([before, before, before]);
    expect(await count()).toBe(before + 1);
  });
});
