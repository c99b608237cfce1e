// Sessions over real HTTP: a session cookie is the user's until their sessions end. Signing
// out, changing one's password, an administrator's reset and deactivation end every session
// of the user, on every device, at once; a reactivated account does not revive them. And the
// audit trail records the connection's address, not one the caller wrote in a header.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { hashPassword } from "@danso/db";
import { startTestApi, type TestApi } from "../testing/index.js";
import { endSessions, readSession, sessionToken } from "./session.js";

const PASSWORD = "Mat-khau-dung-1";
let t: TestDatabase;
let api: TestApi;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApi(t.db);
  const hash = await hashPassword(PASSWORD);
  // Today's units: Hải Phòng (merged with Hải Dương on 1 July 2025) and its Phường Thành Đông.
  for (const [login, role, unit] of [["quantri", "SYSTEM_ADMIN", "31"], ["an", "COMMUNE_OFFICER", "10507"], ["binh", "COMMUNE_OFFICER", "10507"],
    ["chi", "COMMUNE_OFFICER", "10507"], ["dung", "COMMUNE_OFFICER", "10507"], ["giang", "COMMUNE_OFFICER", "10507"]]) {
    await t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
      VALUES ($1, $2, 'Người dùng ' || $1, $3, (SELECT id FROM admin_unit WHERE code = $4 AND valid_to IS NULL))`, [login, hash, role, unit]);
  }
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

const userId = async (login: string): Promise<number> => (await t.pool.query(`SELECT id FROM app_user WHERE login = $1`, [login])).rows[0].id;

/** Two devices of one user, signed in now: two cookies carrying the current version. */
async function devices(login: string) {
  const { id, session_version: v } = (await t.pool.query(`SELECT id, session_version FROM app_user WHERE login = $1`, [login])).rows[0];
  const cookie = async () => `next-auth.session-token=${await sessionToken(id, api.secret, undefined, v)}`;
  const [a, b] = [await cookie(), await cookie()];
  const me = async (cookie: string) => {
    const r = await api.anonymous.fetch({ headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { login } }" }) });
    return ((await r.json()) as { data: { me: { login: string } | null } }).data.me?.login ?? null;
  };
  const as = (cookie: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.anonymous.fetch({ headers: { cookie, "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { a, b, me, as };
}

describe("sessions", () => {
  it("carry the user id and version, and are worthless after they expire or with another secret", async () => {
    const secret = "a".repeat(64);
    // (next-auth allows 15 s of clock skew, hence a token that expired a minute ago.)
    expect(await readSession(`next-auth.session-token=${await sessionToken(42, secret, undefined, 3)}`, secret)).toEqual({ userId: 42, version: 3 });
    expect(await readSession(`next-auth.session-token=${await sessionToken(42, secret, -60)}`, secret)).toBeNull();
    expect(await readSession(`next-auth.session-token=${await sessionToken(42, "b".repeat(64))}`, secret)).toBeNull();
    expect(await readSession(undefined, secret)).toBeNull();
  });

  it("all end when the user signs out on one device", async () => {
    const d = await devices("an");
    expect([await d.me(d.a), await d.me(d.b)]).toEqual(["an", "an"]);
    const claims = (await readSession(d.a, api.secret))!;
    expect(await endSessions(t.db, claims)).toBe(true);
    expect([await d.me(d.a), await d.me(d.b)]).toEqual([null, null]);
    // An old cookie cannot sign the user out again (and again) after they signed back in.
    expect(await endSessions(t.db, claims)).toBe(false);
  });

  it("all end when the user changes their password, this one included", async () => {
    const d = await devices("binh");
    const r = await d.as(d.a, `mutation { changeMyPassword(currentPassword: "${PASSWORD}", newPassword: "Mat-khau-moi-2027") }`);
    expect(((await r.json()) as { data: unknown }).data).toEqual({ changeMyPassword: true });
    expect([await d.me(d.a), await d.me(d.b)]).toEqual([null, null]);
  });

  it("all end when an administrator resets the password", async () => {
    const d = await devices("chi");
    const admin = await api.as("quantri");
    const r = await admin.query<{ resetUserPassword: { code: string } }>(`mutation ($id: ID!) { resetUserPassword(id: $id) { code } }`, { id: String(await userId("chi")) });
    expect(r.errors).toBeUndefined();
    expect([await d.me(d.a), await d.me(d.b)]).toEqual([null, null]);
  });

  it("all end when the account is deactivated, and stay ended when it is reactivated", async () => {
    const d = await devices("dung");
    const admin = await api.as("quantri");
    const id = String(await userId("dung"));
    const set = (active: boolean) => admin.query(`mutation ($id: ID!, $a: Boolean) { updateUser(id: $id, input: { active: $a }) { active } }`, { id, a: active });
    await set(false);
    await set(true);
    expect([await d.me(d.a), await d.me(d.b)]).toEqual([null, null]);
  });
});

describe("the audit trail's address", () => {
  const audited = async (login: string, headers: Record<string, string>) => {
    const d = await devices(login);
    const before = (await t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE login = $1`, [login])).rows[0].n;
    await d.as(d.a, `mutation { changeMyPassword(currentPassword: "${PASSWORD}", newPassword: "Mat-khau-khac-${before}-9") }`, {}, headers);
    await t.pool.query(`UPDATE app_user SET password_hash = $2 WHERE login = $1`, [login, await hashPassword(PASSWORD)]);
    return (await t.pool.query(`SELECT ip FROM audit_log WHERE login = $1 ORDER BY id DESC LIMIT 1`, [login])).rows[0].ip;
  };
  afterEach(() => {
    delete process.env.DANSO_TRUSTED_PROXIES;
  });

  it("is the connection's, whatever X-Forwarded-For or X-Real-IP say, when no proxy is trusted", async () => {
    expect(await audited("giang", { "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" })).toBe("127.0.0.1");
  });

  it("is the one a trusted proxy forwarded, read from the right", async () => {
    process.env.DANSO_TRUSTED_PROXIES = "127.0.0.1, ::1";
    expect(await audited("giang", { "x-forwarded-for": "6.6.6.6, 203.0.113.66" })).toBe("203.0.113.66");
  });
});
