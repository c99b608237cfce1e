// Rotating the signing secret: every stored private key is decrypted with the old secret
// and encrypted again with the new one, in one transaction. A key the old secret cannot
// open stops the rotation and nothing changes (a wrong old secret must not leave half the
// keys under one secret and half under the other). Public keys and signatures stay as
// they are, so every signed report still verifies.
import type { Db } from "../client.js";
import { decryptPrivateKey, encryptPrivateKey } from "./keys.js";

export async function rotateSigningSecret(db: Db, oldSecret: string, newSecret: string): Promise<{ keys: number }> {
  if (newSecret === oldSecret) throw new Error("Khóa mới trùng khóa cũ (the new secret equals the old one)");
  return db.$transaction(async (tx) => {
    // Keys created while rotating would be wrapped under the old secret: hold them off.
    await tx.$executeRaw`LOCK TABLE signing_key IN EXCLUSIVE MODE`;
    const keys = await tx.signingKey.findMany({ select: { id: true, unitId: true, encryptedPrivateKey: true }, orderBy: { id: "asc" } });
    for (const key of keys) {
      let privateKey;
      try {
        privateKey = decryptPrivateKey(key.encryptedPrivateKey, oldSecret);
      } catch {
        throw new Error(`Khóa cũ không mở được khóa ký số ${key.id} (đơn vị ${key.unitId}): không thay đổi gì (the old secret does not open signing key ${key.id}; nothing changed)`);
      }
      await tx.signingKey.update({ where: { id: key.id }, data: { encryptedPrivateKey: encryptPrivateKey(privateKey, newSecret) } });
    }
    return { keys: keys.length };
  }, { timeout: 120_000 });
}
