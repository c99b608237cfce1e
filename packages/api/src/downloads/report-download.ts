// A stored report as a file (PDF, Excel, CSV): authorized like the report itself and
// written to the audit trail, as every export is.
import { CONTENT_TYPES, renderReportCsv, renderReportPdf, renderReportXlsx } from "@danso/documents";
import { asSnapshot } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import { writeAudit } from "../audit/write-audit.js";
import { authorize } from "../policy/authorize.js";
import { notFound } from "../errors.js";
import { loadReportAgency, toReportDocument } from "../exports/index.js";

export type ReportFormat = "pdf" | "xlsx" | "csv";

export interface FileDownload {
  body: Buffer;
  contentType: string;
  filename: string;
}

export async function reportDownload(ctx: GraphQLContext, id: string, format: ReportFormat): Promise<FileDownload> {
  const report = /^\d{1,9}$/.test(id)
    ? await ctx.db.report.findUnique({ where: { id: Number(id) }, include: { unit: true, signingKey: true } })
    : null;
  if (!report) throw notFound(`báo cáo số ${id.slice(0, 20)}`, `Report ${id.slice(0, 20)}`);
  authorize(ctx.viewer, "stats.read", { unitPath: report.unit.path });
  const snapshot = asSnapshot(report.snapshot);
  const signer = report.signedById === null ? null : await ctx.loaders.user.load(report.signedById);
  const doc = toReportDocument(snapshot.table, {
    status: report.status,
    version: report.version,
    reportId: report.id,
    agency: await loadReportAgency(ctx.db, report.unitId, snapshot.table.period.end),
    generatedAt: report.generatedAt,
    preparerName: snapshot.generated.by?.fullName,
    supersedes: snapshot.supersedes,
    signing:
      report.signature && report.contentHash && report.signingKey && report.signedAt
        ? { signerName: signer?.fullName ?? "", signedAt: report.signedAt, contentHash: report.contentHash, publicKeyPem: report.signingKey.publicKey }
        : null,
  });
  const body = format === "pdf" ? await renderReportPdf(doc) : format === "xlsx" ? await renderReportXlsx(doc) : Buffer.from(renderReportCsv(doc), "utf8");
  await writeAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "export.report", entityType: "Report", entityId: report.id, unitPath: report.unit.path, details: { format, form: report.formCode, period: report.period, version: report.version },
  });
  return { body, contentType: CONTENT_TYPES[format], filename: `bao-cao-${report.formCode}-${report.unit.code}-${report.period}-v${report.version}.${format}` };
}
