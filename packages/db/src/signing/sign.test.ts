import { describe, expect, it } from "vitest";
import { decryptPrivateKey, generateSigningKeyPair } from "./keys.js";
import { keyFingerprint, signSnapshot, verifySnapshot } from "./sign.js";

const secret = "s".repeat(64);
const snapshot = { form: "01-DSH", unit: "288", period: "2026-Q1", rows: [{ code: "POP_END", values: [12345, 6789] }] };

describe("report signatures", () => {
  const keys = generateSigningKeyPair(secret);
  const signed = signSnapshot(snapshot, decryptPrivateKey(keys.encryptedPrivateKey, secret));

  it("verify for the signed snapshot, whatever the key order", () => {
    const reordered = { rows: [{ values: [12345, 6789], code: "POP_END" }], period: "2026-Q1", unit: "288", form: "01-DSH" };
    expect(verifySnapshot(reordered, signed, keys.publicKey)).toBe(true);
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("fail when one value changes, with another key, or with a forged hash", () => {
    const changed = structuredClone(snapshot);
    changed.rows[0]!.values[1] = 6790;
    expect(verifySnapshot(changed, signed, keys.publicKey)).toBe(false);
    expect(verifySnapshot(snapshot, signed, generateSigningKeyPair(secret).publicKey)).toBe(false);
    expect(verifySnapshot(snapshot, { ...signed, contentHash: "0".repeat(64) }, keys.publicKey)).toBe(false);
  });

  it("keep the private key unusable without the server secret", () => {
    expect(() => decryptPrivateKey(keys.encryptedPrivateKey, "another secret")).toThrow();
    expect(keys.encryptedPrivateKey).not.toContain("PRIVATE KEY");
    expect(keyFingerprint(keys.publicKey)).toMatch(/^([0-9A-F]{4} ){3}[0-9A-F]{4}$/);
  });
});
