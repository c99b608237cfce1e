// Passwords are stored as Argon2id hashes (OWASP's first choice), never in clear.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** A hash of a random secret, made with the same cost as real ones: sign-in checks a
 * password against it when the login is unknown or deactivated, so that such a login
 * costs the same Argon2 run and answers no faster than a real one. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString("base64url"));
  return decoy;
}
