// A list as a file (XLSX, CSV, PDF), streamed one commune at a time. Checked like the preview
// (lists/list-request.ts); the audit line is written before the first byte, and its id is
// printed in the file with who exported it and when, so a file found on a desk leads back
// to its export.
import { listByCommune, type ListRow } from "@danso/db";
import { CONTENT_TYPES, streamList, type ListColumnSpec, type ListFormat } from "@danso/documents";
import { ageOn, formatDateVi, LIST_COLUMNS, SEX, type ListColumn } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { writeAudit } from "../audit/write-audit.js";
import { countsByChild } from "../lists/counts.js";
import { resolveListRequest } from "../lists/list-request.js";

export interface StreamDownload {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
}

export type { ListFormat };
export const LIST_FORMATS: readonly ListFormat[] = ["xlsx", "csv", "pdf"];

const WIDTHS: Record<ListColumn, number> = {
  fullName: 14, sex: 4, birthDate: 7, age: 3, cccd: 10, insuranceNumber: 11, householdCode: 10, address: 20, commune: 11, head: 13, father: 13, mother: 13, studyDeferral: 8,
};

function cell(key: ListColumn, r: ListRow, on: string): string {
  switch (key) {
    case "fullName": return r.fullName;
    case "sex": return SEX[r.sex].vi;
    case "birthDate": return formatDateVi(r.birthDate);
    case "age": return String(ageOn(r.birthDate, on));
    case "cccd": return r.cccd ?? "";
    case "insuranceNumber": return r.insuranceNumber ?? "";
    case "householdCode": return r.householdCode;
    case "address": return r.address;
    case "commune": return r.communeName;
    case "head": return r.headName ?? "";
    case "father": return r.fatherName ?? "";
    case "mother": return r.motherName ?? "";
    case "studyDeferral": return r.studyDeferredUntil ? formatDateVi(r.studyDeferredUntil) : "";
  }
}

export async function listDownload(
  ctx: GraphQLContext,
  args: { code: string; unitCode: string; date?: string | null; format: ListFormat },
): Promise<StreamDownload> {
  const request = await resolveListRequest(ctx, args.code, args.unitCode, args.date);
  const { definition, unit, referenceDate } = request;
  const { byChild, total } = await countsByChild(ctx, request);
  const auditId = await writeAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "export.list", entityType: "PersonList", entityId: definition.code, unitPath: unit.path,
    details: { code: definition.code, unitCode: unit.code, referenceDate, format: args.format, total },
  });
  const columns: ListColumnSpec[] = [
    { key: "no", label: "STT", width: 3 },
    ...definition.columns.map((key) => ({ key, label: LIST_COLUMNS[key].vi, width: WIDTHS[key] })),
  ];
  let number = 0;
  async function* chunks(): AsyncGenerator<string[][]> {
    for await (const rows of listByCommune(ctx.db, request.query)) {
      yield rows.map((r) => [String(++number), ...definition.columns.map((key) => cell(key, r, referenceDate))]);
    }
  }
  const stream = streamList(args.format, {
    title: `Danh sách ${definition.name.vi.charAt(0).toLowerCase()}${definition.name.vi.slice(1)}`,
    unitName: unit.name,
    referenceDate: formatDateVi(referenceDate),
    rule: definition.rule.vi,
    basis: definition.basis.vi,
    recipient: definition.recipient.vi,
    columns,
    counts: byChild,
    total,
    exportedBy: `${ctx.viewer!.fullName} (${ctx.viewer!.login})`,
    exportedAt: new Date(),
    auditRef: String(auditId),
  }, chunks());
  return { stream, contentType: CONTENT_TYPES[args.format], filename: `danh-sach-${definition.code.toLowerCase().replace(/_/g, "-")}-${unit.code}-${referenceDate}.${args.format}` };
}
