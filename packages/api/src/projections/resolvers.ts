// Projections: run one for a unit of today's tree (inputs from the register, cached), keep
// it under a name with its inputs and results, list and reopen the saved ones in scope.
import type { Prisma } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { badInput } from "../errors.js";
import { authorize, listScope } from "../policy/authorize.js";
import { writeAudit } from "../audit/write-audit.js";
import { requireUnit, underPath } from "../units/find-units.js";
import { cachedInputs } from "./inputs-cache.js";
import { resolveProjectionRequest, type ProjectionArgs, type ProjectionRequest } from "./projection-request.js";
import { loadSavedProjection, reopenedView } from "./saved.js";
import { projectionView, projectYears, type ProjectionRun } from "./views.js";

const withInputs = async (ctx: GraphQLContext, request: ProjectionRequest): Promise<ProjectionRun> =>
  ({ ...request, inputs: await cachedInputs(ctx.db, request.unit.id, request.baseYear) });

export const runRequested = async (ctx: GraphQLContext, args: ProjectionArgs) => withInputs(ctx, await resolveProjectionRequest(ctx, args));

const MAX_NAME = 200;

/** The stored report a projection is saved with: one of its own unit, not superseded. */
async function reportToGoWith(ctx: GraphQLContext, id: string | null | undefined, unitId: number): Promise<number | null> {
  if (id === null || id === undefined) return null;
  const report = /^\d{1,9}$/.test(id) ? await ctx.db.report.findUnique({ where: { id: Number(id) } }) : null;
  if (!report) throw badInput(`Không có báo cáo số ${id.slice(0, 20)}.`, "No such report.", { reportId: ["Báo cáo không tồn tại"] });
  if (report.unitId !== unitId) {
    throw badInput("Dự báo chỉ kèm được báo cáo của chính đơn vị được dự báo.", "A projection goes only with a report of the unit projected.", { reportId: ["Báo cáo của đơn vị khác"] });
  }
  if (report.status === "SUPERSEDED") {
    throw badInput("Báo cáo này đã được thay bằng bản đính chính: hãy kèm bản mới.", "This report was superseded by a correction: attach the new version.", { reportId: ["Báo cáo đã bị thay thế"] });
  }
  return report.id;
}

export const projectionResolvers: Resolvers = {
  Query: {
    projection: async (_, args, ctx) => projectionView(await runRequested(ctx, args)) as never,

    savedProjections: async (_, { unitCode }, ctx) => {
      const path = unitCode ? (await requireUnit(ctx.db, unitCode, ctx.today)).path : ctx.viewer?.unitPath ?? "";
      listScope(ctx.viewer, "stats.read", path);
      return ctx.db.savedProjection.findMany({ where: { unit: underPath(path) }, include: { unit: true }, orderBy: { id: "desc" }, take: 200 });
    },

    savedProjection: (_, { id }, ctx) => loadSavedProjection(ctx, id),
  },

  Mutation: {
    saveProjection: async (_, { name, reportId, ...args }, ctx) => {
      const trimmed = name.trim();
      if (!trimmed || trimmed.length > MAX_NAME) throw badInput(`Tên dự báo không được để trống, tối đa ${MAX_NAME} ký tự.`, `The name must be 1–${MAX_NAME} characters.`, { name: ["Nhập tên dự báo"] });
      // Everything is checked before the inputs are computed (tens of seconds for a city).
      const request = await resolveProjectionRequest(ctx, args);
      const viewer = authorize(ctx.viewer, "projection.save", { unitPath: request.unit.path });
      const report = await reportToGoWith(ctx, reportId, request.unit.id);
      const run = await withInputs(ctx, request);
      const years = projectYears(run);
      return ctx.db.$transaction(async (tx) => {
        const saved = await tx.savedProjection.create({
          data: {
            name: trimmed, unitId: run.unit.id, baseYear: run.baseYear, horizon: run.horizon, scenario: run.scenario,
            overrides: run.overrides as Prisma.InputJsonValue, inputs: run.inputs as unknown as Prisma.InputJsonValue, years: years as unknown as Prisma.InputJsonValue,
            createdById: viewer.id, createdByName: viewer.fullName, reportId: report,
          },
          include: { unit: true },
        });
        await writeAudit(tx, viewer, ctx.request, { action: "projection.save", entityType: "SavedProjection", entityId: saved.id, unitPath: run.unit.path, details: { name: trimmed, scenario: run.scenario, reportId: report } });
        return saved;
      });
    },
  },

  Report: {
    projections: (r, _, ctx) => ctx.db.savedProjection.findMany({ where: { reportId: r.id }, include: { unit: true }, orderBy: { id: "asc" } }),
  },

  SavedProjection: {
    createdBy: (s) => s.createdByName,
    report: (s, _, ctx) => (s.reportId === null ? null : ctx.db.report.findUnique({ where: { id: s.reportId } })),
    projection: (s) => reopenedView(s) as never,
  },
};
