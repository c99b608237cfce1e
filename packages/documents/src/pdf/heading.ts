// The top of an official document (Decree 30/2020/NĐ-CP, Annex I): issuing agency on the
// left in capitals, the last line bold with a short rule under it; the national motto on the
// right, its second line underlined over its full length; the form code in a box above.
import type { ReportDocument } from "../model.js";
import { MOTTO, STATUS_TEXT } from "../text.js";
import type { FontName } from "./fonts.js";
import type { ContentBox } from "./page.js";

function centered(doc: PDFKit.PDFDocument, text: string, font: FontName, size: number, x: number, y: number, width: number): number {
  doc.font(font).fontSize(size).fillColor("black").text(text, x, y, { width, align: "center", lineGap: 0 });
  return y + doc.heightOfString(text, { width, lineGap: 0 });
}

/** The largest size up to `max` at which `text` fits on one line of `width`. */
function fittingSize(doc: PDFKit.PDFDocument, text: string, font: FontName, max: number, width: number): number {
  const natural = doc.font(font).fontSize(max).widthOfString(text);
  return natural <= width ? max : Math.max(9, (max * width) / natural);
}

/** Form code in a box at the top right, with its legal basis under it. Returns the y below. */
function drawFormBox(doc: PDFKit.PDFDocument, box: ContentBox, code: string, basis?: string): number {
  const codeWidth = doc.font("bold").fontSize(10).widthOfString(code);
  const basisWidth = basis ? doc.font("italic").fontSize(7.5).widthOfString(basis) : 0;
  const width = Math.min(box.width * 0.45, Math.max(codeWidth, basisWidth) + 10);
  const inner = width - 10;
  const basisHeight = basis ? doc.font("italic").fontSize(7.5).heightOfString(basis, { width: inner }) : 0;
  const height = 4 + 12 + basisHeight + 3;
  const x = box.x + box.width - width;
  doc.rect(x, box.y, width, height).lineWidth(0.6).strokeColor("black").stroke();
  doc.font("bold").fontSize(10).text(code, x + 5, box.y + 4, { width: inner, align: "center" });
  if (basis) doc.font("italic").fontSize(7.5).text(basis, x + 5, box.y + 16, { width: inner, align: "center" });
  return box.y + height + 6;
}

/** Agency and motto side by side. Returns the y below the taller of the two. */
export function drawAgencyAndMotto(doc: PDFKit.PDFDocument, box: ContentBox, agency: string[], y: number): number {
  const leftWidth = box.width * 0.42;
  const rightX = box.x + leftWidth;
  const rightWidth = box.width - leftWidth;
  let ly = y;
  agency.forEach((line, i) => {
    const last = i === agency.length - 1;
    const font: FontName = last ? "bold" : "regular";
    const size = fittingSize(doc, line, font, 12, leftWidth);
    ly = centered(doc, line, font, size, box.x, ly, leftWidth);
    if (last) {
      const rule = Math.min(doc.font(font).fontSize(size).widthOfString(line), leftWidth) * 0.4;
      const rx = box.x + (leftWidth - rule) / 2;
      doc.moveTo(rx, ly + 2.5).lineTo(rx + rule, ly + 2.5).lineWidth(0.6).strokeColor("black").stroke();
      ly += 5;
    }
  });
  const [first, second] = MOTTO;
  let ry = centered(doc, first, "bold", fittingSize(doc, first, "bold", 12, rightWidth), rightX, y, rightWidth);
  const size2 = fittingSize(doc, second, "bold", 13, rightWidth);
  ry = centered(doc, second, "bold", size2, rightX, ry, rightWidth);
  const w2 = doc.font("bold").fontSize(size2).widthOfString(second);
  const ux = rightX + (rightWidth - w2) / 2;
  doc.moveTo(ux, ry + 2).lineTo(ux + w2, ry + 2).lineWidth(0.6).strokeColor("black").stroke();
  return Math.max(ly, ry + 5);
}

/** The status line: official reports plainly framed, provisional ones in red so a reader cannot miss it. */
function drawStatus(doc: PDFKit.PDFDocument, box: ContentBox, text: string, provisional: boolean, y: number): number {
  const size = 10.5;
  const font: FontName = provisional ? "boldItalic" : "bold";
  const color = provisional ? "#A4161A" : "#1B4332";
  const w = Math.min(doc.font(font).fontSize(size).widthOfString(text) + 16, box.width);
  const x = box.x + (box.width - w) / 2;
  const h = doc.heightOfString(text, { width: w - 16 }) + 6;
  doc.rect(x, y, w, h).lineWidth(0.8).strokeColor(color).stroke();
  doc.fillColor(color).text(text, x + 8, y + 3.5, { width: w - 16, align: "center" });
  doc.fillColor("black").strokeColor("black");
  return y + h;
}

/** Everything above the table of a report. Returns the y where the table may start. */
export function drawReportHeading(doc: PDFKit.PDFDocument, box: ContentBox, report: ReportDocument): number {
  let y = drawFormBox(doc, box, report.formCode, report.formBasis);
  y = drawAgencyAndMotto(doc, box, report.agency, y);
  y += 14;
  y = centered(doc, report.title, "bold", 14, box.x, y, box.width) + 4;
  for (const s of report.subtitles) y = centered(doc, `${s.label}: ${s.value}`, "italic", 11, box.x, y, box.width) + 1;
  y += 5;
  y = drawStatus(doc, box, report.statusText ?? STATUS_TEXT[report.status], report.status === "provisional", y);
  return y + 10;
}
