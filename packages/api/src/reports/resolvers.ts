// Statistics and reports: the indicator catalogue, indicator values for units, report forms
// computed live, stored versions and their workflow (generate → approve → sign → publish,
// corrections by supersession), the public check of signatures, and timeliness.
import {
  approveReport, asSnapshot, checkReportSignature, communeTimeliness, computeReport, indicatorsForColumns, keyFingerprint,
  publishReport, revokeUnitSigningKey, signReport, storeReportVersion, unitColumns, unitValidOn, STATUS_VI, type AdminUnit, type Report, type SigningKey,
} from "@danso/db";
import {
  INDICATORS, REPORT_FORMS, TIMELINESS_LABELS, UNIT_LEVEL, isIndicatorCode, parsePeriod, type Period, type ReportLevel,
} from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { authorize, can, listScope } from "../policy/authorize.js";
import { badInput, notFound } from "../errors.js";
import { paginate } from "../pagination.js";
import { periodArg as period } from "../period-arg.js";
import { inTransaction } from "../transaction.js";
import { findUnit, formerUnit, requireUnit, underPath, unitOfPeriod } from "../units/find-units.js";
import { formView, indicatorView, storedFormView, tableView } from "./views.js";

const signingKeyView = (key: SigningKey) => ({
  id: String(key.id), publicKey: key.publicKey, fingerprint: keyFingerprint(key.publicKey), createdAt: key.createdAt, revokedAt: key.revokedAt,
});

function form(code: string) {
  const f = REPORT_FORMS.find((x) => x.code === code);
  if (!f) throw badInput(`Không có biểu "${code.slice(0, 20)}". Các biểu: ${REPORT_FORMS.map((x) => x.code).join(", ")}.`, "Unknown report form.", { form: ["Biểu không có trong danh mục"] });
  return f;
}

const FORM_UNIT_VI: Record<ReportLevel, string> = { NATION: "cả nước", PROVINCE: "đơn vị cấp tỉnh", DISTRICT: "đơn vị cấp huyện", COMMUNE: "đơn vị cấp xã" };

const reportNotFound = (id: string) => notFound(`báo cáo số ${id.slice(0, 20)}`, `Report ${id.slice(0, 20)}`);

async function loadReport(ctx: GraphQLContext, id: string): Promise<Report & { unit: AdminUnit }> {
  const report = /^\d{1,9}$/.test(id) ? await ctx.db.report.findUnique({ where: { id: Number(id) }, include: { unit: true } }) : null;
  if (!report) throw reportNotFound(id);
  return report;
}

/** A form computed now; the engine refuses a form that does not fit the unit or period. */
async function liveTable(ctx: GraphQLContext, formCode: string, unit: AdminUnit, p: Period) {
  const f = form(formCode);
  if (f.periodKind !== p.kind) throw badInput(`Biểu ${f.code} dùng cho kỳ ${f.periodKind === "MONTH" ? "tháng" : f.periodKind === "QUARTER" ? "quý" : "năm"}.`, `Form ${f.code} is for ${f.periodKind} periods.`, { period: ["Kỳ không hợp với biểu"] });
  if (unit.level !== UNIT_LEVEL[f.level]) throw badInput(`Biểu ${f.code} dành cho ${FORM_UNIT_VI[f.level]}.`, `Form ${f.code} is for ${f.level} units.`, { unitCode: ["Đơn vị không hợp với biểu"] });
  return computeReport(ctx.db, f, unit.id, p);
}

export const reportResolvers: Resolvers = {
  Query: {
    indicators: () => INDICATORS.map(indicatorView),
    reportForms: () => REPORT_FORMS.map(formView),

    indicatorValues: async (_, { indicator, period: code, unitCodes, level, within }, ctx) => {
      if (!isIndicatorCode(indicator)) throw badInput(`Không có chỉ tiêu "${indicator.slice(0, 30)}".`, "Unknown indicator.", { indicator: ["Chỉ tiêu không có trong danh mục"] });
      const p = period(code);
      let units: AdminUnit[];
      if (unitCodes?.length) {
        if (unitCodes.length > 100) throw badInput("Tối đa 100 đơn vị mỗi lần.", "At most 100 units at a time.");
        units = await Promise.all(unitCodes.map((c) => unitOfPeriod(ctx, c, p)));
      } else if (within && level !== null && level !== undefined) {
        const root = await unitOfPeriod(ctx, within, p);
        units = await ctx.db.adminUnit.findMany({ where: { level, AND: [underPath(root.path), unitValidOn(p.end)] }, orderBy: { code: "asc" } });
        if (units.length > 1000) throw badInput("Quá nhiều đơn vị: hãy chọn phạm vi nhỏ hơn.", "Too many units: narrow the scope.");
      } else {
        throw badInput("Cần danh sách mã đơn vị, hoặc cấp và đơn vị bao quanh.", "Give unit codes, or a level and the unit within.");
      }
      for (const u of units) authorize(ctx.viewer, "stats.read", { unitPath: u.path });
      const columns = (await Promise.all(units.map((u) => unitColumns(ctx.db, u.id, p, false)))).flat();
      const table = await indicatorsForColumns(ctx.db, columns, p, [indicator]);
      return units.map((u, i) => ({ unit: u, value: table.values[0]![i] ?? null, estimated: columns[i]!.estimated }));
    },

    report: async (_, { form: formCode, unitCode, period: code }, ctx) => {
      const p = period(code);
      const unit = await unitOfPeriod(ctx, unitCode, p);
      authorize(ctx.viewer, "stats.read", { unitPath: unit.path });
      const table = await liveTable(ctx, formCode, unit, p);
      const versions = await ctx.db.report.findMany({ where: { formCode, unitId: unit.id, period: p.code }, orderBy: { version: "desc" } });
      return { table: tableView(table), versions };
    },

    // The unit is read in the tree of the period's last day when a period is given, else in
    // today's; a code no unit bears today names the last unit that bore it: the stored
    // reports of an abolished district stay listed for its officer.
    reports: async (_, { unitCode, period: code, status, first, after }, ctx) => {
      const unit = code ? await unitOfPeriod(ctx, unitCode, period(code))
        : (await findUnit(ctx.db, unitCode, ctx.today)) ?? (await formerUnit(ctx, unitCode, ctx.today)) ?? (await requireUnit(ctx.db, unitCode, ctx.today));
      listScope(ctx.viewer, "stats.read", unit.path);
      const where = {
        unit: underPath(unit.path),
        ...(code ? { period: period(code).code } : {}),
        ...(status ? { status } : {}),
      };
      return paginate({ first, after, descending: true }, (cursor, take) => ctx.db.report.findMany({ where: { ...where, ...cursor }, orderBy: { id: "desc" }, take }), () => ctx.db.report.count({ where }));
    },

    storedReport: async (_, { id }, ctx) => {
      const report = await loadReport(ctx, id);
      authorize(ctx.viewer, "stats.read", { unitPath: report.unit.path });
      return report;
    },

    // Public for published versions (also once superseded): it reveals the report's identity
    // and hash, not its figures. A version never published is unknown to the public.
    verifyReportSignature: async (_, { id }, ctx) => {
      const report = await loadReport(ctx, id);
      if (report.publishedAt === null && !can(ctx.viewer, "stats.read", { unitPath: report.unit.path })) throw reportNotFound(id);
      const check = await checkReportSignature(ctx.db, report.id);
      const signer = report.signedById === null ? null : await ctx.loaders.user.load(report.signedById);
      return {
        reportId: String(report.id), formCode: report.formCode, unitName: report.unit.name, period: report.period, version: report.version,
        status: report.status, signed: check.signed, valid: check.valid, contentHash: check.contentHash, fingerprint: check.fingerprint,
        publicKey: check.publicKey, signedBy: signer?.fullName ?? null, signedAt: report.signedAt, approvedAt: report.approvedAt,
        keyRevokedAt: check.keyRevokedAt,
      };
    },

    timeliness: async (_, { unitCode, month }, ctx) => {
      const p = period(month, "month");
      if (p.kind !== "MONTH") throw badInput("Tính đúng hạn theo từng tháng (ví dụ 2026-M03).", "Timeliness is per month (e.g. 2026-M03).", { month: ["Ví dụ: 2026-M03"] });
      const unit = await unitOfPeriod(ctx, unitCode, p);
      authorize(ctx.viewer, "stats.read", { unitPath: unit.path });
      const r = await communeTimeliness(ctx.db, unit.path, p, ctx.today);
      return { month: p.code, recordBy: r.deadlines.recordBy, verifyBy: r.deadlines.verifyBy, communes: r.communes, lateCount: r.communes.filter((c) => c.status === "LATE").length };
    },
  },

  Mutation: {
    generateReport: async (_, { form: formCode, unitCode, period: code }, ctx) => {
      const p = period(code);
      const unit = await unitOfPeriod(ctx, unitCode, p);
      const viewer = authorize(ctx.viewer, "report.generate", { unitPath: unit.path });
      const table = await liveTable(ctx, formCode, unit, p);
      return inTransaction(ctx, async (tx, audit) => {
        const report = await storeReportVersion(tx, viewer.id, table);
        await audit({ action: "report.generate", entityType: "Report", entityId: report.id, unitPath: unit.path, details: { form: formCode, period: p.code, version: report.version } });
        return report;
      });
    },
    supersedeReport: async (_, { id, reason }, ctx) => {
      const old = await loadReport(ctx, id);
      const viewer = authorize(ctx.viewer, "report.generate", { unitPath: old.unit.path });
      const table = await liveTable(ctx, old.formCode, old.unit, parsePeriod(old.period));
      return inTransaction(ctx, async (tx, audit) => {
        const report = await storeReportVersion(tx, viewer.id, table, { reportId: old.id, reason });
        await audit({ action: "report.supersede", entityType: "Report", entityId: report.id, unitPath: old.unit.path, details: { supersedes: old.id, reason } });
        return report;
      });
    },
    approveReport: async (_, { id }, ctx) => {
      const r = await loadReport(ctx, id);
      const viewer = authorize(ctx.viewer, "report.approve", { unitPath: r.unit.path });
      return inTransaction(ctx, async (tx, audit) => {
        const report = await approveReport(tx, viewer.id, r.id);
        await audit({ action: "report.approve", entityType: "Report", entityId: r.id, unitPath: r.unit.path });
        return report;
      });
    },
    signReport: async (_, { id }, ctx) => {
      const r = await loadReport(ctx, id);
      const viewer = authorize(ctx.viewer, "report.approve", { unitPath: r.unit.path });
      return inTransaction(ctx, async (tx, audit) => {
        const report = await signReport(tx, viewer.id, r.id, ctx.signingSecret());
        await audit({ action: "report.sign", entityType: "Report", entityId: r.id, unitPath: r.unit.path, details: { contentHash: report.contentHash } });
        return report;
      });
    },
    revokeSigningKey: async (_, { unitCode }, ctx) => {
      const unit = await requireUnit(ctx.db, unitCode, ctx.today);
      authorize(ctx.viewer, "report.approve", { unitPath: unit.path });
      return inTransaction(ctx, async (tx, audit) => {
        const key = await revokeUnitSigningKey(tx, unit.id);
        if (key) await audit({ action: "signingKey.revoke", entityType: "SigningKey", entityId: key.id, unitPath: unit.path, details: { fingerprint: keyFingerprint(key.publicKey) } });
        return key && signingKeyView(key);
      });
    },
    publishReport: async (_, { id }, ctx) => {
      const r = await loadReport(ctx, id);
      const viewer = authorize(ctx.viewer, "report.publish", { unitPath: r.unit.path });
      return inTransaction(ctx, async (tx, audit) => {
        const report = await publishReport(tx, viewer.id, r.id);
        await audit({ action: "report.publish", entityType: "Report", entityId: r.id, unitPath: r.unit.path });
        return report;
      });
    },
  },

  Report: {
    form: (r) => storedFormView(r.formCode),
    unit: async (r, _, ctx) => (await ctx.loaders.unit.load(r.unitId))!,
    periodLabel: (r) => asSnapshot(r.snapshot).table.period.label.vi,
    statusLabel: (r) => {
      const vi = STATUS_VI[r.status]!; // mid-sentence form, shared with the workflow's errors
      return vi.charAt(0).toLocaleUpperCase("vi") + vi.slice(1);
    },
    generatedBy: (r, _, ctx) => (r.generatedById === null ? null : ctx.loaders.user.load(r.generatedById)),
    approvedBy: (r, _, ctx) => (r.approvedById === null ? null : ctx.loaders.user.load(r.approvedById)),
    publishedBy: (r, _, ctx) => (r.publishedById === null ? null : ctx.loaders.user.load(r.publishedById)),
    signedBy: (r, _, ctx) => (r.signedById === null ? null : ctx.loaders.user.load(r.signedById)),
    signingKey: async (r, _, ctx) => {
      if (r.signingKeyId === null) return null;
      const key = await ctx.loaders.signingKey.load(r.signingKeyId);
      return key && signingKeyView(key);
    },
    supersedes: (r, _, ctx) => (r.supersedesId === null ? null : ctx.loaders.report.load(r.supersedesId)),
    supersededBy: async (r, _, ctx) => (await ctx.loaders.correctionOf.load(r.id))[0] ?? null,
    table: (r) => tableView(asSnapshot(r.snapshot).table),
    pdfUrl: (r) => `/api/reports/${r.id}/pdf`,
    xlsxUrl: (r) => `/api/reports/${r.id}/xlsx`,
    csvUrl: (r) => `/api/reports/${r.id}/csv`,
  },
  CommuneTimeliness: {
    unit: async (c, _, ctx) => (await ctx.loaders.unit.load(c.unitId))!,
    statusLabel: (c) => TIMELINESS_LABELS[c.status].vi,
  },
  IndicatorValue: {},
};

