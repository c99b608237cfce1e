// /api/graphql as Next runs it: the route's own GET and POST with the requests Next hands
// them, against a test database. The probes of the issue: a charset in the content type, a
// body that is not JSON or is empty, NUL characters and absurd cursors must each answer 400
// with a clear message, never 500.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";

let t: TestDatabase;
let route: typeof import("./route");
beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("hex");
  route = await import("./route");
});
afterAll(async () => {
  await t?.drop();
});

interface Answer {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(body: string, contentType: string | null = "application/json"): Promise<Answer> {
  const headers: Record<string, string> = { accept: "application/graphql-response+json", "x-danso-peer": "127.0.0.1" };
  if (contentType) headers["content-type"] = contentType;
  const response = await route.POST(new NextRequest("http://127.0.0.1:3000/api/graphql", { method: "POST", headers, body }));
  const text = await response.text();
  let json: Partial<Answer>;
  try {
    json = JSON.parse(text) as Partial<Answer>;
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, data: json.data, errors: json.errors };
}

const query = (q: string, variables?: Record<string, unknown>, contentType?: string) => post(JSON.stringify({ query: q, variables }), contentType);

/** An answer of 400 whose first error says `message`, and nothing about an internal error. */
function expectBadRequest(r: Answer, message: RegExp) {
  expect(r.status).toBe(400);
  expect(r.errors?.[0]?.message).toMatch(message);
  expect(r.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
}

const cursor = (text: string) => Buffer.from(text).toString("base64url");

describe("the body of a POST", () => {
  it("accepts application/json with charset=utf-8 (GraphQL over HTTP)", async () => {
    const r = await query(`{ unit(code: "31") { name path } }`, undefined, "application/json; charset=utf-8");
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ unit: { name: "Thành phố Hải Phòng", path: "VN.T2025.31" } }); // today's tree (since 1 July 2025)
    const dated = await query(`{ unit(code: "30", date: "2025-06-30") { name } }`, undefined, "application/json; charset=utf-8");
    expect(dated.data).toEqual({ unit: { name: "Tỉnh Hải Dương" } });
    expect((await query(`{ apiVersion }`, undefined, "Application/JSON;charset=UTF-8")).status).toBe(200);
  });

  it("answers malformed JSON with 400", async () => {
    expectBadRequest(await post(`{"query": "{ apiVersion }"`), /JSON/);
    expectBadRequest(await post(`{query: apiVersion}`, "application/json; charset=utf-8"), /JSON/);
  });

  it("answers an empty body with 400", async () => {
    expectBadRequest(await post(""), /trống/);
    expectBadRequest(await post("", "application/json; charset=utf-8"), /trống/);
    expectBadRequest(await post("{}"), /query/);
    expectBadRequest(await post("[]"), /đối tượng JSON/);
    expectBadRequest(await post("null"), /đối tượng JSON/);
  });

  it("answers another content type with 415, a charset other than UTF-8 too", async () => {
    const r = await post(JSON.stringify({ query: "{ apiVersion }" }), "text/plain");
    expect(r.status).toBe(415);
    expect(r.errors?.[0]?.message).toMatch(/application\/json/);
    expect((await post(JSON.stringify({ query: "{ apiVersion }" }), "application/json; charset=latin1")).status).toBe(415);
    expect((await post(JSON.stringify({ query: "{ apiVersion }" }), null)).status).toBe(415);
  });
});

describe("NUL characters (PostgreSQL text cannot hold them)", () => {
  it("refuses one in a variable, however deep", async () => {
    expectBadRequest(await query(`query ($s: String) { units(search: $s) { totalCount } }`, { s: "Hải\u0000Dương" }), /NUL/);
    expectBadRequest(
      await query(`query ($f: PersonFilter) { persons(unitCode: "31", filter: $f) { totalCount } }`, { f: { search: "a\u0000" } }),
      /NUL/,
    );
  });

  it("refuses one written in the query, raw or as an escape", async () => {
    expectBadRequest(await query(`{ units(search: "Hải\\u0000Dương") { totalCount } }`), /NUL/);
    expectBadRequest(await query(`{ units(search: "Hải\u0000Dương") { totalCount } }`), /./);
  });

  it("refuses one in a query sent with GET", async () => {
    const q = encodeURIComponent(`query ($s: String) { units(search: $s) { totalCount } }`);
    const v = encodeURIComponent(JSON.stringify({ s: "\u0000" }));
    const response = await route.GET(
      new NextRequest(`http://127.0.0.1:3000/api/graphql?query=${q}&variables=${v}`, { headers: { "content-type": "application/json", "x-danso-peer": "127.0.0.1" } }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer).errors?.[0]?.message).toMatch(/NUL/);
  });
});

describe("connection arguments", () => {
  const units = `query ($after: String, $first: Int) { units(level: 3, first: $first, after: $after) { totalCount } }`;

  it("refuses a cursor that is not one of ours", async () => {
    expectBadRequest(await query(units, { after: "zzzz" }), /Con trỏ phân trang/);
    expectBadRequest(await query(units, { after: "" + "A".repeat(100_000) }), /Con trỏ phân trang/);
    expectBadRequest(await query(units, { after: cursor("c:-1") }), /Con trỏ phân trang/);
    expectBadRequest(await query(`{ units(level: 3, after: "%%%") { totalCount } }`), /Con trỏ phân trang/);
  });

  it("refuses a cursor beyond any row id", async () => {
    expectBadRequest(await query(units, { after: cursor("c:9999999999999999999") }), /Con trỏ phân trang/);
    expectBadRequest(await query(units, { after: cursor("c:99999999999") }), /Con trỏ phân trang/);
  });

  it("refuses negative, zero and huge page sizes, literal or in variables, nested too", async () => {
    expectBadRequest(await query(units, { first: -1 }), /Số dòng mỗi trang/);
    expectBadRequest(await query(units, { first: 0 }), /Số dòng mỗi trang/);
    expectBadRequest(await query(units, { first: 1_000_000 }), /Số dòng mỗi trang/);
    expectBadRequest(await query(units, { first: 2 ** 40 }), /./);
    expectBadRequest(await query(`{ units(level: 3, first: -5) { totalCount } }`), /Số dòng mỗi trang/);
    expectBadRequest(await query(`{ unit(code: "31") { children(first: 501) { totalCount } } }`), /Số dòng mỗi trang/);
    expectBadRequest(
      await query(`query { unit(code: "31") { ...c } } fragment c on AdminUnit { children(after: "zzzz") { totalCount } }`),
      /Con trỏ phân trang/,
    );
  });

  it("still pages with the cursors it gave", async () => {
    const first = await query(`{ units(level: 1, first: 1) { pageInfo { endCursor } } }`);
    const end = (first.data?.units as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = await query(units, { after: end, first: 1 });
    expect(next.status).toBe(200);
    expect(next.errors).toBeUndefined();
  });
});
