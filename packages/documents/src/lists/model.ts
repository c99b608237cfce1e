// A list of persons as a document: what it is, who drew it and where its audit line is,
// and its rows as text, arriving in chunks (one commune at a time) so that a file of a
// district of 200,000 persons is written without holding it in memory.

export interface ListColumnSpec {
  key: string;
  label: string;
  /** Relative width in the PDF. */
  width: number;
}

export interface ListDocument {
  /** "Danh sách trẻ em vào lớp 1" */
  title: string;
  unitName: string;
  /** "01/11/2026" */
  referenceDate: string;
  rule: string;
  basis: string;
  recipient: string;
  columns: ListColumnSpec[];
  /** Counts by child unit (commune or area), with the total last. */
  counts: { name: string; count: number }[];
  total: number;
  exportedBy: string;
  exportedAt: Date;
  /** The audit row written for this export: its id, printed on every page. */
  auditRef: string;
}

/** One line saying who exported the file, when, and its audit reference. */
export function provenance(doc: ListDocument, at: string): string {
  return `Xuất bởi ${doc.exportedBy} lúc ${at}, nhật ký số ${doc.auditRef}. Dữ liệu cá nhân: chỉ dùng cho mục đích đã đăng ký, không chia sẻ.`;
}

/** Receives chunks of rows and writes them; `end` finishes the file. */
export interface ListWriter {
  rows(rows: string[][]): void | Promise<void>;
  end(): Promise<void>;
}

/** Makes a writer that hands every piece of the file it produces to `emit`. */
export type ListWriterFactory = (doc: ListDocument, emit: (bytes: Uint8Array) => void) => ListWriter | Promise<ListWriter>;
