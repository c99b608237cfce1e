// The endpoint follows GraphQL over HTTP: GET for queries, POST with JSON, the right status
// codes and content types; abusive queries are refused before they run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { startTestApi, type TestApi } from "./testing/index.js";

let t: TestDatabase;
let api: TestApi;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApi(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

const json = { "content-type": "application/json" };

describe("GraphQL over HTTP", () => {
  it("answers a POST with JSON, in application/graphql-response+json when asked", async () => {
    const r = await api.anonymous.query<{ unit: { name: string; level: number; path: string } }>(`{ unit(code: "31") { name level path } }`);
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^application\/graphql-response\+json/);
    // Today's Hải Phòng: the city merged with Hải Dương on 1 July 2025, in the tree since then.
    expect(r.data?.unit).toEqual({ name: "Thành phố Hải Phòng", level: 1, path: "VN.T2025.31" });
  });

  it("answers a query sent with GET", async () => {
    const query = encodeURIComponent(`{ units(parentCode: "30", date: "2025-06-30") { totalCount } }`);
    const r = await api.anonymous.fetch({ method: "GET", path: `?query=${query}`, headers: { ...json, accept: "application/json" } });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await r.json()) as { data: { units: { totalCount: number } } }).data.units.totalCount).toBe(12); // Hải Dương's 12 districts before 1 July 2025
  });

  it("refuses a mutation sent with GET (405)", async () => {
    const query = encodeURIComponent(`mutation { noop }`);
    const r = await api.anonymous.fetch({ method: "GET", path: `?query=${query}`, headers: json });
    expect(r.status).toBe(405);
  });

  it("answers a syntax error with 400 and the position", async () => {
    const r = await api.anonymous.query(`{ unit(code: "31") { name `);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers an unknown field with 400 (validation) and a variable of the wrong type with a clear error", async () => {
    expect((await api.anonymous.query(`{ unit(code: "31") { population } }`)).status).toBe(400);
    const r = await api.anonymous.query(`query ($d: Date) { unit(code: "30", date: $d) { name } }`, { d: "30/06/2025" });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it("finds units by name typed without diacritics, and looks codes up on a date", async () => {
    type Units = { units: { edges: { node: { code: string; name: string; path: string } }[] } };
    const SEARCH = `query ($s: String, $d: Date) { units(search: $s, level: 3, date: $d) { edges { node { code name path } } } }`;
    const today = await api.anonymous.query<Units>(SEARCH, { s: "thanh dong" });
    expect(today.data?.units.edges.map((e) => e.node)).toContainEqual({ code: "10507", name: "Phường Thành Đông", path: "VN.T2025.31.10507" });
    const before = await api.anonymous.query<Units>(SEARCH, { s: "cam thuong", d: "2025-06-30" });
    expect(before.data?.units.edges.map((e) => e.node)).toContainEqual({ code: "10507", name: "Phường Cẩm Thượng", path: "VN.30.288.10507" });
    expect((await api.anonymous.query<Units>(SEARCH, { s: "cam thuong" })).data?.units.edges.map((e) => e.node.name)).not.toContain("Phường Cẩm Thượng");

    // A code names a unit only with a date: old Hải Dương until 30 June 2025, nothing today.
    const UNIT = `query ($d: Date) { unit(code: "30", date: $d) { name path validTo } }`;
    expect((await api.anonymous.query<{ unit: unknown }>(UNIT, { d: "2025-06-30" })).data?.unit).toEqual({ name: "Tỉnh Hải Dương", path: "VN.30", validTo: "2025-07-01" });
    expect((await api.anonymous.query<{ unit: unknown }>(UNIT, { d: "2025-07-01" })).data?.unit).toBeNull();
    expect((await api.anonymous.query<{ unit: unknown }>(`{ unit(code: "30") { name } }`)).data?.unit).toBeNull();
    expect((await api.anonymous.query<{ unit: unknown }>(UNIT, { d: "2019-06-30" })).data?.unit).toBeNull(); // the register's tree starts on 2021-01-01
    const provinces = `query ($d: Date) { units(level: 1, date: $d) { totalCount } }`;
    expect((await api.anonymous.query<{ units: { totalCount: number } }>(provinces)).data?.units.totalCount).toBe(34);
    expect((await api.anonymous.query<{ units: { totalCount: number } }>(provinces, { d: "2025-06-30" })).data?.units.totalCount).toBe(63);
  });

  it("refuses queries nested too deep, too costly or with too many aliases, before running them", async () => {
    const deep = `{ unit(code: "31") { ${"children { edges { node { ".repeat(5)}code${" } } }".repeat(5)} } }`;
    const r1 = await api.anonymous.query(deep);
    expect(r1.status).toBe(400);
    expect(r1.errors?.[0]?.message).toMatch(/quá sâu/);
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: apiVersion`).join(" ")} }`;
    const r2 = await api.anonymous.query(aliases);
    expect(r2.status).toBe(400);
    expect(r2.errors?.[0]?.message).toMatch(/bí danh/);
  });

  it("refuses page sizes above the limit with 400 and a Vietnamese message", async () => {
    const r = await api.anonymous.query(`{ units(level: 3, first: 5000) { totalCount } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/Số dòng mỗi trang/);
  });

  it("refuses absurd cursors with 400 before PostgreSQL sees them (one beyond the ids' range failed there as a 500)", async () => {
    const units = `query ($after: String) { units(level: 3, after: $after) { totalCount } }`;
    for (const after of ["zzzz", "A".repeat(10_000), Buffer.from("c:99999999999").toString("base64url")]) {
      const r = await api.anonymous.query(units, { after });
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.message).toBe("Con trỏ phân trang không hợp lệ.");
    }
  });

  it("refuses a NUL character with 400 before PostgreSQL sees it (it failed there as a 500)", async () => {
    const r = await api.anonymous.query(`query ($s: String) { units(search: $s) { totalCount } }`, { s: "Hải\u0000" });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/NUL/);
    const literal = await api.anonymous.query(`{ units(search: "Hải\\u0000") { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.message).toMatch(/NUL/);
  });

  it("accepts application/json with charset=utf-8, and answers a body that is not JSON with 400", async () => {
    const body = JSON.stringify({ query: `{ unit(code: "31") { name } }` });
    const ok = await api.anonymous.fetch({ headers: { "content-type": "application/json; charset=utf-8" }, body });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: unknown }).data).toEqual({ unit: { name: "Thành phố Hải Phòng" } });
    for (const bad of ["", "{", "[]"]) {
      const r = await api.anonymous.fetch({ headers: json, body: bad });
      expect(r.status).toBe(400);
      expect(((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_REQUEST");
    }
  });

  it("answers 429 with Retry-After once an anonymous caller's burst is spent", async () => {
    let now = 0;
    const limited = await startTestApi(t.db, { rateLimits: { user: { requests: 4, perSeconds: 60 }, anonymous: { requests: 2, perSeconds: 60 } }, now: () => now });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.anonymous.query(`{ apiVersion }`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const r = await limited.anonymous.fetch({ headers: json, body: JSON.stringify({ query: "{ apiVersion }" }) });
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("30");
      expect(((await r.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Quá nhiều yêu cầu/);
      now += 30_000;
      expect((await limited.anonymous.query(`{ apiVersion }`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("tells an anonymous caller who they are: nobody", async () => {
    const r = await api.anonymous.query<{ me: unknown }>(`{ me { login } }`);
    expect(r.data?.me).toBeNull();
  });
});
