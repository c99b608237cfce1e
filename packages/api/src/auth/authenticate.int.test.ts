// Signing in: the right password works, a wrong one is refused and counted; after five
// failures the account is locked for the window even with the right password; a
// deactivated account cannot sign in; sessions expire.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { hashPassword } from "@danso/db";
import { authenticate, MAX_FAILURES_PER_LOGIN, SignInError } from "./authenticate.js";
import { sessionToken, sessionUserId } from "./session.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const hash = await hashPassword("Mat-khau-dung-1");
  await t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id) VALUES
    ('an', $1, 'Nguyễn Văn An', 'COMMUNE_OFFICER', (SELECT id FROM admin_unit WHERE code = '10507')),
    ('binh', $1, 'Trần Thị Bình', 'DISTRICT_OFFICER', (SELECT id FROM admin_unit WHERE code = '288')),
    ('cuong', $1, 'Lê Văn Cường', 'COMMUNE_OFFICER', (SELECT id FROM admin_unit WHERE code = '10507'))`, [hash]);
  await t.pool.query(`UPDATE app_user SET active = false WHERE login = 'cuong'`);
});
afterAll(() => t?.drop());

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SignInError);
    return (e as SignInError).code;
  }
  throw new Error("signed in");
};

describe("authenticate", () => {
  it("signs in with the right password (login is not case-sensitive) and records the attempt", async () => {
    const viewer = await authenticate(t.db, " AN ", "Mat-khau-dung-1", "10.0.0.1");
    expect(viewer).toMatchObject({ login: "an", role: "COMMUNE_OFFICER" });
    expect(viewer.unitPath).toBe("VN.30.288.10507");
    const { rows } = await t.pool.query(`SELECT succeeded, ip FROM login_attempt WHERE login = 'an'`);
    expect(rows).toEqual([{ succeeded: true, ip: "10.0.0.1" }]);
    const hash = (await t.pool.query(`SELECT password_hash FROM app_user WHERE login = 'an'`)).rows[0].password_hash;
    expect(hash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a wrong password, and locks the login after five failures even with the right one", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
      expect(await refusal(authenticate(t.db, "binh", "sai", "10.0.0.2"))).toBe("UNAUTHENTICATED");
    }
    const code = await refusal(authenticate(t.db, "binh", "Mat-khau-dung-1", "10.0.0.2"));
    expect(code).toBe("RATE_LIMITED");
    // Other accounts are not affected.
    await expect(authenticate(t.db, "an", "Mat-khau-dung-1", "10.0.0.3")).resolves.toMatchObject({ login: "an" });
    // After the window the right password works again.
    await t.pool.query(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE login = 'binh'`);
    await expect(authenticate(t.db, "binh", "Mat-khau-dung-1", "10.0.0.2")).resolves.toMatchObject({ login: "binh" });
  });

  it("refuses a deactivated account and an unknown login alike, with the same message", async () => {
    const a = await authenticate(t.db, "cuong", "Mat-khau-dung-1", "10.0.0.4").catch((e: Error) => e.message);
    const b = await authenticate(t.db, "khong-co", "Mat-khau-dung-1", "10.0.0.4").catch((e: Error) => e.message);
    expect(a).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(b).toBe(a);
  });

  it("refuses empty and oversized input without touching the password check", async () => {
    expect(await refusal(authenticate(t.db, "", "x", "10.0.0.5"))).toBe("BAD_USER_INPUT");
    expect(await refusal(authenticate(t.db, "an", "x".repeat(10_000_000), "10.0.0.5"))).toBe("BAD_USER_INPUT");
  });
});

describe("sessions", () => {
  // (next-auth allows 15 s of clock skew, hence a token that expired a minute ago.)
  it("carry the user id, and are worthless after they expire or with another secret", async () => {
    const secret = "a".repeat(64);
    expect(await sessionUserId(`next-auth.session-token=${await sessionToken(42, secret)}`, secret)).toBe(42);
    expect(await sessionUserId(`next-auth.session-token=${await sessionToken(42, secret, -60)}`, secret)).toBeNull();
    expect(await sessionUserId(`next-auth.session-token=${await sessionToken(42, "b".repeat(64))}`, secret)).toBeNull();
    expect(await sessionUserId(undefined, secret)).toBeNull();
  });
});
