// pnpm reorganise [--import households.csv]
// Runs the re-addressing of 1 July 2025 on the register now, with an administrator's import
// of where the households of divided communes go (household code, new commune code); the
// households the file does not name go by the successors' shares. `pnpm start` runs the
// same step without an import the first time it meets a register of the old tree, so a
// province that wants its own assignment runs this first. The step runs once: afterwards
// it refuses, changing nothing.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { prepareDatabase } from "../prepare.js";
import { resolveDatabase } from "../postgres/resolve.js";
import { READDRESS_STEP } from "./apply.js";
import { parseReaddressImport } from "./import-file.js";
import type { ReaddressImport } from "./readdress.js";

const HELP = `pnpm reorganise [--import households.csv]

Chuyển sổ hộ sang đơn vị hành chính mới từ ngày 01/07/2025 ngay bây giờ, theo tệp CSV hai cột
(mã hộ, mã xã mới) cho các hộ của xã bị chia; hộ không có trong tệp được chia theo tỷ lệ.
Chỉ chạy một lần; pnpm start tự chạy bước này (không có tệp) nếu chưa chạy.
(Re-addresses the register to the units of 1 July 2025 now, with a two-column CSV of
household code and new commune code for the households of divided communes; the others go
by share. Runs once; pnpm start runs it without a file if it has not run.)
`;

const { values } = parseArgs({ options: { import: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
let imported: ReaddressImport | undefined;
try {
  imported = values.import ? parseReaddressImport(readFileSync(values.import, "utf8")) : undefined;
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
if (imported) console.log(`Tệp chuyển hộ: ${imported.size.toLocaleString("vi-VN")} hộ (households)`);

const db = await resolveDatabase(process.env, () => {});
let code = 0;
try {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const done = await client.query("SELECT done_at FROM data_step WHERE name = $1", [READDRESS_STEP]).catch(() => ({ rows: [] }));
  await client.end();
  if (done.rows[0]) {
    console.error(`Sổ đã được chuyển sang đơn vị mới lúc ${done.rows[0].done_at.toISOString()}: không thay đổi gì (already done, nothing changed).`);
    code = 1;
  } else {
    await prepareDatabase(db.url, console.log, undefined, { imported });
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
