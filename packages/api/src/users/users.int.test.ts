// Account management: a system administrator creates, changes and deactivates accounts in
// their unit (never outside it), roles fit their unit's level, passwords are strong and
// never written to the audit trail; every user can change their own password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@danso/db";
import { authenticate } from "../auth/authenticate.js";
import { closeFixture, createFixture, type Fixture } from "../testing/fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
  // A system administrator of Hải Phòng (31), to show that scope binds administrators too.
  await f.t.pool.query(`INSERT INTO app_user (login, password_hash, full_name, role, unit_id)
    VALUES ('quantri-hp', $1, 'Lý Văn Hải', 'SYSTEM_ADMIN', (SELECT id FROM admin_unit WHERE code = '31' AND valid_to IS NULL))`, [await hashPassword("khong-dung-1")]);
}, 300_000);
afterAll(() => closeFixture(f));

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id login role roleLabel unit { code } area { code } active } }`;
const input = (over: Record<string, unknown> = {}) => ({
  login: "tran.thi.mai", fullName: "Trần Thị Mai", role: "COMMUNE_OFFICER", unitCode: f.units.neighbour, password: "Matkhau-2026", ...over,
});

describe("account management", () => {
  it("lets the administrator create an officer who can then sign in", async () => {
    const admin = await f.api.as("quantri");
    const r = await admin.query<{ createUser: { id: string; roleLabel: string; unit: { code: string } } }>(CREATE, { input: input() });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({ roleLabel: "Viên chức dân số xã", unit: { code: f.units.neighbour } });
    await expect(authenticate(f.t.db, "tran.thi.mai", "Matkhau-2026", "10.1.1.1")).resolves.toMatchObject({ role: "COMMUNE_OFFICER" });
    const audit = (await f.t.pool.query(`SELECT details::text AS d FROM audit_log WHERE action = 'user.create' AND entity_id = $1`, [r.data!.createUser.id])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].d).not.toMatch(/Matkhau/);
  });

  it("refuses a role that does not fit the unit, a collaborator without an area, a weak password, a taken login", async () => {
    const admin = await f.api.as("quantri");
    const cases: [Record<string, unknown>, string][] = [
      [{ login: "a.b.c", role: "COMMUNE_OFFICER", unitCode: f.units.district }, "role"],
      [{ login: "a.b.d", role: "COLLABORATOR" }, "areaCode"],
      [{ login: "a.b.e", password: "ngan" }, "password"],
      [{ login: "xa" }, "login"],
      [{ login: "Trần Mai" }, "login"],
    ];
    for (const [over, field] of cases) {
      const r = await admin.query(CREATE, { input: input(over) });
      expect(r.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
      expect(Object.keys(r.errors![0]!.extensions!.fieldErrors as object)).toContain(field);
    }
  });

  it("keeps administrators and everyone else inside their scope", async () => {
    const hp = await f.api.as("quantri-hp");
    expect((await hp.query(CREATE, { input: input({ login: "x.y.z" }) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tinh = await f.api.as("tinh");
    expect((await tinh.query(CREATE, { input: input({ login: "x.y.w" }) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await tinh.query(`{ users(unitCode: "30") { totalCount } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await (await f.api.as("quantri")).query<{ users: { totalCount: number } }>(`{ users(unitCode: "30") { totalCount } }`);
    expect(list.data!.users.totalCount).toBeGreaterThanOrEqual(8);
  });

  it("deactivates an account (it can no longer sign in) but not one's own", async () => {
    const admin = await f.api.as("quantri");
    const id = (await f.t.pool.query(`SELECT id FROM app_user WHERE login = 'tran.thi.mai'`)).rows[0].id;
    const r = await admin.query<{ updateUser: { active: boolean } }>(`mutation ($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: String(id) });
    expect(r.data!.updateUser.active).toBe(false);
    await expect(authenticate(f.t.db, "tran.thi.mai", "Matkhau-2026", "10.1.1.2")).rejects.toThrow(/không đúng/);
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
