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
    const r = await api.anonymous.query<{ unit: { name: string; level: number } }>(`{ unit(code: "30") { name level } }`);
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(r.data?.unit).toEqual({ name: "Tỉnh Hải Dương", level: 1 });
  });

  it("answers a query sent with GET", async () => {
    const query = encodeURIComponent(`{ units(parentCode: "30") { totalCount } }`);
    const r = await api.anonymous.fetch({ method: "GET", path: `?query=${query}`, headers: { ...json, accept: "application/json" } });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await r.json()) as { data: { units: { totalCount: number } } }).data.units.totalCount).toBe(12); // Hải Dương's 12 districts
  });

  it("refuses a mutation sent with GET (405)", async () => {
    const query = encodeURIComponent(`mutation { noop }`);
    const r = await api.anonymous.fetch({ method: "GET", path: `?query=${query}`, headers: json });
    expect(r.status).toBe(405);
  });

  it("answers a syntax error with 400 and the position", async () => {
    const r = await api.anonymous.query(`{ unit(code: "30") { name `);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers an unknown field with 400 (validation) and a variable of the wrong type with a clear error", async () => {
    expect((await api.anonymous.query(`{ unit(code: "30") { population } }`)).status).toBe(400);
    const r = await api.anonymous.query(`query ($d: Date) { unit(code: "30", date: $d) { name } }`, { d: "30/06/2025" });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it("finds units by name typed without diacritics, and looks codes up on a date", async () => {
    const r = await api.anonymous.query<{ units: { edges: { node: { code: string; name: string } }[] } }>(
      `{ units(search: "cam thuong", level: 3) { edges { node { code name } } } }`);
    expect(r.data?.units.edges.map((e) => e.node.name)).toContain("Phường Cẩm Thượng");
    const before = await api.anonymous.query<{ unit: unknown }>(`{ unit(code: "30", date: "2019-06-30") { name } }`);
    expect(before.data?.unit).toBeNull(); // the register's tree starts on 2021-01-01
  });

  it("refuses queries nested too deep, too costly or with too many aliases, before running them", async () => {
    const deep = `{ unit(code: "30") { ${"children { edges { node { ".repeat(5)}code${" } } }".repeat(5)} } }`;
    const r1 = await api.anonymous.query(deep);
    expect(r1.status).toBe(400);
    expect(r1.errors?.[0]?.message).toMatch(/quá sâu/);
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: apiVersion`).join(" ")} }`;
    const r2 = await api.anonymous.query(aliases);
    expect(r2.status).toBe(400);
    expect(r2.errors?.[0]?.message).toMatch(/bí danh/);
  });

  it("refuses page sizes above the limit with a Vietnamese message", async () => {
    const r = await api.anonymous.query(`{ units(level: 3, first: 5000) { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/Số dòng mỗi trang/);
  });

  it("tells an anonymous caller who they are: nobody", async () => {
    const r = await api.anonymous.query<{ me: unknown }>(`{ me { login } }`);
    expect(r.data?.me).toBeNull();
  });
});
