// The secret that wraps the units' private signing keys. It is its own setting, never the
// session secret, and by default it lives outside the data folder: a copy of `.data` (a
// backup, a stolen disk image of the database) then holds only encrypted keys that
// cannot sign. Rotating it re-encrypts every stored key (rotate-secret.ts).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RegisterError } from "../register/errors.js";

type Env = Record<string, string | undefined>;

/** DANSO_SIGNING_SECRET_FILE, else $XDG_CONFIG_HOME/danso/signing-secret (~/.config/danso/…). */
export function signingSecretFile(env: Env = process.env): string {
  if (env.DANSO_SIGNING_SECRET_FILE) return env.DANSO_SIGNING_SECRET_FILE;
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config");
  return path.join(config, "danso", "signing-secret");
}

/** DANSO_SIGNING_SECRET, else the secret file's content; null when neither is set. */
export function readSigningSecret(env: Env = process.env): string | null {
  if (env.DANSO_SIGNING_SECRET) return env.DANSO_SIGNING_SECRET;
  const file = signingSecretFile(env);
  return existsSync(file) ? readFileSync(file, "utf8").trim() || null : null;
}

/** The secret, creating the file with a new random one the first time (pnpm start). */
export function ensureSigningSecret(env: Env = process.env): { secret: string; created: string | null } {
  const existing = readSigningSecret(env);
  if (existing) return { secret: existing, created: null };
  const file = signingSecretFile(env);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = newSigningSecret();
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return { secret, created: file };
}

export const newSigningSecret = (): string => randomBytes(32).toString("hex");

/** The secret for signing now, or a clear error for the officer and the operator. */
export function requireSigningSecret(env: Env = process.env): string {
  const secret = readSigningSecret(env);
  if (!secret) {
    throw new RegisterError(
      "INVALID_STATE",
      "Máy chủ chưa được cấu hình khóa bảo vệ chữ ký số (DANSO_SIGNING_SECRET): hãy báo quản trị hệ thống",
      `The server has no signing secret: set DANSO_SIGNING_SECRET or create ${signingSecretFile(env)}`,
    );
  }
  return secret;
}
