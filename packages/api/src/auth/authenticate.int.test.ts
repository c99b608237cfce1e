// Signing in: the right password works, a wrong one is refused and counted. The limits
// brake guessing without letting anyone lock a user out from everywhere: failures count per
// login and address (short), per login over all addresses (longer, and not for the user's
// usual addresses) and per address over all logins (same exception). Unknown and
// deactivated logins get the same answer after the same Argon2 run. A one-time code from an
// administrator opens no session: it only lets its user choose a password of their own.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import * as db from "@danso/db";
import { authenticate, PASSWORD_CHANGE_REQUIRED, SignInError } from "./authenticate.js";
import { SIGN_IN_LIMITS } from "./sign-in-limits.js";

// The real Argon2 check, watched: which hash each sign-in was checked against.
vi.mock("@danso/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@danso/db")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const PASSWORD = "Mat-khau-dung-1";
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const hash = await db.hashPassword(PASSWORD);
  // Officers of today's Phường Thành Đông (code 10507 also names the old Phường Cẩm Thượng).
  const ward = `(SELECT id FROM admin_unit WHERE code = '10507' AND valid_to IS NULL)`;
  const users = ["an", "binh", "chi", "dung", "giang", "hoa", "khanh"];
  for (const login of users) {
    await t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
      VALUES ($1, $2, 'Người dùng ' || $1, 'COMMUNE_OFFICER', ${ward})`, [login, hash]);
  }
  await t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id, active)
    VALUES ('cuong', $1, 'Lê Văn Cường', 'COMMUNE_OFFICER', ${ward}, false)`, [hash]);
});
afterAll(() => t?.drop());
beforeEach(() => vi.mocked(db.verifyPassword).mockClear());

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SignInError);
    return (e as SignInError).code;
  }
  throw new Error("signed in");
};
const fail = (login: string, ip: string) => refusal(authenticate(t.db, login, "sai-mat-khau-1", ip));

describe("authenticate", () => {
  it("signs in with the right password (login is not case-sensitive) and records the attempt", async () => {
    const viewer = await authenticate(t.db, " AN ", PASSWORD, "10.0.0.1");
    expect(viewer).toMatchObject({ login: "an", role: "COMMUNE_OFFICER", sessionVersion: 0 });
    expect(viewer.unitPath).toBe("VN.T2025.31.10507");
    // The old communes merged whole into the ward on 1 July 2025: their history is read through them.
    expect(viewer.historyPaths).toContain("VN.30.288.10507");
    const { rows } = await t.pool.query(`SELECT succeeded, ip FROM login_attempt WHERE login = 'an'`);
    expect(rows).toEqual([{ succeeded: true, ip: "10.0.0.1" }]);
    const hash = (await t.pool.query(`SELECT password_hash FROM app_user WHERE login = 'an'`)).rows[0].password_hash;
    expect(hash).toMatch(/^\$argon2id\$/);
  });

  it("locks a login after five failures from one address there only, until the window has passed", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perLoginAndAddress.failures; i++) expect(await fail("binh", "10.0.0.2")).toBe("UNAUTHENTICATED");
    expect(await refusal(authenticate(t.db, "binh", PASSWORD, "10.0.0.2"))).toBe("RATE_LIMITED");
    // The probe: whoever guessed from 10.0.0.2 must not lock binh out of their own office.
    await expect(authenticate(t.db, "binh", PASSWORD, "10.0.0.3")).resolves.toMatchObject({ login: "binh" });
    await t.pool.query(`UPDATE login_attempt SET at = at - interval '16 minutes' WHERE login = 'binh'`);
    await expect(authenticate(t.db, "binh", PASSWORD, "10.0.0.2")).resolves.toMatchObject({ login: "binh" });
  });

  it("stops guesses spread over many addresses, except from the addresses the user signs in from", async () => {
    await authenticate(t.db, "chi", PASSWORD, "10.0.1.1"); // chi's office
    for (let i = 0; i < SIGN_IN_LIMITS.perLogin.failures; i++) await fail("chi", `198.51.100.${i + 1}`);
    expect(await refusal(authenticate(t.db, "chi", PASSWORD, "198.51.100.200"))).toBe("RATE_LIMITED");
    await expect(authenticate(t.db, "chi", PASSWORD, "10.0.1.1")).resolves.toMatchObject({ login: "chi" });
    // From the usual address the short per-address limit still holds.
    for (let i = 0; i < SIGN_IN_LIMITS.perLoginAndAddress.failures; i++) await fail("chi", "10.0.1.1");
    expect(await refusal(authenticate(t.db, "chi", PASSWORD, "10.0.1.1"))).toBe("RATE_LIMITED");
  });

  it("stops one address trying many logins, without locking out those who sign in from there", async () => {
    await authenticate(t.db, "dung", PASSWORD, "10.0.2.1"); // dung works behind the shared 10.0.2.1
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.failures; i++) await fail(`khong-co-${i}`, "10.0.2.1");
    expect(await refusal(authenticate(t.db, "giang", PASSWORD, "10.0.2.1"))).toBe("RATE_LIMITED");
    await expect(authenticate(t.db, "dung", PASSWORD, "10.0.2.1")).resolves.toMatchObject({ login: "dung" });
    await expect(authenticate(t.db, "giang", PASSWORD, "10.0.2.2")).resolves.toMatchObject({ login: "giang" });
  });

  it("refuses a deactivated account and an unknown login alike, after the same Argon2 check", async () => {
    const a = await authenticate(t.db, "cuong", PASSWORD, "10.0.0.4").catch((e: Error) => e.message);
    const b = await authenticate(t.db, "khong-co", PASSWORD, "10.0.0.4").catch((e: Error) => e.message);
    await authenticate(t.db, "hoa", "sai-mat-khau-1", "10.0.0.4").catch(() => {});
    expect(a).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(b).toBe(a);
    // Three checks with real Argon2id hashes of the same cost; the first two against the
    // decoy, which is no user's hash.
    const calls = vi.mocked(db.verifyPassword).mock.calls;
    expect(calls).toHaveLength(3);
    const params = (hash: string) => hash.split("$").slice(1, 4).join("$");
    const realHash = (await t.pool.query(`SELECT password_hash FROM app_user WHERE login = 'hoa'`)).rows[0].password_hash;
    expect(calls[0]![0]).toBe(await db.decoyHash());
    expect(calls[1]![0]).toBe(calls[0]![0]);
    expect(calls[2]![0]).toBe(realHash);
    expect(params(calls[0]![0])).toBe(params(realHash));
    expect((await t.pool.query(`SELECT 1 FROM app_user WHERE password_hash = $1`, [calls[0]![0]])).rowCount).toBe(0);
  });

  it("refuses empty and oversized input without touching the password check", async () => {
    expect(await refusal(authenticate(t.db, "", "x", "10.0.0.5"))).toBe("BAD_USER_INPUT");
    expect(await refusal(authenticate(t.db, "an", "x".repeat(10_000_000), "10.0.0.5"))).toBe("BAD_USER_INPUT");
    expect(db.verifyPassword).not.toHaveBeenCalled();
  });
});

describe("one-time codes", () => {
  let code: string;
  let id: number;
  beforeAll(async () => {
    id = (await t.pool.query(`SELECT id FROM app_user WHERE login = 'khanh'`)).rows[0].id;
    code = (await t.db.$transaction((tx) => db.issueOneTimeCode(tx, id))).code;
  });

  it("replace the old password, and open no session by themselves", async () => {
    expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await refusal(authenticate(t.db, "khanh", PASSWORD, "10.0.3.1"))).toBe("UNAUTHENTICATED");
    const e = await authenticate(t.db, "khanh", code, "10.0.3.1").catch((x: SignInError) => x);
    expect(e).toBeInstanceOf(SignInError);
    expect((e as SignInError).details.reason).toBe(PASSWORD_CHANGE_REQUIRED);
    expect((e as SignInError).message).toMatch(/mã dùng một lần.*đặt mật khẩu của riêng bạn/);
  });

  it("refuse a new password that breaks the rules or repeats the code", async () => {
    const weak = await authenticate(t.db, "khanh", code, "10.0.3.1", { newPassword: "ngan" }).catch((x: SignInError) => x);
    expect((weak as SignInError).code).toBe("BAD_USER_INPUT");
    expect(Object.keys((weak as SignInError).details.fieldErrors!)).toEqual(["newPassword"]);
    const same = await authenticate(t.db, "khanh", code, "10.0.3.1", { newPassword: code.toUpperCase() }).catch((x: SignInError) => x);
    expect((same as SignInError).details.fieldErrors).toHaveProperty("newPassword");
  });

  it("sign in once with the user's new password (typed in any case, with or without hyphens), then stop working", async () => {
    const typed = code.toUpperCase().replaceAll("-", " ");
    const viewer = await authenticate(t.db, "khanh", typed, "10.0.3.1", { newPassword: "Mat-khau-cua-toi-7", userAgent: "thu-nghiem" });
    expect(viewer).toMatchObject({ login: "khanh" });
    expect(await refusal(authenticate(t.db, "khanh", code, "10.0.3.1"))).toBe("UNAUTHENTICATED");
    await expect(authenticate(t.db, "khanh", "Mat-khau-cua-toi-7", "10.0.3.1")).resolves.toMatchObject({ login: "khanh" });
    const audit = (await t.pool.query(`SELECT login, ip, user_agent FROM audit_log WHERE action = 'user.choosePassword' AND entity_id = $1`, [String(id)])).rows;
    expect(audit).toEqual([{ login: "khanh", ip: "10.0.3.1", user_agent: "thu-nghiem" }]);
  });

  it("expire", async () => {
    const late = (await t.db.$transaction((tx) => db.issueOneTimeCode(tx, id))).code;
    await t.pool.query(`UPDATE app_user SET one_time_code_until = now() - interval '1 minute' WHERE id = $1`, [id]);
    const e = await authenticate(t.db, "khanh", late, "10.0.3.1", { newPassword: "Mat-khau-moi-nua-8" }).catch((x: SignInError) => x);
    expect((e as SignInError).message).toMatch(/hết hạn/);
  });
});
