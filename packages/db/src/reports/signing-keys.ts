// Each reporting unit's Ed25519 key: created on first use, kept until revoked.
import type { KeyObject } from "node:crypto";
import type { Prisma, SigningKey } from "../generated/prisma/client.js";
import { decryptPrivateKey, generateSigningKeyPair } from "../signing/keys.js";

export async function unitSigningKey(tx: Prisma.TransactionClient, unitId: number, secret: string): Promise<{ key: SigningKey; privateKey: KeyObject }> {
  // One key per unit even when two approvals race: lock the unit's row first.
  await tx.$queryRaw`SELECT id FROM admin_unit WHERE id = ${unitId} FOR UPDATE`;
  let key = await tx.signingKey.findFirst({ where: { unitId, revokedAt: null }, orderBy: { id: "desc" } });
  if (!key) {
    const pair = generateSigningKeyPair(secret);
    key = await tx.signingKey.create({ data: { unitId, publicKey: pair.publicKey, encryptedPrivateKey: pair.encryptedPrivateKey } });
  }
  return { key, privateKey: decryptPrivateKey(key.encryptedPrivateKey, secret) };
}

/** Revokes a unit's current key: reports it signed fail verification from now on, and the
 * next signature of the unit creates a new key. */
export async function revokeUnitSigningKey(tx: Prisma.TransactionClient, unitId: number, at: Date = new Date()): Promise<SigningKey | null> {
  await tx.$queryRaw`SELECT id FROM admin_unit WHERE id = ${unitId} FOR UPDATE`;
  const key = await tx.signingKey.findFirst({ where: { unitId, revokedAt: null }, orderBy: { id: "desc" } });
  return key && tx.signingKey.update({ where: { id: key.id }, data: { revokedAt: at } });
}
