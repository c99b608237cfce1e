// The population yearbook of a province or the nation for a year, as PDF or Excel.
import { CONTENT_TYPES, renderYearbookPdf, renderYearbookXlsx } from "@danso/documents";
import type { GraphQLContext } from "../context.js";
import { writeAudit } from "../audit/write-audit.js";
import { authorize } from "../policy/authorize.js";
import { badInput } from "../errors.js";
import { buildYearbook } from "../exports/index.js";
import { requireUnit } from "../units/find-units.js";
import type { FileDownload } from "./report-download.js";

export async function yearbookDownload(ctx: GraphQLContext, unitCode: string, year: number, format: "pdf" | "xlsx"): Promise<FileDownload> {
  const last = Number(ctx.today.slice(0, 4)) - 1;
  if (!Number.isInteger(year) || year < 2021 || year > last) {
    throw badInput(`Niên giám có cho các năm đã kết thúc từ 2021 đến ${last}.`, `Yearbooks exist for the closed years 2021–${last}.`, { year: [`Từ 2021 đến ${last}`] });
  }
  const unit = await requireUnit(ctx.db, unitCode, `${year}-12-31`);
  if (unit.level > 1) throw badInput("Niên giám được lập cho cả nước hoặc một tỉnh.", "Yearbooks are made for the nation or a province.", { unitCode: ["Chọn cả nước hoặc một tỉnh"] });
  authorize(ctx.viewer, "stats.read", { unitPath: unit.path });
  const book = await buildYearbook(ctx.db, { unitId: unit.id, year });
  const body = format === "pdf" ? await renderYearbookPdf(book) : await renderYearbookXlsx(book);
  await writeAudit(ctx.db, ctx.viewer, ctx.request, { action: "export.yearbook", entityType: "Yearbook", entityId: `${unit.code}-${year}`, unitPath: unit.path, details: { format } });
  return {
    body,
    contentType: CONTENT_TYPES[format],
    filename: `nien-giam-dan-so-${unit.code}-${year}.${format}`,
  };
}
