// A computed report (the engine's ReportTable) and what the stored report knows about it
// (status, version, agency, signature, correction) as the document that the renderers print.
// Pure: the same table and meta always give the same document.
import { keyFingerprint, type ReportIndicatorLine, type ReportTable } from "@danso/db";
import type { ReportDocument, SignatureBlock, TableRow, ValueColumn } from "@danso/documents";
import { formatDateVi, todayInVietnam } from "@danso/domain";
import type { ReportAgency } from "./agency.js";
import { roundTo } from "./round.js";
import { childGroupLabel, childTypes, typeWord, wholeUnitLabel } from "./unit-words.js";

export type StoredReportStatus = "GENERATED" | "APPROVED" | "PUBLISHED" | "SUPERSEDED";

export interface ReportSigning {
  signerName: string;
  /** One or two lines in capitals; the agency's usual title when absent. */
  signerTitle?: string[];
  signedAt: Date;
  /** SHA-256 of the signed snapshot, hex. */
  contentHash: string;
  /** The unit's Ed25519 public key (SPKI PEM); its fingerprint is printed. */
  publicKeyPem: string;
}

export interface ReportMeta {
  status: StoredReportStatus;
  version: number;
  /** From reportAgency / loadReportAgency. */
  agency: ReportAgency;
  generatedAt: Date;
  /** The stored report's number (id), printed with the version. */
  reportId?: number;
  /** Absent or null: not signed, and the document says so. */
  signing?: ReportSigning | null;
  /** This version corrects an earlier one (same shape as the snapshot's `supersedes`). */
  supersedes?: { reportId: number; version: number; reason: string } | null;
  /** Who prepared the figures ("Người lập biểu"), when known. */
  preparerName?: string;
}

const BASIS = "Ban hành kèm theo Thông tư số 01/2022/TT-BYT";
const PROVISIONAL_BASIS = "Mẫu tạm theo Thông tư số 01/2022/TT-BYT, chưa đối chiếu văn bản chính thức";

function statusOf(meta: ReportMeta): Pick<ReportDocument, "status" | "statusText"> {
  const signed = Boolean(meta.signing);
  switch (meta.status) {
    case "GENERATED":
      return { status: "provisional" };
    case "APPROVED":
      return signed ? { status: "official" } : { status: "official", statusText: "Bản chính thức — đã phê duyệt, chưa ký số" };
    case "PUBLISHED":
      return { status: "official", statusText: signed ? "Bản chính thức — đã ký số, đã công bố" : "Bản chính thức — đã công bố" };
    case "SUPERSEDED":
      // The documents model has no "superseded" kind: official (it was), with words no reader can miss.
      return { status: "official", statusText: `ĐÃ BỊ THAY THẾ — phiên bản ${meta.version} không còn hiệu lực, dùng phiên bản mới hơn` };
  }
}

function columnsOf(table: ReportTable): ValueColumn[] {
  const [unit, ...children] = table.columns;
  if (!unit) throw new RangeError("A report table has at least the unit's column");
  if (children.length === 0) return [{ key: unit.code, label: unit.name }];
  const group = childGroupLabel(children.map((c) => c.name));
  return [
    { key: unit.code, label: wholeUnitLabel(unit), emphasis: true },
    ...children.map((c): ValueColumn => ({ key: c.code, label: c.name, group })),
  ];
}

/** Moves of this scope stay inside a unit at or above this level: the engine counts none (0), the form prints "–" (not applicable). */
const INTERNAL_SCOPE: Record<string, number> = { SAME_DISTRICT: 2, OTHER_DISTRICT: 1, OTHER_PROVINCE: 0 };
const internalTo = (indicator: string): number => INTERNAL_SCOPE[/^MOVES_(?:IN|OUT)_(\w+)$/.exec(indicator)?.[1] ?? ""] ?? -1;

/** Counts are whole numbers; rates are rounded to their indicator's decimals, so that PDF, XLSX and CSV hold the printed value. */
function valuesOf(line: ReportIndicatorLine, table: ReportTable): (number | null)[] {
  const internal = internalTo(line.indicator);
  return line.values.map((v, i) => (v === null || (v === 0 && table.columns[i]!.level <= internal) ? null : roundTo(v, line.decimals)));
}

function rowsOf(table: ReportTable): TableRow[] {
  return table.lines.map((l): TableRow => {
    if (l.kind === "section") return { kind: "section", number: l.number, label: l.label.vi };
    return {
      kind: "values", code: l.indicator, number: l.number, label: l.label.vi, depth: l.depth, unit: l.unitLabel.vi, decimals: l.decimals,
      // A row of an unconfirmed form cannot be confirmed, whatever the row says.
      unconfirmed: !l.confirmed || !table.form.confirmed, values: valuesOf(l, table),
    };
  });
}

function notesOf(table: ReportTable): string[] {
  const notes = [
    "Số liệu tính từ sổ hộ gia đình (nhân khẩu thực tế thường trú) theo ngày xảy ra sự kiện; sự kiện ghi nhận muộn được tính vào kỳ của ngày xảy ra.",
  ];
  const lines = table.lines.filter((l): l is ReportIndicatorLine => l.kind === "indicator");
  const [unit, ...children] = table.columns;
  if (unit && children.length > 0 && lines.some((l) => /^MOVES_(IN|OUT)/.test(l.indicator))) {
    notes.push(
      `Cột “${wholeUnitLabel(unit)}” không tính người chuyển đi, chuyển đến giữa các ${childTypes(children.map((x) => x.name))} trong ${typeWord(unit)}: ` +
        "số chuyển đi, chuyển đến của cột này nhỏ hơn tổng các cột; dòng di chuyển trong nội bộ một đơn vị ghi “–”.",
    );
  }
  if (table.period.kind !== "YEAR" && table.params.annualise && lines.some((l) => l.unit === "PER_MILLE" || l.unit === "CHILDREN_PER_WOMAN")) {
    notes.push("Các tỷ suất của kỳ tháng, quý được quy về năm (nhân với 365 / số ngày của kỳ).");
  }
  notes.push(table.form.note.vi);
  return notes;
}

function signatureOf(meta: ReportMeta): SignatureBlock {
  const s = meta.signing;
  return {
    place: meta.agency.place,
    date: todayInVietnam(s?.signedAt ?? meta.generatedAt),
    titleLines: s?.signerTitle ?? meta.agency.signerTitle,
    signerName: s?.signerName,
    digital: s ? { algorithm: "Ed25519", keyFingerprint: keyFingerprint(s.publicKeyPem), contentHash: s.contentHash, signedAt: s.signedAt } : null,
    preparer: { title: "NGƯỜI LẬP BIỂU", name: meta.preparerName },
  };
}

export function toReportDocument(table: ReportTable, meta: ReportMeta): ReportDocument {
  const { period } = table;
  const subtitles = [
    { label: "Đơn vị báo cáo", value: meta.agency.reporter },
    { label: "Đơn vị nhận báo cáo", value: meta.agency.receiver },
    { label: "Kỳ báo cáo", value: `từ ngày ${formatDateVi(period.start)} đến ngày ${formatDateVi(period.end)}` },
    meta.reportId === undefined
      ? { label: "Phiên bản", value: String(meta.version) }
      : { label: "Số báo cáo", value: `${meta.reportId}, phiên bản ${meta.version}` },
    { label: "Ngày lập", value: formatDateVi(todayInVietnam(meta.generatedAt)) },
  ];
  const c = meta.supersedes;
  if (c) subtitles.push({ label: `Bản thay thế báo cáo số ${c.reportId} (phiên bản ${c.version}) — lý do`, value: c.reason });
  return {
    formCode: `Biểu ${table.form.code}`,
    formBasis: table.form.confirmed ? BASIS : PROVISIONAL_BASIS,
    agency: meta.agency.lines,
    title: `BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ ${period.label.vi.toLocaleUpperCase("vi")}`,
    subtitles,
    ...statusOf(meta),
    table: {
      columns: columnsOf(table),
      rows: rowsOf(table),
      unconfirmedNote: table.form.confirmed
        ? `(*) Dòng chưa có trong văn bản gốc của Biểu ${table.form.code}: chỉ tiêu chưa được xác nhận, chỉ dùng để tham khảo.`
        : `(*) Biểu ${table.form.code} chưa được đối chiếu với văn bản chính thức: mọi dòng chỉ dùng để tham khảo.`,
    },
    notes: notesOf(table),
    signature: signatureOf(meta),
    generatedAt: meta.generatedAt,
  };
}
