// A small real register for the API's integration tests: Hải Dương, Hải Phòng and Lai Châu
// generated at 0.3 % of their size on the tree before 1 July 2025 and re-addressed that day
// (Hải Dương and Hải Phòng merged into the new Hải Phòng city; Lai Châu stayed a province),
// the demo accounts, and one person at each distance from them. The district officer
// (huyen) stays on the abolished district: it reads only that district's history.
import { seedPopulation } from "@danso/db/admin";
import { createTestDatabase, type TestDatabase } from "@danso/db/testing";
import { startTestApi, type TestApi } from "./index.js";

export const TODAY = "2026-11-25";

export interface Target {
  personId: number;
  householdId: number;
  householdCode: string;
  communeCode: string;
}

export interface Fixture {
  t: TestDatabase;
  api: TestApi;
  /** Codes: the province and commune of today's tree (tinh's and xa's), the abolished
   * district (huyen's), and the communes of today's tree where the other people live. */
  units: { province: string; district: string; commune: string; neighbour: string; otherDistrict: string; otherProvince: string };
  /** A person in the collaborator's area, in an area of the same commune founded after the
   * reorganisation, in another commune of the province that was in the old district, in a
   * commune of the province that was not, and in another province. All but otherArea have
   * lived in their household since before 1 July 2025. */
  people: { ownArea: Target; otherArea: Target; neighbour: Target; otherDistrict: Target; otherProvince: Target };
}

async function residentOf(t: TestDatabase, where: string, params: unknown[]): Promise<Target> {
  const { rows } = await t.pool.query(
    `SELECT p.id AS "personId", h.id AS "householdId", h.code AS "householdCode", u.code AS "communeCode"
       FROM residence r JOIN person p ON p.id = r.person_id JOIN household h ON h.id = r.household_id
       JOIN admin_unit u ON u.id = r.unit_id
      WHERE r.valid_to IS NULL AND ${where} ORDER BY p.id LIMIT 1`, params);
  if (!rows[0]) throw new Error(`No resident for ${where}`);
  return rows[0] as Target;
}

/** Re-addressed on 1 July 2025 from a commune of the old district $1 (or, with NOT, from elsewhere). */
const fromDistrict = (not: "" | "NOT") => `r.start_reason = 'REORGANISATION' AND ${not} EXISTS (
  SELECT 1 FROM residence o JOIN admin_unit oc ON oc.id = o.unit_id
   WHERE o.person_id = r.person_id AND o.valid_to = r.valid_from AND o.end_reason = 'REORGANISATION' AND oc.parent_id = $1)`;

export async function createFixture(): Promise<Fixture> {
  const t = await createTestDatabase();
  await seedPopulation(t.url, { provinces: ["30", "31", "12"], scale: 0.003, seed: 3, today: TODAY }, () => {});
  const q = async (sql: string, params: unknown[] = []) => (await t.pool.query(sql, params)).rows[0];
  const xa = await q(`SELECT u.unit_id, a.code, a.parent_id FROM app_user u JOIN admin_unit a ON a.id = u.unit_id WHERE login = 'xa'`);
  const ctv = await q(`SELECT area_id FROM app_user WHERE login = 'ctv'`);
  const district = await q(`SELECT a.id, a.code FROM app_user u JOIN admin_unit a ON a.id = u.unit_id WHERE login = 'huyen'`);
  const province = await q(`SELECT id, code FROM admin_unit WHERE id = $1`, [xa.parent_id]);

  // A second area in the collaborator's commune, founded after the reorganisation, with one
  // household and one resident: no part of the old district's history.
  const area = await q(`INSERT INTO area (code, name, unit_id) VALUES ($1 || '-99', 'Tổ dân phố 99', $2) RETURNING id`, [xa.code, xa.unit_id]);
  const household = await q(`INSERT INTO household (code, area_id, unit_id, address, established_on) VALUES ($1 || '-99-0001', $2, $3, 'Số 1, Tổ dân phố 99', '2025-08-01') RETURNING id`, [xa.code, area.id, xa.unit_id]);
  const person = await q(`INSERT INTO person (household_id, full_name, search_name, sex, birth_date, ethnicity, education, marital_status, relation_to_head)
    VALUES ($1, 'Trần Văn Bình', 'tran van binh', 'MALE', '1980-03-04', '01', 'UPPER_SECONDARY', 'NEVER_MARRIED', 'HEAD') RETURNING id`, [household.id]);
  await t.pool.query(`INSERT INTO residence (person_id, household_id, unit_id, valid_from, start_reason, sex, birth_date)
    VALUES ($1, $2, $3, '2025-08-01', 'INITIAL', 'MALE', '1980-03-04')`, [person.id, household.id, xa.unit_id]);

  const ownArea = await residentOf(t, `h.area_id = $2 AND ${fromDistrict("")}`, [district.id, ctv.area_id]);
  const otherArea = await residentOf(t, "h.area_id = $1", [area.id]);
  const neighbour = await residentOf(t, `u.parent_id = $2 AND u.id <> $3 AND ${fromDistrict("")}`, [district.id, province.id, xa.unit_id]);
  const otherDistrict = await residentOf(t, `u.parent_id = $2 AND ${fromDistrict("NOT")}`, [district.id, province.id]);
  const otherProvince = await residentOf(t, "u.path LIKE 'VN.T2025.12.%'", []);
  const api = await startTestApi(t.db);
  return {
    t,
    api,
    units: {
      province: province.code,
      district: district.code,
      commune: xa.code,
      neighbour: neighbour.communeCode,
      otherDistrict: otherDistrict.communeCode,
      otherProvince: otherProvince.communeCode,
    },
    people: { ownArea, otherArea, neighbour, otherDistrict, otherProvince },
  };
}

export async function closeFixture(f: Fixture | undefined): Promise<void> {
  await f?.api.close();
  await f?.t.drop();
}
