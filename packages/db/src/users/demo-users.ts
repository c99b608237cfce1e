// The demo accounts: one officer per level for one province, district and commune, a
// collaborator of one area there, a list exporter, a report approver and publisher, and
// a central system administrator. Their passwords are for the demo only (README), and count
// as chosen by their users: no one-time code is pending (one_time_code_until stays null), so
// they sign in with DanSo@2026 directly. Re-seeding ends their sessions.
import type pg from "pg";
import { hashPassword } from "./password.js";

export const DEMO_PASSWORD = "DanSo@2026";

export interface DemoUser {
  login: string;
  fullName: string;
  role: string;
  scope: "nation" | "province" | "district" | "commune";
  area?: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  { login: "quantri", fullName: "Phạm Minh Tuấn", role: "SYSTEM_ADMIN", scope: "nation" },
  { login: "trunguong", fullName: "Nguyễn Thị Thanh Hà", role: "CENTRAL_OFFICER", scope: "nation" },
  { login: "tinh", fullName: "Trần Văn Hùng", role: "PROVINCE_OFFICER", scope: "province" },
  { login: "pheduyet", fullName: "Đỗ Thị Lan", role: "REPORT_APPROVER", scope: "province" },
  { login: "congbo", fullName: "Vũ Đức Anh", role: "PUBLISHER", scope: "province" },
  { login: "danhsach", fullName: "Bùi Thị Mai", role: "LIST_EXPORTER", scope: "province" },
  { login: "huyen", fullName: "Hoàng Văn Nam", role: "DISTRICT_OFFICER", scope: "district" },
  { login: "xa", fullName: "Lê Thị Thu Hằng", role: "COMMUNE_OFFICER", scope: "commune" },
  { login: "ctv", fullName: "Nguyễn Thị Huệ", role: "COLLABORATOR", scope: "commune", area: true },
];

export interface DemoPlace {
  nation: number;
  province: number;
  district: number;
  commune: number;
  area: number;
}

/** The demo's place: the given province (default Hải Dương, 30) if it has people, its
 * first district with people, in it the given commune (default Phường Cẩm Thượng, since
 * 1 July 2025 part of Phường Thành Đông, Thành phố Hải Phòng) or else the most populous
 * one, and its first area. Chosen on the tree before the reorganisation, which then moves
 * the province, commune and collaborator accounts to the new units. */
export async function pickDemoPlace(client: pg.ClientBase, provinceCode = "30", communeCode = "10507"): Promise<DemoPlace> {
  const { rows } = await client.query<{ nation: number; province: number; district: number; commune: number; area: number }>(
    `WITH counts AS (
       SELECT h.unit_id, h.area_id, count(*) AS n FROM household h WHERE h.status = 'ACTIVE' GROUP BY 1, 2)
     SELECT n.id AS nation, p.id AS province, d.id AS district, c.id AS commune,
            (SELECT min(area_id) FROM counts WHERE unit_id = c.id) AS area
       FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit p ON p.id = d.parent_id
       JOIN admin_unit n ON n.id = p.parent_id
       JOIN (SELECT unit_id, sum(n) AS n FROM counts GROUP BY 1) s ON s.unit_id = c.id
      WHERE c.level = 3
      ORDER BY (p.code = $1) DESC, d.code, (c.code = $2) DESC, s.n DESC
      LIMIT 1`,
    [provinceCode, communeCode],
  );
  if (!rows[0]) throw new Error("No household in the register: generate a population first");
  return rows[0];
}

export async function createDemoUsers(client: pg.ClientBase, place: DemoPlace): Promise<number> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await client.query(
      `INSERT INTO app_user (login, password_hash, full_name, role, unit_id, area_id)
       VALUES ($1, $2, $3, $4::role, $5, $6)
       ON CONFLICT (login) DO UPDATE SET password_hash = EXCLUDED.password_hash, full_name = EXCLUDED.full_name,
         role = EXCLUDED.role, unit_id = EXCLUDED.unit_id, area_id = EXCLUDED.area_id, active = true,
         one_time_code_until = NULL, session_version = app_user.session_version + 1`,
      [u.login, hash, u.fullName, u.role, place[u.scope], u.area ? place.area : null],
    );
  }
  return DEMO_USERS.length;
}
