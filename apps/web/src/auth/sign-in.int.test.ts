// The sign-in path over real HTTP, as the web server runs it: each request stamped with its
// connection's address (peer-stamp.ts), then the credentials checked by the same function
// next-auth calls. The probe of the issue: 46 failed sign-ins in 3 minutes, each with a
// made-up X-Forwarded-For, got past the per-address limit. Now a header the caller wrote
// changes nothing, unless the connection comes from a trusted proxy.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { hashPassword } from "@danso/db";
import { SIGN_IN_LIMITS } from "@danso/api";
import { installPeerStamp } from "./peer-stamp";
import { PASSWORD_CHANGE_ERROR, signInWithCredentials } from "./sign-in";

let t: TestDatabase;
let server: http.Server;
let url: string;
beforeAll(async () => {
  t = await createTestDatabase();
  // Two officers of today's Phường Thành Đông (code 10507 also names the old Phường Cẩm Thượng).
  const ward = `(SELECT id FROM admin_unit WHERE code = '10507' AND valid_to IS NULL)`;
  await t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
    VALUES ('an', $1, 'Nguyễn Văn An', 'COMMUNE_OFFICER', ${ward}),
           ('binh', $1, 'Trần Thị Bình', 'COMMUNE_OFFICER', ${ward})`, [await hashPassword("Mat-khau-dung-1")]);
  installPeerStamp();
  server = http.createServer(async (req, res) => {
    // Headers exactly as Next hands them to a route handler (and next-auth to authorize).
    const headers = new Headers(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")] as [string, string]));
    const body = JSON.parse(await new Promise<string>((ok) => { let s = ""; req.on("data", (c) => (s += c)).on("end", () => ok(s)); }));
    try {
      const user = await signInWithCredentials(t.db, body, headers);
      res.writeHead(200).end(JSON.stringify(user));
    } catch (error) {
      res.writeHead(401).end(JSON.stringify({ error: (error as Error).message }));
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  // (A server that never started would leave this promise pending until the hook times out.)
  if (server) await new Promise((ok) => server.close(ok));
  await t?.drop();
});
afterEach(() => {
  delete process.env.DANSO_TRUSTED_PROXIES;
});

const signIn = async (login: string, password: string, headers: Record<string, string> = {}, newPassword?: string) => {
  const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ login, password, newPassword }) });
  return { status: r.status, ...((await r.json()) as { error?: string; name?: string }) };
};
const forged = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, "x-danso-peer": `192.0.2.${i}` });

describe("signing in over HTTP", () => {
  it("counts made-up forwarded addresses as the connection's: the login is locked after five failures", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perLoginAndAddress.failures; i++) {
      expect((await signIn("an", "sai-mat-khau", forged(i))).error).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    expect((await signIn("an", "Mat-khau-dung-1", forged(99))).error).toMatch(/quá nhiều lần/);
    const { rows } = await t.pool.query(`SELECT DISTINCT ip FROM login_attempt WHERE login = 'an'`);
    expect(rows).toEqual([{ ip: "127.0.0.1" }]);
  });

  it("stops one connection trying many logins, whatever addresses it claims", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.failures; i++) await signIn(`khong-co-${i}`, "sai-mat-khau", forged(i));
    expect((await signIn("binh", "Mat-khau-dung-1", forged(77))).error).toMatch(/quá nhiều lần/);
  });

  it("believes X-Forwarded-For from a trusted proxy, read from the right", async () => {
    process.env.DANSO_TRUSTED_PROXIES = "127.0.0.1";
    const r = await signIn("binh", "Mat-khau-dung-1", { "x-forwarded-for": "6.6.6.6, 203.0.113.50" });
    expect(r).toMatchObject({ status: 200, name: "Trần Thị Bình" });
    const { rows } = await t.pool.query(`SELECT ip FROM login_attempt WHERE login = 'binh' AND succeeded`);
    expect(rows).toEqual([{ ip: "203.0.113.50" }]);
  });

  it("answers a one-time code with the code that makes the form ask for a new password", async () => {
    await t.pool.query(`DELETE FROM login_attempt`); // the locks of the tests above
    await t.pool.query(`UPDATE app_user SET one_time_code_until = now() + interval '1 hour', password_hash = $1 WHERE login = 'binh'`, [await hashPassword("abcd2345efgh6789")]);
    expect((await signIn("binh", "abcd-2345-efgh-6789", { "x-forwarded-for": "10.9.9.9" })).error).toBe(PASSWORD_CHANGE_ERROR);
    const chosen = await signIn("binh", "abcd-2345-efgh-6789", {}, "Mat-khau-rieng-2");
    expect(chosen).toMatchObject({ status: 200, name: "Trần Thị Bình", sessionVersion: 1 });
  });
});
