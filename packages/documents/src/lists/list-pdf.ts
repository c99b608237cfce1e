// A list as a PDF for printing: A4 landscape, Tinos, the list's title, unit, rule and column
// heads on every page, and on every page's foot who exported it, when, and its audit
// reference. Pages are not buffered (a district's list runs to hundreds): each is written
// out as the next begins, so the footer says "Trang N", not "N/M".
import PDFDocument from "pdfkit";
import { formatDateTimeVi } from "../format.js";
import { fontSource, registerFonts } from "../pdf/fonts.js";
import { contentBox, MARGINS } from "../pdf/page.js";
import { provenance, type ListWriterFactory } from "./model.js";

const SIZE = 8;
const ROW = 12;
const PAD = 2;

export const listPdfWriter: ListWriterFactory = (doc, emit) => {
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    size: "A4",
    layout: "landscape",
    margins: MARGINS.landscape,
    font: fontSource("regular"),
    lang: "vi-VN",
    displayTitle: true,
    info: { Title: `${doc.title} — ${doc.unitName}`, Author: doc.exportedBy, Creator: "Dân số", Producer: "Dân số (pdfkit)", CreationDate: doc.exportedAt },
  });
  registerFonts(pdf);
  pdf.on("data", (b: Buffer) => emit(b));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });
  const box = contentBox("landscape");
  const totalWidth = doc.columns.reduce((s, c) => s + c.width, 0);
  let left = box.x;
  const slots = doc.columns.map((c) => {
    const slot = { x: left, width: (c.width / totalWidth) * box.width };
    left += slot.width;
    return slot;
  });
  const stamp = provenance(doc, formatDateTimeVi(doc.exportedAt));
  let page = 0;
  let y = box.bottom;
  let number = 0;

  const cells = (values: string[], font: "regular" | "bold") => {
    pdf.font(font).fontSize(SIZE);
    slots.forEach((slot, i) => pdf.text(values[i] ?? "", slot.x + PAD, y + 2, { width: slot.width - 2 * PAD, height: ROW, ellipsis: true, lineBreak: false }));
    y += ROW;
  };

  const newPage = () => {
    pdf.addPage({ size: "A4", layout: "landscape", margins: MARGINS.landscape });
    page += 1;
    y = box.y;
    pdf.font("bold").fontSize(12).text(doc.title.toUpperCase(), box.x, y, { width: box.width, align: "center" });
    y = pdf.y + 2;
    pdf.font("regular").fontSize(9).text(`${doc.unitName} — ngày tham chiếu ${doc.referenceDate} — tổng số ${doc.total} người`, box.x, y, { width: box.width, align: "center" });
    y = pdf.y + 2;
    if (page === 1) {
      pdf.font("italic").fontSize(8).text(`Tiêu chí: ${doc.rule} (${doc.basis}). Nơi nhận: ${doc.recipient}.`, box.x, y, { width: box.width });
      y = pdf.y + 4;
    }
    pdf.rect(box.x, y, box.width, ROW).fill("#e8eef4").fillColor("black");
    cells(doc.columns.map((c) => c.label), "bold");
    // The foot of the page, written now: the page is complete once the next one starts.
    const footY = box.bottom + 6;
    // Below the bottom margin: lifted for the footer, or pdfkit would start a page for it.
    const margins = pdf.page.margins;
    pdf.page.margins = { ...margins, bottom: 0 };
    pdf.font("italic").fontSize(7).fillColor("#444444")
      .text(stamp, box.x, footY, { width: box.width - 60, lineBreak: false, ellipsis: true })
      .text(`Trang ${page}`, box.x + box.width - 60, footY, { width: 60, align: "right", lineBreak: false })
      .fillColor("black");
    pdf.page.margins = margins;
  };

  return {
    rows(rows) {
      for (const values of rows) {
        if (y + ROW > box.bottom) newPage();
        number += 1;
        if (number % 2 === 0) pdf.rect(box.x, y, box.width, ROW).fill("#f6f6f6").fillColor("black");
        cells(values, "regular");
      }
    },
    async end() {
      if (page === 0) newPage();
      if (y + ROW * (doc.counts.length + 2) > box.bottom) newPage();
      y += ROW;
      pdf.font("bold").fontSize(SIZE).text("Tổng hợp theo đơn vị", box.x, y);
      y += ROW;
      for (const c of [...doc.counts, { name: "Tổng số", count: doc.total }]) {
        if (y + ROW > box.bottom) newPage();
        pdf.font(c.name === "Tổng số" ? "bold" : "regular").fontSize(SIZE).text(c.name, box.x, y, { width: 300, lineBreak: false }).text(String(c.count), box.x + 300, y, { width: 60, align: "right", lineBreak: false });
        y += ROW;
      }
      pdf.end();
      await finished;
    },
  };
};
