// The request checks on parsed documents and the real schema, without a server.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { ApiError } from "../errors.js";
import { BIGINT_ID_CONNECTIONS, encodeCursor, MAX_INT_ID } from "../pagination.js";
import { schema } from "../schema.js";
import { checkOperation, containsNul } from "./request-checks.js";

function outcome(query: string, variables: Record<string, unknown> = {}): string {
  try {
    checkOperation(schema, parse(query).definitions, variables, new Map());
    return "ok";
  } catch (error) {
    return error instanceof ApiError ? error.message : `unexpected ${String(error)}`;
  }
}

describe("NUL characters", () => {
  it("are found in strings, keys and nested values", () => {
    expect(containsNul("a\u0000b")).toBe(true);
    expect(containsNul({ a: [1, { b: "x\u0000" }] })).toBe(true);
    expect(containsNul({ "k\u0000": 1 })).toBe(true);
    expect(containsNul({ a: ["Hải Dương", 1, null, true] })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });

  it("are refused in a string literal of the query, escapes included", () => {
    expect(outcome(`{ units(search: "a\\u0000") { totalCount } }`)).toMatch(/NUL/);
    expect(outcome(`{ units(search: "Hải Dương") { totalCount } }`)).toBe("ok");
  });
});

describe("connection arguments", () => {
  it("checks page sizes and cursors of every connection field, at any depth and in fragments", () => {
    expect(outcome(`{ units(first: 0) { totalCount } }`)).toMatch(/Số dòng mỗi trang/);
    expect(outcome(`query ($n: Int) { unit(code: "30") { children(first: $n) { totalCount } } }`, { n: 501 })).toMatch(/Số dòng mỗi trang/);
    expect(outcome(`{ unit(code: "30") { ... on AdminUnit { children(after: "zzzz") { totalCount } } } }`)).toMatch(/Con trỏ/);
    expect(outcome(`fragment f on AdminUnit { children(after: "zzzz") { totalCount } } { unit(code: "30") { ...f } }`)).toMatch(/Con trỏ/);
    expect(outcome(`query ($a: String) { units(first: 10, after: $a) { totalCount } }`, { a: encodeCursor(7) })).toBe("ok");
  });

  it("allows cursors beyond the integer range only on connections over bigint ids", () => {
    const big = encodeCursor(MAX_INT_ID + 1);
    expect(outcome(`query ($a: String) { units(after: $a) { totalCount } }`, { a: big })).toMatch(/Con trỏ/);
    expect(outcome(`query ($a: String) { auditLog(unitCode: "30", after: $a) { totalCount } }`, { a: big })).toBe("ok");
    expect(outcome(`query ($a: String) { changeEvents(unitCode: "30", after: $a) { totalCount } }`, { a: big })).toBe("ok");
  });

  it("leaves values of the wrong type to GraphQL's own coercion errors", () => {
    expect(outcome(`query ($n: Int, $a: String) { units(first: $n, after: $a) { totalCount } }`, { n: "ten", a: 5 })).toBe("ok");
  });
});

describe("the id range of each connection", () => {
  // Which Prisma model each connection pages over. A new connection fails here until it is
  // added, so that its id column's range is decided, not guessed.
  const MODELS: Record<string, string> = {
    AdminUnitConnection: "AdminUnit",
    HouseholdConnection: "Household",
    PersonConnection: "Person",
    // A list pages over the ids of the persons on it.
    ListedPersonConnection: "Person",
    UserAccountConnection: "User",
    ReportConnection: "Report",
    ChangeEventConnection: "ChangeEvent",
    AuditEntryConnection: "AuditLog",
  };

  it("is bigint exactly for the connections over bigint ids in the Prisma schema", () => {
    const prisma = readFileSync(fileURLToPath(new URL("../../../../prisma/schema.prisma", import.meta.url)), "utf8");
    const idType = (model: string) => new RegExp(`model ${model} \\{\\s*id\\s+(\\w+)`).exec(prisma)?.[1];
    const connections = Object.keys(schema.getTypeMap()).filter((name) => name.endsWith("Connection"));
    expect(connections.sort()).toEqual(Object.keys(MODELS).sort());
    for (const connection of connections) {
      expect([connection, BIGINT_ID_CONNECTIONS.has(connection)]).toEqual([connection, idType(MODELS[connection]!) === "BigInt"]);
    }
  });
});
