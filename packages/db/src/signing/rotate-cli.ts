// pnpm signing-secret:rotate — a new signing secret, and every unit's private key encrypted
// again under it (rotate-secret.ts). With the secret in its file (the default), the file is
// replaced; with DANSO_SIGNING_SECRET in the environment, give the new value in
// DANSO_NEW_SIGNING_SECRET and set it in the environment afterwards.
// Stop the portal first when it uses the embedded PostgreSQL (one server per data folder).
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { resolveDatabase } from "../postgres/resolve.js";
import { getDb } from "../client.js";
import { rotateSigningSecret } from "./rotate-secret.js";
import { newSigningSecret, readSigningSecret, signingSecretFile } from "./secret.js";

const env = process.env;
const oldSecret = readSigningSecret(env);
if (!oldSecret) {
  console.error(`Chưa có khóa bảo vệ chữ ký số để thay (no signing secret to rotate): ${signingSecretFile(env)}`);
  process.exit(1);
}
const inEnvironment = Boolean(env.DANSO_SIGNING_SECRET);
if (inEnvironment && !env.DANSO_NEW_SIGNING_SECRET) {
  console.error("DANSO_SIGNING_SECRET đặt trong biến môi trường: hãy cho khóa mới trong DANSO_NEW_SIGNING_SECRET (give the new secret in DANSO_NEW_SIGNING_SECRET)");
  process.exit(1);
}
const newSecret = env.DANSO_NEW_SIGNING_SECRET || newSigningSecret();
const file = signingSecretFile(env);
// The new secret is on disk before the keys are re-encrypted: if the machine stops between
// the commit and the rename, signing-secret.new holds the secret that opens the keys.
if (!inEnvironment) writeFileSync(`${file}.new`, newSecret, { mode: 0o600 });

const database = await resolveDatabase(env);
let code = 0;
try {
  const { keys } = await rotateSigningSecret(getDb(database.url), oldSecret, newSecret);
  if (!inEnvironment) renameSync(`${file}.new`, file);
  console.log(`Đã mã hóa lại ${keys} khóa ký số bằng khóa mới (${keys} signing keys re-encrypted).`);
  console.log(inEnvironment ? "Hãy đặt DANSO_SIGNING_SECRET bằng giá trị mới rồi khởi động lại cổng thông tin." : `Khóa mới đã ghi vào ${file}.`);
} catch (error) {
  if (!inEnvironment) rmSync(`${file}.new`, { force: true });
  console.error((error as Error).message);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
