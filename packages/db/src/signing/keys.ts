// Each reporting unit signs its locked reports with an Ed25519 key pair (node:crypto).
// The public key is published; the private key is stored encrypted (AES-256-GCM) under a
// key derived from the signing secret (secret.ts), so a copy of the database alone cannot sign.
import { createCipheriv, createDecipheriv, createPrivateKey, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from "node:crypto";

function wrappingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "danso-report-signing", "private-key-wrapping-v1", 32));
}

export interface StoredKeyPair {
  /** SPKI PEM: published so that anyone can verify. */
  publicKey: string;
  /** base64(iv ‖ tag ‖ AES-256-GCM(PKCS#8 DER)). */
  encryptedPrivateKey: string;
}

export function generateSigningKeyPair(secret: string): StoredKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(), encryptedPrivateKey: encryptPrivateKey(privateKey, secret) };
}

/** base64(iv ‖ tag ‖ AES-256-GCM(PKCS#8 DER)) under a key derived from `secret`. */
export function encryptPrivateKey(privateKey: KeyObject, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(secret), iv);
  const encrypted = Buffer.concat([cipher.update(privateKey.export({ type: "pkcs8", format: "der" })), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString("base64");
}

export function decryptPrivateKey(encrypted: string, secret: string): KeyObject {
  const raw = Buffer.from(encrypted, "base64");
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  const der = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
}
