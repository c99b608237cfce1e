// The life of a report: generated (live figures, stored as a version) → approved (locked:
// the snapshot never changes again) → signed (Ed25519, by the reporting unit's key) →
// published (the public portal may show it). A correction of a locked report is a new
// version that supersedes it, with the reason recorded; it goes through the same steps.
import type { Prisma, Report } from "../generated/prisma/client.js";
import type { Tx } from "../register/context.js";
import type { ReportTable } from "../stats/report.js";
import { signSnapshot } from "../signing/sign.js";
import { reportInput, reportNotFound, reportState, STATUS_VI } from "./errors.js";
import { unitSigningKey } from "./signing-keys.js";
import { asSnapshot, type PersonRef, type ReportSnapshot } from "./snapshot.js";

async function lockReport(tx: Tx, id: number): Promise<Report> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM report WHERE id = ${id} FOR UPDATE`;
  if (!rows.length) throw reportNotFound(id);
  return tx.report.findUniqueOrThrow({ where: { id } });
}

async function actor(tx: Tx, id: number): Promise<PersonRef & { role: string }> {
  const u = await tx.user.findUniqueOrThrow({ where: { id }, select: { id: true, fullName: true, role: true } });
  return { id: u.id, fullName: u.fullName, role: u.role };
}

/** Serialises the versions and approvals of one form, unit and period (the lock trigger of
 * the report table takes the same lock, so SQL written by hand is serialised too). */
const lockReportKey = (tx: Tx, r: { formCode: string; unitId: number; period: string }) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${r.formCode}:${r.unitId}:${r.period}`}))`;

const officialVersion = (tx: Tx, r: { formCode: string; unitId: number; period: string }) =>
  tx.report.findFirst({ where: { formCode: r.formCode, unitId: r.unitId, period: r.period, status: { in: ["APPROVED", "PUBLISHED"] } } });

/** Stores live figures as a new GENERATED version. Refused when an official (approved or
 * published) version exists, unless this version is its correction (`supersedes`). */
export async function storeReportVersion(
  tx: Tx, actorId: number, table: ReportTable, correction?: { reportId: number; reason: string },
): Promise<Report> {
  const key = { formCode: table.form.code, unitId: table.unit.id, period: table.period.code };
  // Versions of one report are numbered in order, even under concurrent requests.
  await lockReportKey(tx, key);
  const official = await officialVersion(tx, key);
  let supersedes: ReportSnapshot["supersedes"] = null;
  if (correction) {
    const reason = correction.reason.trim();
    if (reason.length < 5 || reason.length > 500) {
      throw reportInput("reason", "Cần ghi lý do điều chỉnh (từ 5 đến 500 ký tự)", "A correction needs a reason (5 to 500 characters)");
    }
    if (!official || official.id !== correction.reportId) {
      throw reportState("Chỉ lập bản thay thế cho báo cáo chính thức hiện hành (đã phê duyệt hoặc công bố)", "Only the current official version can be superseded");
    }
    supersedes = { reportId: official.id, version: official.version, reason };
    // An earlier correction draft not approved is abandoned: it stays as a draft, with its
    // reason, and this one takes its place as the correction.
    await tx.report.updateMany({ where: { supersedesId: official.id, status: "GENERATED" }, data: { supersedesId: null } });
  } else if (official) {
    throw reportState(
      `Đã có báo cáo chính thức (bản ${official.version}, ${STATUS_VI[official.status]}): muốn sửa số liệu, hãy lập bản thay thế và ghi lý do`,
      `An official version (${official.version}) exists: supersede it with a correction and its reason`,
    );
  }
  const last = await tx.report.aggregate({ where: key, _max: { version: true } });
  const version = (last._max.version ?? 0) + 1;
  const by = await actor(tx, actorId);
  const created = await tx.report.create({
    data: { ...key, version, status: "GENERATED", generatedById: actorId, supersedesId: supersedes?.reportId ?? null, correctionReason: supersedes?.reason ?? null },
  });
  const snapshot: ReportSnapshot = {
    schema: "danso.report/1",
    report: { id: created.id, formCode: key.formCode, version, unit: { id: table.unit.id, code: table.unit.code, name: table.unit.name }, period: key.period },
    generated: { at: created.generatedAt.toISOString(), by: { id: by.id, fullName: by.fullName } },
    supersedes,
    approval: null,
    table,
  };
  return tx.report.update({ where: { id: created.id }, data: { snapshot: snapshot as unknown as Prisma.InputJsonValue } });
}

/** GENERATED → APPROVED: the snapshot is completed with the approval and locked; the
 * version it corrects, if any, becomes SUPERSEDED. */
export async function approveReport(tx: Tx, actorId: number, reportId: number): Promise<Report> {
  // The row lock holds this version as read; the key's lock makes a second draft approved
  // at the same moment wait here, and then see the first as official.
  const report = await lockReport(tx, reportId);
  await lockReportKey(tx, report);
  if (report.status !== "GENERATED") {
    throw reportState(`Báo cáo này ${STATUS_VI[report.status]}: không phê duyệt lại được`, `This report is already ${report.status.toLowerCase()}`);
  }
  const official = await officialVersion(tx, report);
  if (official && official.id !== report.supersedesId) {
    throw reportState("Đã có một bản chính thức khác cho biểu, đơn vị và kỳ này", "Another official version exists for this form, unit and period");
  }
  const by = await actor(tx, actorId);
  const approvedAt = new Date();
  const snapshot = { ...asSnapshot(report.snapshot), approval: { at: approvedAt.toISOString(), by } };
  if (report.supersedesId !== null) await tx.report.update({ where: { id: report.supersedesId }, data: { status: "SUPERSEDED" } });
  return tx.report.update({
    where: { id: report.id },
    data: { status: "APPROVED", approvedAt, approvedById: actorId, snapshot: snapshot as unknown as Prisma.InputJsonValue },
  });
}

/** Signs an approved report with its unit's key (once); the signer is recorded. */
export async function signReport(tx: Tx, actorId: number, reportId: number, secret: string): Promise<Report> {
  const report = await lockReport(tx, reportId);
  if (report.status !== "APPROVED" && report.status !== "PUBLISHED") {
    throw reportState("Chỉ ký số báo cáo đã phê duyệt", "Only approved reports can be signed");
  }
  if (report.signature) return report;
  const { key, privateKey } = await unitSigningKey(tx, report.unitId, secret);
  const signed = signSnapshot(report.snapshot, privateKey);
  return tx.report.update({
    where: { id: report.id },
    data: { contentHash: signed.contentHash, signature: signed.signature, signingKeyId: key.id, signedAt: new Date(), signedById: actorId },
  });
}

/** APPROVED and signed → PUBLISHED: from now on the public portal may show it. */
export async function publishReport(tx: Tx, actorId: number, reportId: number): Promise<Report> {
  const report = await lockReport(tx, reportId);
  if (report.status !== "APPROVED") {
    throw reportState(`Chỉ công bố được báo cáo đã phê duyệt (báo cáo này ${STATUS_VI[report.status]})`, "Only approved reports can be published");
  }
  if (!report.signature) throw reportState("Báo cáo chưa được ký số: hãy ký trước khi công bố", "Sign the report before publishing it");
  return tx.report.update({ where: { id: report.id }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: actorId } });
}
