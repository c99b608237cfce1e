// What `pnpm seed` deletes, and whether that is data worth keeping. The seed empties the
// population and every account, report and audit row; on a database that people have used
// that is a loss no one can undo, so `pnpm seed` and `pnpm start` refuse unless told
// explicitly (`pnpm seed --force`), and then say what they delete.
import pg from "pg";

/** The register's population: emptied and refilled by the seed. */
export const POPULATION_TABLES = [
  "change_event", "pregnancy", "contraceptive_spell", "marriage", "residence", "person", "household", "area",
] as const;

/** Every table the seed empties. Administrative units and the migration history stay. */
export const CLEARED_TABLES = ["household_readdress", "data_step", ...POPULATION_TABLES, "audit_log", "login_attempt", "report", "signing_key", "app_user"] as const;

/** The statistics engine's kept counts and their change log: a cache of the register,
 * emptied with it and never worth keeping or reporting. */
export const CACHE_TABLES = ["kept_counts", "register_change"] as const;

/** Tables whose rows are worth keeping: accounts, reports and the keys that signed them,
 * the audit trail, and a population (which a seeded database never has without accounts,
 * so only a register filled some other way has it). Sign-in attempts are not: they only
 * feed the rate limit. */
export const KEPT_TABLES = ["app_user", "report", "signing_key", "audit_log", "person"] as const;

/** Rows per table, by PostgreSQL table name. */
export type TableCounts = Record<string, number>;

const LABELS: Record<string, string> = {
  app_user: "tài khoản (accounts)",
  report: "báo cáo (reports)",
  signing_key: "khóa ký (signing keys)",
  audit_log: "dòng nhật ký truy cập (audit rows)",
  login_attempt: "lượt đăng nhập (sign-in attempts)",
  person: "người (persons)",
  household: "hộ (households)",
  area: "địa bàn (areas)",
  residence: "thời kỳ cư trú (residence spells)",
  marriage: "hôn nhân (marriages)",
  contraceptive_spell: "thời kỳ dùng biện pháp tránh thai (contraceptive spells)",
  pregnancy: "lần mang thai (pregnancies)",
  change_event: "biến động (change events)",
  household_readdress: "hộ chuyển sang đơn vị mới (household re-addressing)",
  data_step: "bước cập nhật dữ liệu (data steps)",
};

export interface TableRows {
  table: string;
  rows: number;
}

/** The rule: the rows of `counts` that make a database worth keeping (empty: the seed may
 * replace it without being told). Tables the seed would empty but does not know (they
 * reference its tables and go with them, TRUNCATE … CASCADE) count as worth keeping too. */
export function dataWorthKeeping(counts: TableCounts): TableRows[] {
  const known = new Set<string>(CLEARED_TABLES);
  const kept = new Set<string>(KEPT_TABLES);
  return orderTables(counts)
    .filter((t) => kept.has(t) || !known.has(t))
    .map((table) => ({ table, rows: counts[table] ?? 0 }))
    .filter((r) => r.rows > 0);
}

/** Kept tables first, then the population, then the rest by name. */
function orderTables(counts: TableCounts): string[] {
  const order = [...KEPT_TABLES, ...CLEARED_TABLES.filter((t) => !(KEPT_TABLES as readonly string[]).includes(t))] as string[];
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  return Object.keys(counts).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** "9 tài khoản (accounts), 2 báo cáo (reports), …": the non-empty tables of `counts`. */
export function describeRows(counts: TableCounts | TableRows[]): string {
  const rows = Array.isArray(counts) ? counts : orderTables(counts).map((table) => ({ table, rows: counts[table] ?? 0 }));
  const parts = rows.filter((r) => r.rows > 0).map((r) => `${r.rows.toLocaleString("vi-VN")} ${LABELS[r.table] ?? `dòng bảng ${r.table} (rows of ${r.table})`}`);
  return parts.length ? parts.join(", ") : "không có dòng nào (nothing)";
}

/** Thrown, before anything changes, when the database holds data worth keeping. */
export class SeedRefusedError extends Error {
  constructor(readonly kept: TableRows[]) {
    super(
      `Cơ sở dữ liệu đang có ${describeRows(kept)}. Sinh dữ liệu minh họa sẽ xóa toàn bộ, nên chưa thay đổi gì. ` +
        "Nếu thật sự muốn xóa và sinh lại, chạy: pnpm seed --force\n" +
        "(The database holds accounts, reports, audit rows or a population; the seed would delete them all, so nothing was changed. " +
        "To delete them and generate anew: pnpm seed --force)",
    );
    this.name = "SeedRefusedError";
  }
}

/** Rows in every table the seed would empty: its own tables that exist, and every table
 * that references one of them (TRUNCATE … CASCADE empties those too). Tables not created
 * yet (a database before its first migration) are left out. */
export async function countClearedRows(client: pg.ClientBase): Promise<TableCounts> {
  const { rows: tables } = await client.query<{ name: string }>(
    `WITH RECURSIVE cleared(oid) AS (
       SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname = ANY($1)
       UNION
       SELECT f.conrelid FROM pg_constraint f JOIN cleared ON f.confrelid = cleared.oid WHERE f.contype = 'f')
     SELECT c.relname AS name FROM cleared JOIN pg_class c ON c.oid = cleared.oid ORDER BY 1`,
    [[...CLEARED_TABLES]],
  );
  if (!tables.length) return {};
  const { rows } = await client.query<Record<string, string>>(
    `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM ${pg.escapeIdentifier(t.name)}) AS c${i}`).join(", ")}`,
  );
  return Object.fromEntries(tables.map((t, i) => [t.name, Number(rows[0]?.[`c${i}`] ?? 0)]));
}

/** The same, opening its own connection. */
export async function countSeedTables(url: string): Promise<TableCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await countClearedRows(client);
  } finally {
    await client.end();
  }
}
