// A list as an Excel workbook, written by exceljs's streaming writer: each chunk of rows is
// committed as it comes, so memory holds one chunk, not the list. Sheet "Danh sách": what
// the list is, its rule, who exported it and its audit reference above the table (and in
// the printed page's header and footer); sheet "Tổng hợp": the counts by child unit.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { formatDateTimeVi } from "../format.js";
import { FONT } from "../xlsx/workbook.js";
import { provenance, type ListWriterFactory } from "./model.js";

/** Excel's header/footer codes start with "&": a literal one is doubled. */
const escapeHeader = (s: string) => s.replace(/&/g, "&&");

export const listXlsxWriter: ListWriterFactory = (doc, emit) => {
  const out = new PassThrough();
  out.on("data", (b: Buffer) => emit(b));
  const finished = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "Dân số";
  wb.title = doc.title;
  wb.created = doc.exportedAt;
  const stamp = provenance(doc, formatDateTimeVi(doc.exportedAt));
  const HEADER_ROW = 6;
  const ws = wb.addWorksheet("Danh sách", {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
    headerFooter: {
      oddHeader: `&L${escapeHeader(`${doc.title} — ${doc.unitName}`)}&R${escapeHeader(`Ngày tham chiếu ${doc.referenceDate}`)}`,
      oddFooter: `&L${escapeHeader(`Nhật ký số ${doc.auditRef} — ${doc.exportedBy}, ${formatDateTimeVi(doc.exportedAt)}`)}&RTrang &P/&N`,
    },
  });
  ws.columns = doc.columns.map((c) => ({ key: c.key, width: Math.max(10, Math.round(c.width * 2.2)) }));
  const font = { name: FONT, size: 11 };
  const line = (text: string, style: Partial<ExcelJS.Font> = {}) => {
    const row = ws.addRow([text]);
    row.getCell(1).font = { ...font, ...style };
    row.commit();
  };
  line(doc.title.toUpperCase(), { bold: true, size: 13 });
  line(`${doc.unitName} — ngày tham chiếu ${doc.referenceDate} — tổng số ${doc.total} người`, { bold: true });
  line(`Tiêu chí: ${doc.rule} (${doc.basis})`, { italic: true });
  line(`Nơi nhận: ${doc.recipient}`);
  line(stamp, { italic: true, color: { argb: "FF444444" } });
  const header = ws.addRow(doc.columns.map((c) => c.label));
  header.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
    cell.border = { bottom: { style: "thin" } };
  });
  header.commit();
  return {
    rows(rows) {
      // Every value is text (a CCCD keeps its leading zero), in the document's font.
      for (const values of rows) {
        const row = ws.addRow(values);
        row.font = font;
        row.commit();
      }
    },
    async end() {
      ws.commit();
      const sum = wb.addWorksheet("Tổng hợp");
      sum.columns = [{ width: 40 }, { width: 14 }];
      const head = sum.addRow(["Đơn vị", "Số người"]);
      head.font = { ...font, bold: true };
      head.commit();
      for (const c of doc.counts) {
        const row = sum.addRow([c.name, c.count]);
        row.font = font;
        row.commit();
      }
      const total = sum.addRow(["Tổng số", doc.total]);
      total.font = { ...font, bold: true };
      total.commit();
      sum.addRow([stamp]).commit();
      sum.commit();
      await wb.commit();
      await finished;
    },
  };
};
