// The document models: plain data that the renderers turn into PDF, XLSX and CSV. They know
// nothing of the database; the statistics engine's report tables are mapped onto them.

/** A value in a table cell; null is printed as "–" (not applicable or undefined). */
export type CellValue = number | null;

/** One value column: a unit (reports) or an indicator (transposed yearbook tables). */
export interface ValueColumn {
  /** Stable key (unit code, indicator code); CSV headers can use it. */
  key: string;
  /** Header text, e.g. "Phường Cẩm Thượng" or "Toàn thành phố". */
  label: string;
  /** Spanning header over consecutive columns with the same group, e.g. "Chia theo xã, phường". */
  group?: string;
  /** Unit of measure shown in the header, for columns of one indicator ("người", "‰"). */
  unit?: string;
  /** Decimals of the column's values when its rows do not say (transposed tables). */
  decimals?: number;
  /** The reporting unit's own column: shaded so it stands apart from its children. */
  emphasis?: boolean;
  /** Figures of this column are not confirmed: marked with the footnote sign. */
  unconfirmed?: boolean;
}

/** A section header row ("I. HỘ VÀ NHÂN KHẨU"). */
export interface SectionRow {
  kind: "section";
  /** "I", "II", … */
  number?: string;
  label: string;
}

/** A row of values, one per column. */
export interface ValueRow {
  kind: "values";
  /** Machine code of the row (indicator or unit code); first column of the CSV. */
  code: string;
  /** "1", "1.1", … as printed in the STT column. */
  number?: string;
  label: string;
  /** 0 = main row; 1 = "trong đó" row under it; 2 = under that. */
  depth?: number;
  /** Unit of measure (ĐVT column): "hộ", "người", "‰", "%". */
  unit?: string;
  /** Decimals to show: 0 for counts (default), 1 or 2 for rates. */
  decimals?: number;
  /** Aligned with the table's columns. */
  values: CellValue[];
  /** The row is not in the official text or its figures are not confirmed. */
  unconfirmed?: boolean;
  /** Printed bold: a total row. */
  emphasis?: boolean;
}

export type TableRow = SectionRow | ValueRow;

export interface DataTable {
  /** Header of the label column: "Chỉ tiêu" (default) or "Đơn vị hành chính" in transposed tables. */
  labelHeader?: string;
  columns: ValueColumn[];
  rows: TableRow[];
  /** Text of the footnote for unconfirmed rows and columns; a default is used when absent. */
  unconfirmedNote?: string;
}

/** Facts of a digital signature, printed in small type under the signer. */
export interface DigitalSignature {
  /** "Ed25519". */
  algorithm: string;
  /** Fingerprint of the unit's public key, 16 hex digits, with or without spaces. */
  keyFingerprint: string;
  /** SHA-256 of the signed snapshot, 64 hex digits. */
  contentHash: string;
  signedAt: Date;
}

export interface SignatureBlock {
  /** Place in the date line: "Hải Dương". */
  place: string;
  /** Calendar date of the signature line, "YYYY-MM-DD". */
  date: string;
  /** Signer's title in capitals, one or two lines: ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"]. */
  titleLines: string[];
  signerName?: string;
  /** Absent or null: the report is not signed and says so ("CHƯA KÝ"). */
  digital?: DigitalSignature | null;
  /** The preparer on the left ("NGƯỜI LẬP BIỂU"), when the form has one. */
  preparer?: { title: string; name?: string };
}

export type ReportStatus = "official" | "provisional";

/** One statistical report form (Circular 01/2022/TT-BYT) for a unit and period. */
export interface ReportDocument {
  /** "Biểu 01-DSH". */
  formCode: string;
  /** Legal basis printed under the form code: "Ban hành kèm theo Thông tư số 01/2022/TT-BYT". */
  formBasis?: string;
  /** Issuing agency, top left, in capitals, upper level first: ["UBND TỈNH HẢI DƯƠNG", "CHI CỤC DÂN SỐ"]. */
  agency: string[];
  title: string;
  /** Labelled lines under the title, e.g. { label: "Đơn vị báo cáo", value: "…" }. */
  subtitles: { label: string; value: string }[];
  status: ReportStatus;
  /** Replaces the default status text of the kind. */
  statusText?: string;
  table: DataTable;
  /** Footnotes and definitions under the table. */
  notes?: string[];
  signature: SignatureBlock;
  generatedAt: Date;
}

export interface TableSection {
  kind: "table";
  title: string;
  table: DataTable;
  notes?: string[];
}

export interface PyramidGroup {
  /** "0–4", …, "80+". */
  label: string;
  male: number;
  female: number;
}

export interface PyramidSection {
  kind: "pyramid";
  title: string;
  /** Youngest group first. */
  groups: PyramidGroup[];
  /** Bars in persons or in percent of the total population. */
  display: "count" | "percent";
  notes?: string[];
}

export interface RankingSection {
  kind: "ranking";
  title: string;
  indicator: string;
  unit: string;
  decimals?: number;
  /** Which end of the ranking is the best: "higher" puts the largest value first. */
  better: "higher" | "lower";
  entries: { code: string; label: string; value: CellValue }[];
  notes?: string[];
}

export interface TextSection {
  kind: "text";
  title: string;
  /** Plain paragraphs, or definitions printed as a bold term then its text. */
  paragraphs: (string | { term: string; text: string })[];
}

export type YearbookSection = TableSection | PyramidSection | RankingSection | TextSection;

/** A statistical yearbook of population (niên giám thống kê dân số) of a province or the nation. */
export interface YearbookDocument {
  /** "NIÊN GIÁM THỐNG KÊ DÂN SỐ". */
  title: string;
  /** "TỈNH HẢI DƯƠNG". */
  unit: string;
  year: number;
  agency: string[];
  /** Bottom of the cover: "Hải Dương, 2027". */
  placeAndYear?: string;
  sections: YearbookSection[];
  generatedAt: Date;
}
