// Relay cursor connections over keyset pagination by id: stable under inserts and served
// by the primary key index, whatever the page.
import { badInput } from "./errors.js";

export const MAX_PAGE = 500;

export function encodeCursor(id: number | bigint | string): string {
  return Buffer.from(`c:${id}`).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): bigint | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, "base64url").toString();
  if (!/^c:\d{1,19}$/.test(text)) throw badInput("Con trỏ phân trang không hợp lệ.", "Invalid pagination cursor.");
  return BigInt(text.slice(2));
}

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw badInput(`Số dòng mỗi trang phải từ 1 đến ${MAX_PAGE}.`, `Page size must be between 1 and ${MAX_PAGE}.`, { first: [`Từ 1 đến ${MAX_PAGE}`] });
  }
  return n;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** `rows` were fetched with take = size + 1, so an extra row means there is a next page. */
export function toConnection<T extends { id: number | bigint }>(rows: T[], size: number, totalCount: number): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** Rows after the cursor, by id in the given direction (Prisma filter). */
export type CursorFilter = { id?: { gt: number } | { lt: number } };

/**
 * One page of a list and its total: `find` receives the cursor's filter and how many rows
 * to take (one more than the page, to know whether another page follows).
 */
export async function paginate<T extends { id: number | bigint }>(
  args: { first?: number | null; after?: string | null; fallback?: number; descending?: boolean },
  find: (cursor: CursorFilter, take: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const size = pageSize(args.first, args.fallback);
  const after = decodeCursor(args.after);
  const cursor: CursorFilter = after === undefined ? {} : { id: args.descending ? { lt: Number(after) } : { gt: Number(after) } };
  const [rows, total] = await Promise.all([find(cursor, size + 1), count()]);
  return toConnection(rows, size, total);
}
