// A name search's page and count from one pass over its matches (search-page.ts): walked
// page by page with a small cap, it serves exactly the pages and counts of a page query and a
// count query of their own, whether the cursor is within, at the edge of or past the ids
// counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@danso/db";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";
import { encodeCursor } from "../pagination.js";
import { searchPage } from "./search-page.js";

let f: Fixture;
beforeAll(async () => { f = await createFixture(); }, 300_000);
afterAll(() => closeFixture(f));

describe("searchPage", () => {
  it("pages through the matches as a page query and a capped count would", async () => {
    // The first 15 Nguyễn of the register, living or not: a search with 15 matches.
    const nguyen: Prisma.PersonWhereInput = { searchName: { contains: "nguyen" } };
    const fifteenth = (await f.t.db.person.findMany({ where: nguyen, orderBy: { id: "asc" }, skip: 14, take: 1 }))[0]!;
    const where: Prisma.PersonWhereInput = { AND: [nguyen, { id: { lte: fifteenth.id } }] };
    const all = (await f.t.db.person.findMany({ where, orderBy: { id: "asc" } })).map((p) => p.id);
    expect(all).toHaveLength(15);
    for (const cap of [3, 7, all.length - 1, all.length, all.length + 5]) {
      for (const first of [1, 2, 5]) {
        const seen: number[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await searchPage(f.t.db, where, { first, after }, cap);
          expect(page.totalCount, `cap ${cap}, first ${first}`).toBe(Math.min(all.length, cap + 1));
          const ids = page.edges.map((e) => e.node.id);
          const start = after === null ? 0 : all.indexOf(seen.at(-1)!) + 1;
          expect(ids, `cap ${cap}, first ${first}, after ${seen.at(-1)}`).toEqual(all.slice(start, start + first));
          expect(page.pageInfo.hasNextPage).toBe(start + first < all.length);
          seen.push(...ids);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(all);
      }
    }
    // A cursor past every match: an empty last page.
    const past = await searchPage(f.t.db, where, { first: 5, after: encodeCursor(all.at(-1)!) }, 3);
    expect(past.edges).toEqual([]);
    expect(past.pageInfo.hasNextPage).toBe(false);
  });
});
