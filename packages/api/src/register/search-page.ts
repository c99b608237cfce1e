// One page of a name search and its count, from one pass over the matches. Finding the
// matches is the whole cost of a search (within a commune, the name of each of its tens of
// thousands of residents is checked), and a separate page query and count query did it
// twice: here the ids of the matches, up to the cap, give the count and, unless the page
// lies beyond them, the page's ids too.
import type { Db, Person, Prisma } from "@danso/db";
import { decodeCursor, pageSize, toConnection, type Connection } from "../pagination.js";

/** The page and the number of matches counted, at most `cap + 1` (more than `cap`: not exact). */
export async function searchPage(
  db: Db, where: Prisma.PersonWhereInput, args: { first?: number | null; after?: string | null }, cap: number,
): Promise<Connection<Person>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const ids = (await db.person.findMany({ where, select: { id: true }, orderBy: { id: "asc" }, take: cap + 1 })).map((r) => r.id);
  const following = after === undefined ? ids : ids.filter((id) => id > after);
  // `ids` is every match, or the first cap + 1 of them in id order: the next size + 1 after
  // the cursor are among them unless the cursor is near or past the last one counted.
  const rows = ids.length <= cap || following.length > size
    ? following.length === 0 ? [] : await db.person.findMany({ where: { id: { in: following.slice(0, size + 1) } }, orderBy: { id: "asc" } })
    : await db.person.findMany({ where: after === undefined ? where : { AND: [where, { id: { gt: Number(after) } }] }, orderBy: { id: "asc" }, take: size + 1 });
  return toConnection(rows, size, ids.length);
}
