// A projection as a file (CSV, Excel): the one asked for, checked and authorized as the query
// is (runRequested), or a saved one, served as it was stored and authorized as the
// savedProjection query is. The audit line is written first and its id printed in the file
// with who exported it and when, so a file found on a desk leads back to its export.
import { CONTENT_TYPES, formatDateTimeVi, formatNumberVi as n, renderProjectionCsv, renderProjectionXlsx, type ProjectionDocument } from "@danso/documents";
import type { Scenario } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { writeAudit } from "../audit/write-audit.js";
import { badInput } from "../errors.js";
import type { ProjectionArgs } from "../projections/projection-request.js";
import { runRequested } from "../projections/resolvers.js";
import { loadSavedProjection, reopenedView } from "../projections/saved.js";
import { projectionView } from "../projections/views.js";
import type { FileDownload } from "./report-download.js";

export type ProjectionFormat = "csv" | "xlsx";
export const PROJECTION_FORMATS: readonly ProjectionFormat[] = ["csv", "xlsx"];
export type ProjectionDownloadArgs = (ProjectionArgs | { saved: string }) & { format: ProjectionFormat };

const SCENARIO_LABELS: Record<Scenario, string> = {
  MEDIUM: "Trung bình: mức sinh, chết và di cư của ba năm gần nhất giữ nguyên",
  LOW: "Sinh thấp: TFR thấp hơn phương án trung bình 0,5 con, đạt sau 5 năm",
  HIGH: "Sinh cao: TFR cao hơn phương án trung bình 0,5 con, đạt sau 5 năm",
  NO_MIGRATION: "Không di cư: như phương án trung bình, không có di cư thuần",
  CUSTOM: "Tùy chỉnh: mức sinh theo lộ trình TFR, các tỷ suất khác như phương án trung bình",
};

type View = ReturnType<typeof projectionView>;

function overridesInWords({ overrides: o, inputs: i }: View): string[] {
  const words: string[] = [];
  if (o.tfrPath.length) {
    const points = [...o.tfrPath].sort((a, b) => a.year - b.year).map((p) => `${p.year}: ${n(p.tfr, 2)}`);
    words.push(`Lộ trình TFR ${points.join(" → ")} (tuyến tính giữa các mốc, giữ nguyên sau mốc cuối)`);
  }
  if (o.srb !== null) words.push(`Tỷ số giới tính khi sinh ${n(o.srb, 1)} bé trai/100 bé gái (thay cho ${n(i.srb, 1)})`);
  if (o.e0Male !== null) words.push(`Tuổi thọ khi sinh của nam ${n(o.e0Male, 2)} năm (thay cho ${n(i.male.e0, 2)})`);
  if (o.e0Female !== null) words.push(`Tuổi thọ khi sinh của nữ ${n(o.e0Female, 2)} năm (thay cho ${n(i.female.e0, 2)})`);
  if (o.migrationFactor !== null) words.push(o.migrationFactor === 0 ? "Không có di cư" : `Di cư thuần bằng ${n(o.migrationFactor, 2)} lần mức quan sát`);
  return words;
}

const lifeTable = (m: View["inputs"]["male"]) =>
  m.source === "OBSERVED" ? "tỷ suất chết quan sát của đơn vị, đã làm trơn"
    : `bảng sống mẫu theo mức chết của đơn vị vì số chết quá ít${m.smr === null ? "" : `, SMR ${n(m.smr, 2)}`}`;

function toDocument(view: View, saved: string | null, ctx: GraphQLContext, auditId: bigint): ProjectionDocument {
  const i = view.inputs;
  return {
    title: `Dự báo dân số ${view.unit.name} ${view.baseYear}–${view.horizon}`,
    unitName: view.unit.name,
    baseYear: view.baseYear,
    horizon: view.horizon,
    scenarioLabel: SCENARIO_LABELS[view.scenario],
    overrides: overridesInWords(view),
    saved,
    inputs: {
      observedYears: i.observedYears, estimated: i.estimated, basePopulation: i.basePopulation, tfr: i.tfr,
      asfr: i.fertilityGroups.map((group, k) => ({ group, rate: i.asfr[k] ?? 0 })),
      srb: i.srb,
      srbSource: i.srbSource === "OBSERVED" ? "quan sát" : `mặc định vì số sinh quá ít${i.srbObserved === null ? "" : `; quan sát ${n(i.srbObserved, 1)}`}`,
      e0: { male: i.male.e0, female: i.female.e0 },
      lifeTable: { male: lifeTable(i.male), female: lifeTable(i.female) },
      netMigrants: i.netMigrants,
    },
    years: view.years,
    exportedBy: `${ctx.viewer!.fullName} (${ctx.viewer!.login})`,
    exportedAt: new Date(),
    auditRef: String(auditId),
  };
}

async function savedView(ctx: GraphQLContext, id: string) {
  const saved = await loadSavedProjection(ctx, id);
  return { saved, view: reopenedView(saved) };
}

export async function projectionDownload(ctx: GraphQLContext, args: ProjectionDownloadArgs): Promise<FileDownload> {
  const { saved, view } = "saved" in args ? await savedView(ctx, args.saved) : { saved: null, view: projectionView(await runRequested(ctx, args)) };
  const auditId = await writeAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "export.projection", entityType: saved ? "SavedProjection" : "Projection", entityId: saved ? saved.id : view.unit.code, unitPath: view.unit.path,
    details: { format: args.format, unitCode: view.unit.code, baseYear: view.baseYear, horizon: view.horizon, scenario: view.scenario, overrides: view.overrides, ...(saved ? { saved: saved.id } : {}) },
  });
  const savedText = saved && `«${saved.name}» số ${saved.id}, lưu bởi ${saved.createdByName} lúc ${formatDateTimeVi(saved.createdAt)}`;
  const doc = toDocument(view, savedText, ctx, auditId);
  const body = args.format === "csv" ? renderProjectionCsv(doc) : await renderProjectionXlsx(doc);
  const name = saved ? `luu-so-${saved.id}` : `${view.baseYear}-${view.horizon}-${view.scenario.toLowerCase().replace(/_/g, "-")}`;
  return { body, contentType: CONTENT_TYPES[args.format], filename: `du-bao-dan-so-${view.unit.code}-${name}.${args.format}` };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The download's query string (?unit=31&baseYear=2026&horizon=2050&scenario=CUSTOM&tfr=2030:1.8,2040:2.1,
 * or ?saved=12) as the request's arguments. Only the form of the numbers is checked here,
 * in Vietnamese; their ranges are the request's (resolveProjectionRequest).
 */
export function projectionQuery(params: URLSearchParams): ProjectionArgs | { saved: string } {
  const saved = params.get("saved");
  if (saved !== null) return { saved };
  const errors: Record<string, string[]> = {};
  const number = (name: string, what: string, required = false): number | undefined => {
    const raw = params.get(name)?.trim();
    if (!raw) {
      if (required) errors[name] = [`Thiếu ${what}`];
      return undefined;
    }
    if (NUMBER.test(raw)) return Number(raw);
    errors[name] = [`${what.charAt(0).toUpperCase()}${what.slice(1)} phải là một số, viết với dấu chấm thập phân`];
    return undefined;
  };
  const unitCode = params.get("unit")?.trim() ?? "";
  if (!unitCode) errors.unit = ["Thiếu mã đơn vị"];
  const baseYear = number("baseYear", "năm gốc", true);
  const horizon = number("horizon", "năm cuối", true);
  const srb = number("srb", "tỷ số giới tính khi sinh");
  const e0Male = number("e0Male", "tuổi thọ khi sinh của nam");
  const e0Female = number("e0Female", "tuổi thọ khi sinh của nữ");
  const migrationFactor = number("migrationFactor", "hệ số di cư");
  const tfr = params.get("tfr")?.trim();
  const tfrPath = tfr ? tfr.split(",").map((point) => /^\s*(\d{4})\s*:\s*([0-9.]+)\s*$/.exec(point)) : [];
  if (tfrPath.some((m) => !m || !NUMBER.test(m[2]!))) errors.tfr = ["Lộ trình TFR viết dạng năm:TFR cách nhau bởi dấu phẩy, ví dụ 2030:1.8,2040:2.1"];
  if (Object.keys(errors).length > 0) {
    throw badInput(`Tham số tải dự báo chưa hợp lệ: ${Object.values(errors).flat().join("; ")}.`, "The projection download's parameters are not valid.", errors);
  }
  return {
    unitCode, baseYear: baseYear!, horizon: horizon!, scenario: (params.get("scenario") ?? "").trim().toUpperCase(),
    overrides: { srb, e0Male, e0Female, migrationFactor, tfrPath: tfrPath.map((m) => ({ year: Number(m![1]), tfr: Number(m![2]) })) },
  };
}
