// The cover of a yearbook: agency at the top, title, unit and year in the middle, place
// and year of publication at the foot, inside a double frame.
import type { YearbookDocument } from "../model.js";
import { A4, type ContentBox } from "./page.js";

export function drawCover(doc: PDFKit.PDFDocument, page: ContentBox, book: YearbookDocument): void {
  // The frame is centred on the sheet: the binding margin of text pages would set it askew.
  const side = (A4.width - page.width) / 2;
  const box: ContentBox = { ...page, x: side };
  const pageBottom = box.bottom;
  doc.rect(box.x - 6, box.y - 6, box.width + 12, pageBottom - box.y + 12).lineWidth(2).strokeColor("#1F3A5F").stroke();
  doc.rect(box.x - 1, box.y - 1, box.width + 2, pageBottom - box.y + 2).lineWidth(0.6).stroke();
  let y = box.y + 28;
  book.agency.forEach((line, i) => {
    const last = i === book.agency.length - 1;
    doc.font(last ? "bold" : "regular").fontSize(13).fillColor("black").text(line, box.x, y, { width: box.width, align: "center" });
    y += doc.heightOfString(line, { width: box.width }) + 2;
  });
  const rule = box.width * 0.18;
  doc.moveTo(box.x + (box.width - rule) / 2, y + 3).lineTo(box.x + (box.width + rule) / 2, y + 3).lineWidth(0.8).strokeColor("black").stroke();

  y = box.y + (pageBottom - box.y) * 0.34;
  doc.font("bold").fontSize(28).fillColor("#1F3A5F").text(book.title, box.x, y, { width: box.width, align: "center" });
  y += doc.heightOfString(book.title, { width: box.width }) + 18;
  doc.font("bold").fontSize(20).text(book.unit, box.x, y, { width: box.width, align: "center" });
  y += doc.heightOfString(book.unit, { width: box.width }) + 26;
  doc.font("bold").fontSize(44).fillColor("#0072B2").text(String(book.year), box.x, y, { width: box.width, align: "center" });
  if (book.placeAndYear) {
    doc.font("italic").fontSize(13).fillColor("black").text(book.placeAndYear, box.x, pageBottom - 50, { width: box.width, align: "center" });
  }
  doc.fillColor("black").strokeColor("black");
}
