// The signature block at the bottom right: place and date, signer's title and name, and
// the facts of the digital signature (or a clear "CHƯA KÝ").
import { formatPlaceDate } from "../format.js";
import type { SignatureBlock } from "../model.js";
import { UNSIGNED_TEXT, signatureFactLines } from "../text.js";
import type { FontName } from "./fonts.js";
import type { ContentBox } from "./page.js";

/** Room left for a handwritten or stamped signature between the title and the name. */
const SIGN_SPACE = 44;
const FACTS_SIZE = 7;
const GAP_ABOVE = 14;

interface Line {
  text: string;
  font: FontName;
  size: number;
  color?: string;
  gapBefore?: number;
}

function titleLines(sig: SignatureBlock): Line[] {
  return [
    { text: formatPlaceDate(sig.place, sig.date), font: "italic", size: 11 },
    ...sig.titleLines.map((t): Line => ({ text: t, font: "bold", size: 11 })),
  ];
}

function linesHeight(doc: PDFKit.PDFDocument, lines: Line[], width: number): number {
  return lines.reduce((h, l) => h + (l.gapBefore ?? 0) + doc.font(l.font).fontSize(l.size).heightOfString(l.text || " ", { width }), 0);
}

function drawLines(doc: PDFKit.PDFDocument, lines: Line[], x: number, y: number, width: number): number {
  for (const l of lines) {
    y += l.gapBefore ?? 0;
    doc.font(l.font).fontSize(l.size).fillColor(l.color ?? "black");
    if (l.text) doc.text(l.text, x, y, { width, align: "center" });
    y += doc.heightOfString(l.text || " ", { width });
  }
  doc.fillColor("black");
  return y;
}

interface SignatureGeometry {
  rightX: number;
  rightWidth: number;
  leftWidth: number;
}

function geometry(box: ContentBox): SignatureGeometry {
  const rightWidth = Math.min(box.width * 0.55, 300);
  return { rightX: box.x + box.width - rightWidth, rightWidth, leftWidth: Math.min(box.width * 0.4, 220) };
}

/** The signer's part: a framed box of signature facts, or the red "CHƯA KÝ" line. */
function statusLines(sig: SignatureBlock): Line[] {
  if (!sig.digital) return [{ text: UNSIGNED_TEXT, font: "bold", size: 10.5, color: "#A4161A" }];
  return [{ text: "(Đã ký số)", font: "italic", size: 10 }];
}

function factsHeight(doc: PDFKit.PDFDocument, sig: SignatureBlock, width: number): number {
  if (!sig.digital) return 0;
  doc.font("regular").fontSize(FACTS_SIZE);
  return 6 + signatureFactLines(sig.digital).reduce((h, l) => h + doc.heightOfString(l, { width: width - 8 }), 0) + 6;
}

export function signatureHeight(doc: PDFKit.PDFDocument, box: ContentBox, sig: SignatureBlock): number {
  const g = geometry(box);
  const top = linesHeight(doc, titleLines(sig), g.rightWidth) + 8 + linesHeight(doc, statusLines(sig), g.rightWidth);
  const name = SIGN_SPACE - 20 + doc.font("bold").fontSize(11).heightOfString(sig.signerName || " ", { width: g.rightWidth });
  return GAP_ABOVE + top + name + factsHeight(doc, sig, g.rightWidth);
}

/** Draws the block, on a new page when it does not fit (a signature is never split). Returns the y below. */
export function drawSignature(doc: PDFKit.PDFDocument, box: ContentBox, y: number, sig: SignatureBlock, newPage: () => number): number {
  const g = geometry(box);
  if (y + signatureHeight(doc, box, sig) > box.bottom) y = newPage() - GAP_ABOVE;
  y += GAP_ABOVE;
  let ry = drawLines(doc, titleLines(sig), g.rightX, y, g.rightWidth);
  const titleBottom = ry;
  ry = drawLines(doc, statusLines(sig), g.rightX, ry + 8, g.rightWidth);
  const nameY = ry + SIGN_SPACE - 20;
  ry = drawLines(doc, [{ text: sig.signerName ?? "", font: "bold", size: 11 }], g.rightX, nameY, g.rightWidth);
  if (sig.digital) {
    const lines = signatureFactLines(sig.digital);
    const top = ry + 4;
    const h = factsHeight(doc, sig, g.rightWidth) - 6;
    doc.rect(g.rightX, top, g.rightWidth, h).lineWidth(0.5).strokeColor("#555555").stroke();
    let fy = top + 3;
    doc.font("regular").fontSize(FACTS_SIZE).fillColor("#222222");
    for (const l of lines) {
      doc.text(l, g.rightX + 4, fy, { width: g.rightWidth - 8, align: "left" });
      fy += doc.heightOfString(l, { width: g.rightWidth - 8 });
    }
    doc.fillColor("black").strokeColor("black");
    ry = top + h;
  }
  if (sig.preparer) {
    // The preparer's title sits level with the signer's last title line, the names level too.
    const lastTitle = doc.font("bold").fontSize(11).heightOfString(sig.titleLines.at(-1) ?? " ", { width: g.rightWidth });
    drawLines(doc, [{ text: sig.preparer.title, font: "bold", size: 11 }], box.x, titleBottom - lastTitle, g.leftWidth);
    if (sig.preparer.name) drawLines(doc, [{ text: sig.preparer.name, font: "bold", size: 11 }], box.x, nameY, g.leftWidth);
  }
  return ry;
}
