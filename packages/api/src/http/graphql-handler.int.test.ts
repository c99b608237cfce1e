// The GraphQL handler that /api/graphql runs, called with Fetch API requests as Next hands
// them over, against a test database: the rate limit per user and per address (with low
// limits and a clock injected, so nothing waits), the size limit, and input refused with
// 400 before it reaches PostgreSQL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@danso/db";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { sessionToken } from "../auth/session.js";
import { contextFromHeaders } from "../http-context.js";
import { createApolloServer } from "../server.js";
import { createGraphQLHandler } from "./graphql-handler.js";

type PeerRequest = Request & { peer: string | null };

let t: TestDatabase;
let clock = 1_000_000;
const secret = randomBytes(32).toString("hex");
const cookies: Record<string, string> = {};
const limits = { user: { requests: 3, perSeconds: 60 }, anonymous: { requests: 2, perSeconds: 60 } };
let handle: (request: PeerRequest) => Promise<Response>;

beforeAll(async () => {
  t = await createTestDatabase();
  await t.pool.query(
    `INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
     VALUES ('an', $1, 'Nguyễn Văn An', 'COMMUNE_OFFICER', (SELECT id FROM admin_unit WHERE code = '10507' AND valid_to IS NULL)),
            ('binh', $1, 'Trần Thị Bình', 'COMMUNE_OFFICER', (SELECT id FROM admin_unit WHERE code = '10507' AND valid_to IS NULL))`,
    [await hashPassword("khong-dung-den")],
  );
  for (const login of ["an", "binh"]) {
    const user = await t.db.user.findUniqueOrThrow({ where: { login } });
    cookies[login] = `next-auth.session-token=${await sessionToken(user.id, secret, undefined, user.sessionVersion)}`;
  }
  handle = createGraphQLHandler<PeerRequest>({
    server: createApolloServer(),
    context: (request) => contextFromHeaders(request.headers, secret, request.peer, t.db, () => secret),
    rateLimits: limits,
    now: () => clock,
  });
});
afterAll(async () => {
  await t?.drop();
});

interface Call {
  as?: string;
  from?: string;
  body?: string;
  contentType?: string;
}

async function call({ as, from = "192.0.2.1", body = JSON.stringify({ query: "{ apiVersion }" }), contentType = "application/json" }: Call = {}) {
  const headers: Record<string, string> = { "content-type": contentType, accept: "application/graphql-response+json" };
  if (as) headers.cookie = cookies[as]!;
  const request = Object.assign(new Request("http://127.0.0.1/api/graphql", { method: "POST", headers, body }), { peer: from });
  const response = await handle(request);
  const json = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get("retry-after"), ...json };
}

const statuses = async (n: number, c: Call) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call(c)).status);
  return out;
};

describe("the rate limit", () => {
  it("answers a signed-in user 429 with Retry-After once their burst is spent, and only them", async () => {
    clock += 3_600_000;
    expect(await statuses(3, { as: "an" })).toEqual([200, 200, 200]);
    const refused = await call({ as: "an" });
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe("20");
    expect(refused.errors?.[0]?.message).toBe("Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 20 giây.");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 20 });
    // Another user, even from the same address, has a bucket of their own.
    expect(await statuses(3, { as: "binh" })).toEqual([200, 200, 200]);
    // The same user from another address is still the same user.
    expect((await call({ as: "an", from: "198.51.100.7" })).status).toBe(429);
  });

  it("gives the user requests back as time passes", async () => {
    clock += 3_600_000;
    await statuses(3, { as: "an" });
    expect((await call({ as: "an" })).status).toBe(429);
    clock += 19_000;
    expect((await call({ as: "an" })).retryAfter).toBe("1");
    clock += 1_000;
    expect((await call({ as: "an" })).status).toBe(200);
  });

  it("counts anonymous callers per address, with the lower limit", async () => {
    clock += 3_600_000;
    expect(await statuses(3, { from: "203.0.113.5" })).toEqual([200, 200, 429]);
    expect((await call({ from: "203.0.113.6" })).status).toBe(200);
    expect((await call({ as: "an", from: "203.0.113.5" })).status).toBe(200);
  });

  it("counts refused requests too: a flood of malformed bodies is limited like any other", async () => {
    clock += 3_600_000;
    expect(await statuses(3, { from: "203.0.113.9", body: "{" })).toEqual([400, 400, 429]);
  });
});

describe("what the handler refuses before Apollo", () => {
  it("refuses a body above the size limit with 413", async () => {
    clock += 3_600_000;
    const big = JSON.stringify({ query: "{ apiVersion }", variables: { pad: "x".repeat(1_100_000) } });
    const r = await call({ as: "an", body: big });
    expect(r.status).toBe(413);
    expect(r.errors?.[0]?.message).toMatch(/quá lớn/);
  });

  it("refuses a NUL in a signed-in user's search with 400, before it reaches PostgreSQL", async () => {
    clock += 3_600_000;
    const body = JSON.stringify({
      query: `query ($s: String) { persons(unitCode: "10507", filter: { search: $s }) { totalCount } }`,
      variables: { s: "Nguyễn\u0000" },
    });
    const r = await call({ as: "an", body, contentType: "application/json; charset=utf-8" });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/NUL/);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Without the NUL the same search runs.
    const ok = await call({ as: "an", body: body.replace("\\u0000", "") });
    expect(ok.status).toBe(200);
    expect(ok.errors).toBeUndefined();
  });

  it("refuses a body that is not UTF-8", async () => {
    clock += 3_600_000;
    const headers = { "content-type": "application/json" };
    const body = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]); // {"\xff\xfe"}
    const response = await handle(Object.assign(new Request("http://127.0.0.1/api/graphql", { method: "POST", headers, body }), { peer: "192.0.2.50" }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/UTF-8/);
  });
});
