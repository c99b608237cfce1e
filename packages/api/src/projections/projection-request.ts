// What a projection request names, checked once for the query, the saving and the files: a
// unit of today's tree in the viewer's statistics scope, a base year whose three previous
// years the register holds, a horizon up to 2060 and overrides within plausible bounds.
// Every field at fault is named, in Vietnamese, and nothing is computed until all are right.
import type { AdminUnit } from "@danso/db";
import { OBSERVED_YEARS, TREES } from "@danso/db";
import { HORIZON_MAX, SCENARIOS, type InputOverrides, type Scenario, type TfrPath } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { badInput } from "../errors.js";
import { authorize } from "../policy/authorize.js";
import { requireUnit } from "../units/find-units.js";

export interface ProjectionArgs {
  unitCode: string;
  baseYear: number;
  horizon: number;
  scenario: string;
  overrides?: {
    tfrPath?: { year: number; tfr: number }[] | null;
    srb?: number | null;
    e0Male?: number | null;
    e0Female?: number | null;
    migrationFactor?: number | null;
  } | null;
}

export type Overrides = InputOverrides & { tfrPath?: TfrPath };

export interface ProjectionRequest {
  unit: AdminUnit;
  baseYear: number;
  horizon: number;
  scenario: Scenario;
  overrides: Overrides;
}

/** The register's first tree starts in 2021: the first base year with three full years before it. */
export const FIRST_BASE_YEAR = Number(TREES[0]!.validFrom.slice(0, 4)) + OBSERVED_YEARS;
const MAX_TFR_POINTS = 40;

const within = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo && v <= hi;

export async function resolveProjectionRequest(ctx: GraphQLContext, args: ProjectionArgs): Promise<ProjectionRequest> {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (errors[field] ??= []).push(message);
  const thisYear = Number(ctx.today.slice(0, 4));
  const { baseYear, horizon } = args;
  if (!Number.isInteger(baseYear) || baseYear < FIRST_BASE_YEAR || baseYear > thisYear)
    fail("baseYear", `Năm gốc từ ${FIRST_BASE_YEAR} (sổ có đủ ba năm trước đó) đến ${thisYear} (đã qua ngày 01/01)`);
  if (!Number.isInteger(horizon) || horizon <= baseYear || horizon > HORIZON_MAX)
    fail("horizon", `Năm cuối sau năm gốc, chậm nhất ${HORIZON_MAX}`);
  const scenario = SCENARIOS.find((s) => s === args.scenario);
  if (!scenario) fail("scenario", "Kịch bản không có trong danh mục");

  const o = args.overrides ?? {};
  const overrides: Overrides = {};
  if (o.srb != null) {
    if (within(o.srb, 80, 140)) overrides.srb = o.srb;
    else fail("srb", "Tỷ số giới tính khi sinh từ 80 đến 140 bé trai/100 bé gái");
  }
  for (const [field, sex] of [["e0Male", "male"], ["e0Female", "female"]] as const) {
    const v = o[field];
    if (v == null) continue;
    if (within(v, 40, 95)) overrides.e0 = { ...overrides.e0, [sex]: v };
    else fail(field, "Tuổi thọ trung bình khi sinh từ 40 đến 95 năm");
  }
  if (o.migrationFactor != null) {
    if (within(o.migrationFactor, 0, 5)) overrides.migrationFactor = o.migrationFactor;
    else fail("migrationFactor", "Hệ số di cư từ 0 (không di cư) đến 5");
  }
  if (o.tfrPath?.length) {
    const years = new Set(o.tfrPath.map((p) => p.year));
    if (scenario !== "CUSTOM") fail("tfrPath", "Lộ trình TFR chỉ dùng với kịch bản tùy chỉnh");
    else if (o.tfrPath.length > MAX_TFR_POINTS) fail("tfrPath", `Tối đa ${MAX_TFR_POINTS} mốc`);
    else if (years.size !== o.tfrPath.length) fail("tfrPath", "Mỗi năm chỉ một mốc TFR");
    else if (o.tfrPath.some((p) => !Number.isInteger(p.year) || p.year < baseYear || p.year > HORIZON_MAX)) fail("tfrPath", `Năm của mốc từ năm gốc đến ${HORIZON_MAX}`);
    else if (o.tfrPath.some((p) => !within(p.tfr, 0, 8))) fail("tfrPath", "TFR từ 0 đến 8 con/phụ nữ");
    else overrides.tfrPath = o.tfrPath.map((p) => ({ year: p.year, tfr: p.tfr }));
  }
  if (Object.keys(errors).length > 0) {
    throw badInput(`Yêu cầu dự báo chưa hợp lệ: ${Object.values(errors).flat().join("; ")}.`, "The projection request is not valid.", errors);
  }
  const unit = await requireUnit(ctx.db, args.unitCode, ctx.today);
  authorize(ctx.viewer, "stats.read", { unitPath: unit.path });
  return { unit, baseYear, horizon, scenario: scenario!, overrides };
}
