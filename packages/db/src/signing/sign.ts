// Signing and verifying a report's snapshot: the canonical JSON of the snapshot is hashed
// (SHA-256, shown on the printed report) and signed (Ed25519).
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { canonicalJson } from "@danso/domain";

export interface Signed {
  /** SHA-256 of the canonical JSON, hex. */
  contentHash: string;
  /** Ed25519 signature of the canonical JSON, base64. */
  signature: string;
}

export function hashSnapshot(snapshot: unknown): string {
  return createHash("sha256").update(canonicalJson(snapshot)).digest("hex");
}

export function signSnapshot(snapshot: unknown, privateKey: KeyObject): Signed {
  const bytes = Buffer.from(canonicalJson(snapshot));
  return { contentHash: createHash("sha256").update(bytes).digest("hex"), signature: sign(null, bytes, privateKey).toString("base64") };
}

/** True when `signature` is the key's signature of exactly this snapshot and `contentHash`
 * is its hash. Any changed value, key or hash makes it false. */
export function verifySnapshot(snapshot: unknown, signed: Signed, publicKeyPem: string): boolean {
  try {
    const bytes = Buffer.from(canonicalJson(snapshot));
    if (createHash("sha256").update(bytes).digest("hex") !== signed.contentHash) return false;
    return verify(null, bytes, createPublicKey(publicKeyPem), Buffer.from(signed.signature, "base64"));
  } catch {
    return false;
  }
}

/** A short fingerprint of a public key to print on reports (SHA-256 of the SPKI, 16 hex). */
export function keyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");
}
