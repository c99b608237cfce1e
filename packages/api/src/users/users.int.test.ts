// Account management: a system administrator creates, changes and deactivates accounts in
// their unit (never outside it), roles fit their unit's level; they never learn a working
// password (new accounts and resets give a one-time code that only opens the choice of the
// user's own password) and cannot make themself someone who reads personal data. Codes and
// passwords are never written to the audit trail; every user can change their own password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@danso/db";
import { authenticate, PASSWORD_CHANGE_REQUIRED, type SignInError } from "../auth/authenticate.js";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
  // A system administrator of Lai Châu (12, a province of today's tree), to show that scope
  // binds administrators too.
  await f.t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
    VALUES ('quantri-lc', $1, 'Lý Văn Hải', 'SYSTEM_ADMIN', (SELECT id FROM admin_unit WHERE code = '12' AND valid_to IS NULL))`, [await hashPassword("khong-dung-1")]);
}, 300_000);
afterAll(() => closeFixture(f));

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { code validUntil account { id login role roleLabel unit { code } area { code } active oneTimeCodeUntil } } }`;
const input = (over: Record<string, unknown> = {}) => ({
  login: "tran.thi.mai", fullName: "Trần Thị Mai", role: "COMMUNE_OFFICER", unitCode: f.units.neighbour, ...over,
});
type Created = { createUser: { code: string; validUntil: string; account: { id: string; roleLabel: string; unit: { code: string }; oneTimeCodeUntil: string | null } } };
const reason = (e: unknown) => (e as SignInError).details?.reason;

describe("account management", () => {
  it("lets the administrator create an officer, whose one-time code opens nothing until the officer chooses a password", async () => {
    const admin = await f.api.as("quantri");
    const r = await admin.query<Created>(CREATE, { input: input() });
    expect(r.errors).toBeUndefined();
    const { code, validUntil, account } = r.data!.createUser;
    expect(account).toMatchObject({ roleLabel: "Viên chức dân số xã", unit: { code: f.units.neighbour } });
    expect(account.oneTimeCodeUntil).toBe(validUntil);
    expect(new Date(validUntil).getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    // The administrator holds the code, but the code alone opens no session.
    expect(reason(await authenticate(f.t.db, "tran.thi.mai", code, "10.1.1.1").catch((e: unknown) => e))).toBe(PASSWORD_CHANGE_REQUIRED);
    const session = await f.api.as("tran.thi.mai");
    expect((await session.query<{ me: unknown }>(`{ me { login } }`)).data!.me).toBeNull();
    // The officer chooses their password with the code, once.
    await expect(authenticate(f.t.db, "tran.thi.mai", code, "10.1.1.1", { newPassword: "Matkhau-2026" })).resolves.toMatchObject({ role: "COMMUNE_OFFICER" });
    await expect(authenticate(f.t.db, "tran.thi.mai", "Matkhau-2026", "10.1.1.1")).resolves.toMatchObject({ role: "COMMUNE_OFFICER" });
    const audit = (await f.t.pool.query(`SELECT details::text AS d FROM audit_log WHERE action = 'user.create' AND entity_id = $1`, [account.id])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].d).not.toContain(code);
  });

  it("resets a password to a one-time code: the old password stops working, the code only opens the choice of a new one", async () => {
    const admin = await f.api.as("quantri");
    const id = (await f.t.pool.query(`SELECT id FROM app_user WHERE login = 'tran.thi.mai'`)).rows[0].id;
    const r = await admin.query<{ resetUserPassword: { code: string; account: { oneTimeCodeUntil: string | null } } }>(
      `mutation ($id: ID!) { resetUserPassword(id: $id) { code account { oneTimeCodeUntil } } }`, { id: String(id) });
    expect(r.errors).toBeUndefined();
    const { code, account } = r.data!.resetUserPassword;
    expect(account.oneTimeCodeUntil).not.toBeNull();
    await expect(authenticate(f.t.db, "tran.thi.mai", "Matkhau-2026", "10.1.1.4")).rejects.toThrow(/không đúng/);
    expect(reason(await authenticate(f.t.db, "tran.thi.mai", code, "10.1.1.4").catch((e: unknown) => e))).toBe(PASSWORD_CHANGE_REQUIRED);
    await expect(authenticate(f.t.db, "tran.thi.mai", code, "10.1.1.4", { newPassword: "Matkhau-2026-b" })).resolves.toMatchObject({ login: "tran.thi.mai" });
    const audit = (await f.t.pool.query(`SELECT details::text AS d FROM audit_log WHERE action = 'user.resetPassword' AND entity_id = $1`, [String(id)])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].d).not.toContain(code);
  });

  it("never lets an administrator make themself an officer: not their own role, unit, area or status, not an account in their name", async () => {
    const admin = await f.api.as("quantri");
    const self = String((await f.t.pool.query(`SELECT id FROM app_user WHERE login = 'quantri'`)).rows[0].id);
    const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { role unit { code } } }`;
    for (const change of [{ role: "CENTRAL_OFFICER" }, { unitCode: f.units.province }, { unitCode: f.units.commune, role: "COMMUNE_OFFICER" }, { active: false }]) {
      const r = await admin.query(UPDATE, { id: self, input: change });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe("BAD_USER_INPUT");
      expect(r.errors![0]!.message).toMatch(/chính mình/);
    }
    // Their name may change.
    expect((await admin.query(UPDATE, { id: self, input: { fullName: "Phạm Minh Tuấn" } })).errors).toBeUndefined();
    const own = await admin.query(CREATE, { input: input({ login: "tuan.pm", fullName: "  PHẠM  Minh tuấn " }) });
    expect(own.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(own.errors![0]!.extensions!.fieldErrors as object)).toEqual(["fullName"]);
    // A second administrator account (the same person?) cannot turn into an officer's either.
    const second = await admin.query<Created>(CREATE, { input: input({ login: "quantri2", fullName: "Ngô Văn Quản", role: "SYSTEM_ADMIN", unitCode: f.units.province }) });
    expect(second.errors).toBeUndefined();
    const demote = await admin.query(UPDATE, { id: second.data!.createUser.account.id, input: { role: "PROVINCE_OFFICER" } });
    expect(Object.keys(demote.errors![0]!.extensions!.fieldErrors as object)).toEqual(["role"]);
    const audit = (await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.update' AND entity_id = $1`, [self])).rows[0].n;
    expect(audit).toBe(1); // the name only
  });

  it("keeps the demo accounts signing in with the README's password, no code asked", async () => {
    for (const login of ["quantri", "xa", "huyen"]) {
      await expect(authenticate(f.t.db, login, "DanSo@2026", "10.1.1.9")).resolves.toMatchObject({ login });
    }
  });

  it("refuses a role that does not fit the unit, a collaborator without an area, a taken or malformed login", async () => {
    const admin = await f.api.as("quantri");
    const cases: [Record<string, unknown>, string][] = [
      [{ login: "a.b.c", role: "COMMUNE_OFFICER", unitCode: f.units.province }, "role"],
      // Today's tree has no districts: no unit fits a district officer.
      [{ login: "a.b.e", role: "DISTRICT_OFFICER", unitCode: f.units.province }, "role"],
      [{ login: "a.b.f", role: "DISTRICT_OFFICER", unitCode: f.units.commune }, "role"],
      [{ login: "a.b.d", role: "COLLABORATOR" }, "areaCode"],
      [{ login: "xa" }, "login"],
      [{ login: "Trần Mai" }, "login"],
    ];
    for (const [over, field] of cases) {
      const r = await admin.query(CREATE, { input: input(over) });
      expect(r.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
      expect(Object.keys(r.errors![0]!.extensions!.fieldErrors as object)).toContain(field);
    }
    // The district abolished on 1 July 2025 takes no new account: there is no such unit today.
    const abolished = await admin.query(CREATE, { input: input({ login: "a.b.g", role: "DISTRICT_OFFICER", unitCode: f.units.district }) });
    expect(abolished.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(abolished.errors?.[0]?.message).toContain(`"${f.units.district}"`);
  });

  it("keeps administrators and everyone else inside their scope", async () => {
    const lc = await f.api.as("quantri-lc");
    expect((await lc.query(CREATE, { input: input({ login: "x.y.z" }) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await lc.query(`{ users(unitCode: "${f.units.province}") { totalCount } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tinh = await f.api.as("tinh");
    expect((await tinh.query(CREATE, { input: input({ login: "x.y.w" }) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await tinh.query(`{ users(unitCode: "${f.units.province}") { totalCount } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await (await f.api.as("quantri")).query<{ users: { totalCount: number; edges: { node: { login: string } }[] } }>(
      `{ users(unitCode: "${f.units.province}") { totalCount edges { node { login } } } }`);
    expect(list.data!.users.totalCount).toBeGreaterThanOrEqual(8);
    expect(list.data!.users.edges.map((e) => e.node.login)).toEqual(expect.arrayContaining(["tinh", "pheduyet", "congbo", "danhsach", "xa", "ctv"]));
  });

  it("shows the administrator an account kept on a unit abolished by the reorganisation, as such", async () => {
    type Accounts = { users: { edges: { node: { login: string; role: string; active: boolean; unit: { code: string; path: string; validTo: string | null } } }[] } };
    const r = await (await f.api.as("quantri")).query<Accounts>(`{ users(unitCode: "VN", search: "huyen") { edges { node { login role active unit { code path validTo } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.users.edges.map((e) => e.node)).toEqual([
      { login: "huyen", role: "DISTRICT_OFFICER", active: true, unit: { code: f.units.district, path: `VN.30.${f.units.district}`, validTo: "2025-07-01" } },
    ]);
  });

  it("lists the accounts left on abolished units to the administrators of the units they went into, who reassign them", async () => {
    await f.t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id) VALUES
      ('quantri-hp', $1, 'Đặng Văn Hải', 'SYSTEM_ADMIN', (SELECT id FROM admin_unit WHERE code = $2 AND valid_to IS NULL)),
      ('huyen.cu', $1, 'Hà Văn Cư', 'DISTRICT_OFFICER', (SELECT id FROM admin_unit WHERE code = $3 AND level = 2 AND valid_to = '2025-07-01'))`,
    [await hashPassword("khong-dung-1"), f.units.province, f.units.district]);
    type Former = { accountsOnFormerUnits: { totalCount: number; edges: { node: { id: string; login: string; unit: { code: string; validTo: string | null } } }[] } };
    const FORMER = `{ accountsOnFormerUnits { totalCount edges { node { id login unit { code validTo } } } } }`;
    const logins = (r: { data?: Former | null }) => r.data!.accountsOnFormerUnits.edges.map((e) => e.node.login).sort();
    const [hp, lc, nation] = [await f.api.as("quantri-hp"), await f.api.as("quantri-lc"), await f.api.as("quantri")];
    const seen = await hp.query<Former>(FORMER);
    expect(logins(seen)).toEqual(["huyen", "huyen.cu"]);
    expect(seen.data!.accountsOnFormerUnits.edges.every((e) => e.node.unit.validTo === "2025-07-01")).toBe(true);
    expect(logins(await nation.query<Former>(FORMER))).toEqual(["huyen", "huyen.cu"]);
    expect(logins(await lc.query<Former>(FORMER))).toEqual([]);
    expect((await (await f.api.as("tinh")).query(FORMER)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Lai Châu's administrator cannot touch it; Hải Phòng's reassigns it to a ward of today.
    const id = seen.data!.accountsOnFormerUnits.edges.find((e) => e.node.login === "huyen.cu")!.node.id;
    const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { login role unit { code validTo } } }`;
    const move = { role: "COMMUNE_OFFICER", unitCode: f.units.commune };
    expect((await lc.query(UPDATE, { id, input: move })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const moved = await hp.query<{ updateUser: unknown }>(UPDATE, { id, input: move });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateUser).toEqual({ login: "huyen.cu", role: "COMMUNE_OFFICER", unit: { code: f.units.commune, validTo: null } });
    expect(logins(await hp.query<Former>(FORMER))).toEqual(["huyen"]);
  });

  it("deactivates an account (it can no longer sign in) but not one's own", async () => {
    const admin = await f.api.as("quantri");
    const id = (await f.t.pool.query(`SELECT id FROM app_user WHERE login = 'tran.thi.mai'`)).rows[0].id;
    const r = await admin.query<{ updateUser: { active: boolean } }>(`mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: String(id) });
    expect(r.data!.updateUser.active).toBe(false);
    await expect(authenticate(f.t.db, "tran.thi.mai", "Matkhau-2026-b", "10.1.1.2")).rejects.toThrow(/không đúng/);
    const self = (await f.t.pool.query(`SELECT id FROM app_user WHERE login = 'quantri'`)).rows[0].id;
    const own = await admin.query(`mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: String(self) });
    expect(own.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets a user change their own password, only with the current one", async () => {
    const ctv = await f.api.as("ctv");
    const CHANGE = `mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }`;
    const wrong = await ctv.query(CHANGE, { c: "sai-roi-123", n: "Mat-khau-moi-2027" });
    expect(Object.keys(wrong.errors![0]!.extensions!.fieldErrors as object)).toEqual(["currentPassword"]);
    expect((await ctv.query(CHANGE, { c: "DanSo@2026", n: "Mat-khau-moi-2027" })).data).toEqual({ changeMyPassword: true });
    await expect(authenticate(f.t.db, "ctv", "Mat-khau-moi-2027", "10.1.1.3")).resolves.toMatchObject({ login: "ctv" });
  });
});
