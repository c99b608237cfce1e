// Sample reports for the tests and the sample script: the forms of the domain package, real
// unit names, made-up figures. They also show the lead how a computed report maps onto the
// document model.
import { UNIT_LABELS, getIndicator, getReportForm } from "@danso/domain";
import type { DigitalSignature, ReportDocument, TableRow, ValueColumn } from "../model.js";
import { sampleValue, type UnitFigures } from "./figures.js";
import { childrenOf, unitByCode, type SampleUnit } from "./units.js";

/** Codes whose column of the parent is not the sum of its children: moves inside the parent are not moves for it. */
const INTERNAL_MOVES = /_SAME_DISTRICT$/;

function figuresOf(unit: SampleUnit, months: number): UnitFigures {
  const seed = Number(unit.code);
  const base = unit.type === "Phường" ? 9_000 : unit.type === "Xã" ? 7_000 : 120_000;
  const spread = ((seed * 7919) % 1000) / 1000;
  return { pop: Math.round(base * (0.7 + spread * 1.6)), months, seed };
}

/** The rows of a form with one value per column; the parent column sums its children's counts. */
export function formRows(formCode: string, parent: SampleUnit, children: SampleUnit[], months: number): TableRow[] {
  const form = getReportForm(formCode);
  const units = children.map((u) => figuresOf(u, months));
  const parentFigures: UnitFigures =
    children.length > 0 ? { pop: units.reduce((s, u) => s + u.pop, 0), months, seed: Number(parent.code) } : figuresOf(parent, months);
  return form.rows.map((r): TableRow => {
    if (r.kind === "section") return { kind: "section", number: r.number, label: r.label.vi };
    const def = getIndicator(r.indicator);
    const childValues = units.map((u) => sampleValue(r.indicator, u, def.decimals));
    let total: number | null = def.decimals > 0 || children.length === 0
      ? sampleValue(r.indicator, parentFigures, def.decimals)
      : childValues.reduce((s, v) => s + v, 0);
    if (INTERNAL_MOVES.test(r.indicator) && children.length > 0) total = null;
    return {
      kind: "values", code: r.indicator, number: r.number, label: (r.label ?? def.name).vi, depth: r.depth,
      unit: UNIT_LABELS[def.unit].vi, decimals: def.decimals, unconfirmed: !r.confirmed,
      values: children.length > 0 ? [total, ...childValues] : [total],
    };
  });
}

function unitColumns(parent: SampleUnit, children: SampleUnit[], totalLabel: string, group: string): ValueColumn[] {
  return [
    { key: parent.code, label: totalLabel, emphasis: true },
    ...children.map((c): ValueColumn => ({ key: c.code, label: c.name, group })),
  ];
}

export const SAMPLE_SIGNATURE: DigitalSignature = {
  algorithm: "Ed25519",
  keyFingerprint: "3F9A 0C7B 21D4 E8A6",
  contentHash: "9c1f4be2a07d35e8c6b1f0a2d4e6f8091a3b5c7d9e0f1a2b3c4d5e6f708192a3",
  signedAt: new Date("2026-10-09T03:12:45Z"),
};

/** Biểu 01-DSH of Thành phố Hải Dương (288), quarter III/2026: the city and its communes as columns. */
export function districtQuarterReport(options: { signed?: boolean; children?: number } = {}): ReportDocument {
  const signed = options.signed ?? true;
  const parent = unitByCode("288");
  const children = childrenOf("288").slice(0, options.children);
  const columns = unitColumns(parent, children, "Toàn thành phố", "Chia theo xã, phường");
  // One commune sent its slips late: its figures are shown but flagged.
  const late = columns.find((c) => c.label === "Xã Ngọc Sơn");
  if (late) late.unconfirmed = true;
  return {
    formCode: "Biểu 01-DSH",
    formBasis: "Ban hành kèm theo Thông tư số 01/2022/TT-BYT",
    agency: ["SỞ Y TẾ TỈNH HẢI DƯƠNG", "TRUNG TÂM Y TẾ THÀNH PHỐ HẢI DƯƠNG"],
    title: "BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ QUÝ III/2026",
    subtitles: [
      { label: "Đơn vị báo cáo", value: "Trung tâm Y tế Thành phố Hải Dương" },
      { label: "Đơn vị nhận báo cáo", value: "Chi cục Dân số tỉnh Hải Dương" },
      { label: "Kỳ báo cáo", value: "từ ngày 01/07/2026 đến ngày 30/09/2026" },
      { label: "Ngày lập", value: "09/10/2026" },
    ],
    status: signed ? "official" : "provisional",
    table: {
      columns,
      rows: formRows("01-DSH", parent, children, 3),
      unconfirmedNote: "(*) Dòng chưa có trong văn bản gốc của Biểu 01-DSH, hoặc cột của xã nộp phiếu muộn: số liệu chưa được xác nhận.",
    },
    notes: [
      "Số liệu tính đến hết ngày cuối kỳ theo ngày xảy ra sự kiện; sự kiện ghi nhận muộn được tính vào kỳ của ngày xảy ra.",
      "Cột “Toàn thành phố” không cộng số chuyển đến, chuyển đi giữa các xã, phường trong thành phố (dấu “–”).",
    ],
    signature: {
      place: "Hải Dương", date: "2026-10-09", titleLines: ["GIÁM ĐỐC"], signerName: "Nguyễn Văn Hùng",
      digital: signed ? SAMPLE_SIGNATURE : null,
      preparer: { title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Mai" },
    },
    generatedAt: new Date("2026-10-09T02:55:00Z"),
  };
}

/** An annual province report (form DST-NAM, provisional code): Tỉnh Hải Dương (30) with its 12 districts by default; Hà Nội (01) has 30. */
export function provinceYearReport(provinceCode = "30"): ReportDocument {
  const parent = unitByCode(provinceCode);
  const children = childrenOf(provinceCode);
  const name = parent.name.replace(/^Tỉnh /, "tỉnh ");
  return {
    formCode: "Biểu DST-NAM",
    formBasis: "Mẫu tạm theo Thông tư số 01/2022/TT-BYT",
    agency: [`SỞ Y TẾ ${parent.name.toUpperCase()}`, "CHI CỤC DÂN SỐ"],
    title: "BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ NĂM 2026",
    subtitles: [
      { label: "Đơn vị báo cáo", value: `Chi cục Dân số ${name}` },
      { label: "Đơn vị nhận báo cáo", value: "Cục Dân số, Bộ Y tế" },
      { label: "Kỳ báo cáo", value: "từ ngày 01/01/2026 đến ngày 31/12/2026" },
    ],
    status: "provisional",
    table: { columns: unitColumns(parent, children, provinceCode === "01" ? "Toàn thành phố" : "Toàn tỉnh", "Chia theo quận, huyện, thị xã, thành phố"), rows: formRows("DST-NAM", parent, children, 12) },
    notes: ["Các tỷ suất tính theo dân số trung bình năm; tỷ suất sinh thô, chết thô tính trên 1.000 dân (‰)."],
    signature: { place: parent.shortName, date: "2027-01-12", titleLines: ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signerName: "Phạm Thị Lan", digital: null },
    generatedAt: new Date("2027-01-12T08:30:00Z"),
  };
}

/** Biểu 03-DSX of one commune: a single value column, which fits in portrait. */
export function communeYearReport(): ReportDocument {
  const unit = unitByCode("10507");
  return {
    formCode: "Biểu 03-DSX",
    formBasis: "Ban hành kèm theo Thông tư số 01/2022/TT-BYT",
    agency: ["UBND THÀNH PHỐ HẢI DƯƠNG", "UBND PHƯỜNG CẨM THƯỢNG"],
    title: "BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ NĂM 2026",
    subtitles: [
      { label: "Đơn vị báo cáo", value: "Trạm Y tế phường Cẩm Thượng" },
      { label: "Đơn vị nhận báo cáo", value: "UBND phường Cẩm Thượng; Trung tâm Y tế Thành phố Hải Dương" },
      { label: "Kỳ báo cáo", value: "từ ngày 01/01/2026 đến ngày 31/12/2026" },
    ],
    status: "official",
    table: { columns: [{ key: unit.code, label: unit.name }], rows: formRows("03-DSX", unit, [], 12) },
    signature: { place: "Cẩm Thượng", date: "2027-01-05", titleLines: ["TRẠM TRƯỞNG"], signerName: "Lê Văn Tâm", digital: { ...SAMPLE_SIGNATURE, signedAt: new Date("2027-01-05T09:00:00Z") } },
    generatedAt: new Date("2027-01-05T08:40:00Z"),
  };
}
