// Anyone can check a signed report: the stored snapshot, re-serialized canonically, must
// carry the unit's signature under its published public key.
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
}

export async function checkReportSignature(db: Db, reportId: number): Promise<SignatureCheck> {
  const report = await db.report.findUnique({ where: { id: reportId }, include: { signingKey: true } });
  if (!report) throw reportNotFound(reportId);
  if (!report.signature || !report.contentHash || !report.signingKey) {
    return { reportId, signed: false, valid: false, contentHash: null, publicKey: null, fingerprint: null };
  }
  const publicKey = report.signingKey.publicKey;
  return {
    reportId,
    signed: true,
    valid: verifySnapshot(report.snapshot, { contentHash: report.contentHash, signature: report.signature }, publicKey),
    contentHash: report.contentHash,
    publicKey,
    fingerprint: keyFingerprint(publicKey),
  };
}
