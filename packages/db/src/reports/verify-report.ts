// Anyone can check a signed report: the stored snapshot, re-serialized canonically, must
// carry the unit's signature under its published public key. A key that was revoked (lost,
// or its holder left) proves nothing from the moment of its revocation, whatever it signed.
import type { Db } from "../client.js";
import { keyFingerprint, verifySnapshot } from "../signing/sign.js";
import { reportNotFound } from "./errors.js";

export interface SignatureCheck {
  reportId: number;
  signed: boolean;
  valid: boolean;
  contentHash: string | null;
  publicKey: string | null;
  fingerprint: string | null;
  /** When the key was revoked, if it was; the check fails from then on. */
  keyRevokedAt: Date | null;
}

export async function checkReportSignature(db: Db, reportId: number, now: Date = new Date()): Promise<SignatureCheck> {
  const report = await db.report.findUnique({ where: { id: reportId }, include: { signingKey: true } });
  if (!report) throw reportNotFound(reportId);
  if (!report.signature || !report.contentHash || !report.signingKey) {
    return { reportId, signed: false, valid: false, contentHash: null, publicKey: null, fingerprint: null, keyRevokedAt: null };
  }
  const { publicKey, revokedAt } = report.signingKey;
  const revoked = revokedAt !== null && revokedAt <= now;
  return {
    reportId,
    signed: true,
    valid: !revoked && verifySnapshot(report.snapshot, { contentHash: report.contentHash, signature: report.signature }, publicKey),
    contentHash: report.contentHash,
    publicKey,
    fingerprint: keyFingerprint(publicKey),
    keyRevokedAt: revokedAt,
  };
}
