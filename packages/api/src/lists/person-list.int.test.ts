// The lists through the API on the fixture register (testing/fixture.ts): who may draw them,
// that what they return is what the register holds, that files carry their audit line.
import { loadXlsx } from "@danso/documents/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeFixture, createFixture, TODAY, type Fixture } from "../testing/fixture.js";
import { createContext } from "../context.js";
import { loadViewer } from "../viewer.js";
import { listDownload } from "../downloads/list-download.js";
import { ApiError } from "../errors.js";

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
}, 300_000);
afterAll(() => closeFixture(f));

const LIST = `query($code: String!, $unit: String!, $date: Date, $after: String, $first: Int = 20) {
  personList(code: $code, unitCode: $unit, referenceDate: $date, first: $first, after: $after) {
    totalCount referenceDate unit { code name }
    definition { code name rule columns { key label } }
    byChild { name code count }
    pageInfo { hasNextPage endCursor }
    edges { node { id fullName sex birthDate age cccd householdCode commune headName } }
  }
}`;

type ListAnswer = {
  personList: {
    totalCount: number; referenceDate: string; unit: { code: string };
    byChild: { name: string; code: string; count: number }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; fullName: string; sex: string; birthDate: string; age: number; cccd: string | null } }[];
  };
};

/** Living residents of the commune (today's tree) on the date, aged 60 and more: counted here without the API's code. */
async function elderlyIn(communeCode: string, on: string): Promise<string[]> {
  const { rows } = await f.t.pool.query<{ id: string }>(
    `SELECT p.id::text FROM residence r JOIN person p ON p.id = r.person_id JOIN admin_unit u ON u.id = r.unit_id
      WHERE u.code = $1 AND u.path LIKE 'VN.T2025.%' AND r.valid_from <= $2 AND (r.valid_to IS NULL OR r.valid_to > $2)
        AND (p.death_date IS NULL OR p.death_date > $2) AND age($2::date, p.birth_date) >= interval '60 years' ORDER BY p.id`,
    [communeCode, on]);
  return rows.map((r) => r.id);
}

async function viewerContext(login: string) {
  const user = await f.t.db.user.findUniqueOrThrow({ where: { login } });
  return createContext(f.t.db, await loadViewer(f.t.db, user.id), { ip: "127.0.0.1", userAgent: "danso-tests" }, () => "x", TODAY);
}

async function auditRows(action: string, login: string) {
  return (await f.t.pool.query(`SELECT id::text, unit_path, details FROM audit_log WHERE action = $1 AND login = $2 ORDER BY audit_log.id`, [action, login])).rows;
}

describe("personList", () => {
  it("lists every elderly resident of a ward, page after page, and counts them by area", async () => {
    const client = await f.api.as("danhsach");
    const expected = await elderlyIn(f.units.commune, TODAY);
    expect(expected.length).toBeGreaterThan(8);
    const seen: string[] = [];
    let after: string | null = null;
    let first: ListAnswer["personList"] | null = null;
    do {
      const r: Awaited<ReturnType<typeof client.query<ListAnswer>>> = await client.query<ListAnswer>(LIST, { code: "ELDERLY", unit: f.units.commune, date: TODAY, after, first: 4 });
      expect(r.errors).toBeUndefined();
      first ??= r.data!.personList;
      seen.push(...r.data!.personList.edges.map((e) => e.node.id));
      after = r.data!.personList.pageInfo.hasNextPage ? r.data!.personList.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
    expect(first!.totalCount).toBe(expected.length);
    expect(first!.byChild.reduce((s, c) => s + c.count, 0)).toBe(expected.length);
    expect(first!.edges.every((e) => e.node.age >= 60)).toBe(true);
    // The preview masks identity numbers.
    expect(first!.edges.filter((e) => e.node.cccd).every((e) => /^\d{3}\*+\d{2}$/.test(e.node.cccd!))).toBe(true);
  });

  it("counts a province's list by its communes (today's tree has no districts)", async () => {
    const client = await f.api.as("danhsach");
    const r = await client.query<ListAnswer>(LIST, { code: "MILITARY_CALLUP", unit: f.units.province, date: TODAY });
    const list = r.data!.personList;
    expect(list.byChild.length).toBeGreaterThan(50);
    expect(list.byChild.every((c) => c.code && c.code.length === 5)).toBe(true);
    expect(list.byChild.reduce((s, c) => s + c.count, 0)).toBe(list.totalCount);
    expect(list.edges.every((e) => e.node.sex === "MALE" && e.node.age >= 18 && e.node.age <= 27)).toBe(true);
  });

  it("refuses the list to everyone without the list permission, with a clear message, and outside the exporter's units", async () => {
    for (const login of ["xa", "tinh", "trunguong", "ctv", "quantri", "pheduyet"]) {
      const r = await (await f.api.as(login)).query<ListAnswer>(LIST, { code: "ELDERLY", unit: f.units.commune, date: TODAY });
      expect(r.data, login).toBeNull();
      expect(r.errors?.[0]?.extensions?.code, login).toBe("FORBIDDEN");
      expect(r.errors?.[0]?.message, login).toMatch(/quyền lập danh sách/);
    }
    const anonymous = await f.api.anonymous.query<ListAnswer>(LIST, { code: "ELDERLY", unit: f.units.commune, date: TODAY });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const other = await (await f.api.as("danhsach")).query<ListAnswer>(LIST, { code: "ELDERLY", unit: f.units.otherProvince, date: TODAY });
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await (await f.api.as("danhsach")).query<ListAnswer>(LIST, { code: "NOPE", unit: f.units.commune, date: TODAY });
    expect(unknown.errors?.[0]?.message).toMatch(/Không có danh sách mã "NOPE"/);
  });

  it("writes a line of the audit trail for every preview, which the province officer can read", async () => {
    const before = (await auditRows("list.preview", "danhsach")).length;
    await (await f.api.as("danhsach")).query<ListAnswer>(LIST, { code: "GRADE_1", unit: f.units.commune, date: TODAY });
    const rows = await auditRows("list.preview", "danhsach");
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)!.details).toMatchObject({ code: "GRADE_1", referenceDate: TODAY });
    const seen = await (await f.api.as("tinh")).query<{ auditLog: { edges: { node: { action: string; login: string } }[] } }>(
      `query($u: String!) { auditLog(unitCode: $u, action: "list.preview", first: 5) { edges { node { action login } } } }`, { u: f.units.province });
    expect(seen.data!.auditLog.edges[0]!.node).toEqual({ action: "list.preview", login: "danhsach" });
  });
});

describe("list files", () => {
  async function read(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
    return Buffer.from(await new Response(stream).arrayBuffer());
  }

  it("the CSV holds the same persons as the list, and names its exporter and audit line", async () => {
    const file = await listDownload(await viewerContext("danhsach"), { code: "ELDERLY", unitCode: f.units.commune, date: TODAY, format: "csv" });
    expect(file.filename).toBe(`danh-sach-elderly-${f.units.commune}-${TODAY}.csv`);
    const text = (await read(file.stream)).toString("utf8");
    const [audit] = (await auditRows("export.list", "danhsach")).slice(-1);
    expect(audit!.details).toMatchObject({ code: "ELDERLY", format: "csv", total: (await elderlyIn(f.units.commune, TODAY)).length });
    expect(text).toContain(`nhật ký số ${audit!.id}`);
    expect(text).toMatch(/Xuất bởi .+ \(danhsach\)/);
    const data = text.split("\r\n").filter((l) => l && !l.startsWith("#") && !l.startsWith("\uFEFF#"));
    expect(data.length - 1).toBe((await elderlyIn(f.units.commune, TODAY)).length);
  });

  it("the XLSX of a province's call-up list reads back with every row and its full identity numbers", async () => {
    const file = await listDownload(await viewerContext("danhsach"), { code: "MILITARY_CALLUP", unitCode: f.units.province, date: TODAY, format: "xlsx" });
    const wb = await loadXlsx(await read(file.stream));
    const ws = wb.getWorksheet("Danh sách")!;
    const header = ws.getRow(6).values as string[];
    expect(header.slice(1, 4)).toEqual(["STT", "Họ và tên", "Ngày sinh"]);
    const { rows } = await f.t.pool.query(`SELECT details FROM audit_log WHERE action = 'export.list' ORDER BY id DESC LIMIT 1`);
    expect(ws.rowCount - 6).toBe(rows[0].details.total);
    const cccdColumn = header.indexOf("Số CCCD");
    const numbers = Array.from({ length: ws.rowCount - 6 }, (_, i) => ws.getRow(7 + i).getCell(cccdColumn).value).filter(Boolean);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => typeof n === "string" && /^\d{12}$/.test(n))).toBe(true);
  });

  it("refuses a file to a commune officer and writes no export line", async () => {
    const before = (await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.list'`)).rows[0].n;
    const refused = await listDownload(await viewerContext("xa"), { code: "ELDERLY", unitCode: f.units.commune, date: TODAY, format: "pdf" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe("FORBIDDEN");
    const after = (await f.t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.list'`)).rows[0].n;
    expect(after).toBe(before);
  });
});
