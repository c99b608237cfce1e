// A saved projection: found by id and opened within the statistics scope of its unit, and
// reopened as it was stored (inputs and years), nothing recomputed.
import type { UnitProjectionInputs } from "@danso/db";
import type { Scenario } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import type { SavedProjectionModel } from "../models.js";
import { notFound } from "../errors.js";
import { authorize } from "../policy/authorize.js";
import type { Overrides } from "./projection-request.js";
import { projectionView, type YearView } from "./views.js";

export async function loadSavedProjection(ctx: GraphQLContext, id: string): Promise<SavedProjectionModel> {
  const saved = /^\d{1,9}$/.test(id) ? await ctx.db.savedProjection.findUnique({ where: { id: Number(id) }, include: { unit: true } }) : null;
  if (!saved) throw notFound(`dự báo đã lưu số ${id.slice(0, 20)}`, `Saved projection ${id.slice(0, 20)}`);
  authorize(ctx.viewer, "stats.read", { unitPath: saved.unit.path });
  return saved;
}

export function reopenedView(saved: SavedProjectionModel) {
  return projectionView(
    {
      unit: saved.unit, baseYear: saved.baseYear, horizon: saved.horizon, scenario: saved.scenario as Scenario,
      overrides: saved.overrides as Overrides, inputs: saved.inputs as unknown as UnitProjectionInputs,
    },
    saved.years as unknown as YearView[],
  );
}
