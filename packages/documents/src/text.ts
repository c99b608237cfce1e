// Fixed Vietnamese wording of the documents, in one place. Documents are printed in
// Vietnamese only: they are official forms of a Vietnamese agency.
import type { DigitalSignature, ReportStatus } from "./model.js";
import { formatDateTimeVi, formatFingerprint } from "./format.js";

export const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;

export const HEADERS = { number: "STT", label: "Chỉ tiêu", unit: "Đơn vị tính", unitShort: "ĐVT", code: "Mã" } as const;

/** The sign after an unconfirmed row or column, and the default footnote explaining it. */
export const UNCONFIRMED_MARK = "(*)";
export const DEFAULT_UNCONFIRMED_NOTE = "(*) Chỉ tiêu hoặc số liệu chưa được xác nhận theo văn bản chính thức; chỉ dùng để tham khảo.";

export const STATUS_TEXT: Record<ReportStatus, string> = {
  official: "Bản chính thức — đã ký số",
  provisional: "Số liệu tạm tính, chưa phê duyệt",
};

export const UNSIGNED_TEXT = "CHƯA KÝ — báo cáo chưa được phê duyệt và ký số";

export const NOTES_HEADING = "Ghi chú:";
export const CONTINUED = "(tiếp theo)";
export const PAGE = "Trang";
export const GENERATED_AT = "Lập lúc";
export const TABLE_OF_CONTENTS = "MỤC LỤC";

/** The facts of a digital signature in one sentence, as printed under the signer. */
export function signatureFacts(sig: DigitalSignature): string {
  return (
    `Đã ký số bằng khóa ${sig.algorithm} của đơn vị — dấu vân tay khóa: ${formatFingerprint(sig.keyFingerprint)} — ` +
    `SHA-256: ${sig.contentHash.toLowerCase()}, ký lúc ${formatDateTimeVi(sig.signedAt, true)} (giờ Việt Nam).`
  );
}

/** The same facts as short lines, for the narrow signature block of a PDF. */
export function signatureFactLines(sig: DigitalSignature): string[] {
  return [
    `Đã ký số bằng khóa ${sig.algorithm} của đơn vị`,
    `Dấu vân tay khóa: ${formatFingerprint(sig.keyFingerprint)}`,
    `SHA-256: ${sig.contentHash.toLowerCase()}`,
    `Ký lúc: ${formatDateTimeVi(sig.signedAt, true)} (giờ Việt Nam)`,
  ];
}

/** "Trang 2/5". */
export const pageLabel = (page: number, count: number): string => `${PAGE} ${page}/${count}`;

/** Column numbering row of Vietnamese forms: leading columns A, B, C; value columns 1, 2, 3… */
export const LEADING_COLUMN_LETTERS = ["A", "B", "C"] as const;
