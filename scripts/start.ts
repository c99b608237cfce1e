// `pnpm start`: the portal on http://localhost:3000 with nothing but Node installed.
// Starts PostgreSQL (embedded, unless DATABASE_URL is set), applies migrations, generates
// the demo population the first time, builds the web app when its sources changed, and
// serves it. Ctrl-C stops the web server and PostgreSQL cleanly.
// `pnpm dev` does the same with `next dev` (hot reload) instead of a production build.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS, countPersons, countSeedTables, dataWorthKeeping, describeRows, ensureSigningSecret, prepareDatabase, repoRoot, resolveDatabase, rotateSigningSecret, seedPopulation } from "@danso/db/admin";
import { getDb } from "@danso/db";
import { needsBuild, webBuildSources } from "./web-build.js";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const root = repoRoot();
const web = path.join(root, "apps/web");
const next = path.join(web, "node_modules/.bin/next");
const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`);

function run(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(next, args, { cwd: web, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "inherit" });
}

/** The session-signing secret: NEXTAUTH_SECRET, or one generated once and kept beside the
 * data (so sessions survive a restart, and no secret is ever committed). */
function authEnv(): Record<string, string> {
  let secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    const file = path.join(root, ".data", "nextauth-secret");
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    }
    secret = readFileSync(file, "utf8").trim();
  }
  return { NEXTAUTH_SECRET: secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
}

const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));

step(1, process.env.DATABASE_URL ? "Kết nối PostgreSQL theo DATABASE_URL" : `Khởi động PostgreSQL nhúng (dữ liệu trong ${process.env.DANSO_DATA_DIR ?? ".data/postgres"})`);
const db = await resolveDatabase(process.env);
let child: ChildProcess | undefined;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nĐang dừng…");
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await exited(child);
  }
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

try {
  step(2, "Áp dụng migration và nạp danh mục đơn vị hành chính");
  await prepareDatabase(db.url, (m) => console.log(`  ${m}`));
  // The demo population only into a database with nothing worth keeping: a database that
  // holds a population, accounts, reports or audit rows is served as it is.
  const persons = await countPersons(db.url);
  const kept = persons > 0 ? [] : dataWorthKeeping(await countSeedTables(db.url));
  if (persons > 0) {
    step(3, `Đã có dữ liệu (${persons.toLocaleString("vi-VN")} người): bỏ qua bước sinh dữ liệu`);
  } else if (kept.length === 0) {
    step(3, "Lần chạy đầu: sinh dân số minh họa (63 tỉnh, khoảng 1 triệu người; vài phút)");
    await seedPopulation(db.url, { onDataWorthKeeping: "refuse" }, (m) => console.log(`  ${m}`));
  } else {
    step(3, `Chưa có dân số nhưng đã có ${describeRows(kept)}: không sinh dân số minh họa (muốn xóa và sinh lại: pnpm seed --force)`);
  }

  const auth = authEnv();
  const env = { DATABASE_URL: db.url, ...auth };
  // The secret that wraps the units' signing keys: its own file, outside the data folder.
  const signing = ensureSigningSecret();
  if (signing.created) {
    console.log(`  Đã tạo khóa bảo vệ chữ ký số: ${signing.created} (hãy sao lưu riêng, không cùng dữ liệu)`);
    // Before it had its own setting the session secret wrapped the keys: move them over.
    const moved = await rotateSigningSecret(getDb(db.url), auth.NEXTAUTH_SECRET!, signing.secret).catch((e: Error) => e);
    if (moved instanceof Error) console.warn(`  Cảnh báo: ${moved.message}`);
    else if (moved.keys) console.log(`  Đã chuyển ${moved.keys} khóa ký số sang khóa bảo vệ mới`);
  }
  if (dev) {
    step(4, `Chạy máy chủ phát triển: http://localhost:${port}`);
    child = run(["dev", "--webpack", "-p", port], env);
  } else {
    if (needsBuild(path.join(web, ".next", "BUILD_ID"), webBuildSources(root))) {
      step(4, "Biên dịch ứng dụng web (next build, khoảng một phút)");
      if ((await exited(run(["build", "--webpack"], env))) !== 0) throw new Error("next build thất bại");
    } else {
      step(4, "Bản biên dịch còn mới: bỏ qua next build");
    }
    child = run(["start", "-p", port], env);
  }
  console.log(`\nCổng thông tin: http://localhost:${port}`);
  console.log(`Tài khoản minh họa (mật khẩu ${DEMO_PASSWORD}, chỉ dùng để thử): ${DEMO_USERS.map((u) => u.login).join(", ")}`);
  console.log("Nhấn Ctrl-C để dừng.");
  const code = await exited(child);
  if (!stopping) await stop(code);
} catch (error) {
  console.error(error);
  await stop(1);
}
