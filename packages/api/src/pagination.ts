// Relay cursor connections over keyset pagination by id: stable under inserts and served
// by the primary key index, whatever the page.
import { badInput } from "./errors.js";

export const MAX_PAGE = 500;

/** The largest id a cursor may name: row ids are PostgreSQL `integer` (2^31 - 1)... */
export const MAX_INT_ID = 2 ** 31 - 1;
/** ...or `bigint` for the tables that grow without bound; kept within what a JavaScript
 * number holds exactly, since the cursor's id is compared as a number. */
export const MAX_BIGINT_ID = Number.MAX_SAFE_INTEGER;

/**
 * The connections whose rows have `bigint` ids (ChangeEvent and AuditLog in the Prisma
 * schema). Every other connection pages over `integer` ids, and a cursor beyond their range
 * would make PostgreSQL fail ("out of range for type integer"): the request checks
 * (http/request-checks.ts) refuse it before anything runs.
 */
export const BIGINT_ID_CONNECTIONS: ReadonlySet<string> = new Set(["ChangeEventConnection", "AuditEntryConnection"]);

/** Our cursors are short ("c:" and at most 16 digits, in base64url): anything longer is not one. */
const MAX_CURSOR_LENGTH = 32;

export function encodeCursor(id: number | bigint | string): string {
  return Buffer.from(`c:${id}`).toString("base64url");
}

const invalidCursor = () => badInput("Con trỏ phân trang không hợp lệ.", "Invalid pagination cursor.", { after: ["Con trỏ không hợp lệ"] });

/** The id a cursor names; refused unless it is one of ours and at most `maxId`. */
export function decodeCursor(cursor: string | null | undefined, maxId: number = MAX_BIGINT_ID): bigint | undefined {
  if (!cursor) return undefined;
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) throw invalidCursor();
  const text = Buffer.from(cursor, "base64url").toString();
  if (!/^c:\d{1,16}$/.test(text)) throw invalidCursor();
  const id = BigInt(text.slice(2));
  if (id > BigInt(maxId)) throw invalidCursor();
  return id;
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
