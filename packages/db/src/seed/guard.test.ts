// The rule for when `pnpm seed` and `pnpm start` may replace a database without being told.
import { describe, expect, it } from "vitest";
import { SeedRefusedError, dataWorthKeeping, describeRows } from "./guard.js";

const empty = { change_event: 0, pregnancy: 0, contraceptive_spell: 0, marriage: 0, residence: 0, person: 0, household: 0, area: 0,
  audit_log: 0, login_attempt: 0, report: 0, signing_key: 0, app_user: 0 };

describe("dataWorthKeeping", () => {
  it("finds nothing in a fresh database (units only) or one that has never been migrated", () => {
    expect(dataWorthKeeping(empty)).toEqual([]);
    expect(dataWorthKeeping({})).toEqual([]);
  });

  it("keeps accounts, reports, signing keys, audit rows and a population, one row being enough", () => {
    for (const table of ["app_user", "report", "signing_key", "audit_log", "person"]) {
      expect(dataWorthKeeping({ ...empty, [table]: 1 }), table).toEqual([{ table, rows: 1 }]);
    }
  });

  it("does not keep sign-in attempts or population rows without persons", () => {
    expect(dataWorthKeeping({ ...empty, login_attempt: 40, area: 3, household: 2 })).toEqual([]);
  });

  it("keeps rows of a table it does not know that the deletion would cascade to", () => {
    expect(dataWorthKeeping({ ...empty, user_session: 2 })).toEqual([{ table: "user_session", rows: 2 }]);
  });

  it("lists accounts first, as a demo database has them", () => {
    const demo = { ...empty, person: 1_060_000, household: 280_000, app_user: 9, audit_log: 12, report: 2 };
    expect(dataWorthKeeping(demo).map((r) => r.table)).toEqual(["app_user", "report", "audit_log", "person"]);
    expect(describeRows(dataWorthKeeping(demo))).toBe(
      "9 tài khoản (accounts), 2 báo cáo (reports), 12 dòng nhật ký truy cập (audit rows), 1.060.000 người (persons)");
  });
});

describe("SeedRefusedError", () => {
  it("says in Vietnamese and English what is there and how to go on", () => {
    const e = new SeedRefusedError([{ table: "app_user", rows: 3 }]);
    expect(e.message).toContain("3 tài khoản (accounts)");
    expect(e.message).toContain("chưa thay đổi gì");
    expect(e.message).toContain("pnpm seed --force");
    expect(e.message).toContain("nothing was changed");
  });
});
