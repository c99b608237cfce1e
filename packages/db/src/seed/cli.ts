// pnpm seed [--province 30[,31]] [--scale 1] [--seed 1] [--today 2026-11-25]
// Without options: the demo population (63 provinces, about a million persons).
// `pnpm seed --province 30 --scale 1` gives Hải Dương at its real size.
import { parseArgs } from "node:util";
import { isIsoDate } from "@danso/domain";
import { prepareDatabase } from "../prepare.js";
import { resolveDatabase } from "../postgres/resolve.js";
import { seedPopulation } from "./seed.js";

const { values } = parseArgs({
  options: {
    province: { type: "string" },
    scale: { type: "string" },
    seed: { type: "string" },
    today: { type: "string" },
  },
});
const provinces = values.province?.split(",").map((p) => p.trim().padStart(2, "0")).filter(Boolean);
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (scale !== undefined && !(scale > 0 && scale <= 2)) throw new Error("--scale must be a number in (0, 2]");
if (values.today && !isIsoDate(values.today)) throw new Error("--today must be a date YYYY-MM-DD");

const db = await resolveDatabase(process.env, () => {});
try {
  await prepareDatabase(db.url, console.log);
  const r = await seedPopulation(db.url, { provinces, scale, seed: values.seed, today: values.today });
  const s = r.summary;
  console.log(`Xong trong ${r.seconds.total.toFixed(0)} s (sinh ${r.seconds.generate.toFixed(0)} s, ghi ${r.seconds.write.toFixed(0)} s): ` +
    `${s.personsToday.toLocaleString("vi-VN")} người đang cư trú trong ${s.householdsToday.toLocaleString("vi-VN")} hộ; ` +
    `${r.events.toLocaleString("vi-VN")} biến động từ 2021; ${Math.round(r.persons / r.seconds.total).toLocaleString("vi-VN")} người/giây.`);
  console.log(`Kiểm tra: tuổi trung vị ${s.medianAge.toFixed(1)}, quy mô hộ ${s.meanHouseholdSize.toFixed(2)}, TFR 2021–nay ${s.totalFertilityRate.toFixed(2)}, SRB ${s.sexRatioAtBirth.toFixed(1)}`);
} finally {
  await db.stop();
}
