// A4 pages, margins by orientation, and the footer stamped on every page once the page
// count is known.
import type { FontName } from "./fonts.js";

export type Orientation = "portrait" | "landscape";

const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Portrait keeps the binding margin of Decree 30 (left 25 mm); landscape tables need the width. */
export const MARGINS: Record<Orientation, { top: number; bottom: number; left: number; right: number }> = {
  portrait: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 15 * MM },
  landscape: { top: 15 * MM, bottom: 18 * MM, left: 18 * MM, right: 15 * MM },
};

export interface ContentBox {
  x: number;
  y: number;
  width: number;
  /** Lowest y a line may reach. */
  bottom: number;
}

export function contentBox(orientation: Orientation): ContentBox {
  const m = MARGINS[orientation];
  const [w, h] = orientation === "portrait" ? [A4.width, A4.height] : [A4.height, A4.width];
  return { x: m.left, y: m.top, width: w - m.left - m.right, bottom: h - m.bottom };
}

export function addPage(doc: PDFKit.PDFDocument, orientation: Orientation): ContentBox {
  doc.addPage({ size: "A4", layout: orientation, margins: MARGINS[orientation] });
  return contentBox(orientation);
}

export interface Footer {
  left: string;
  center?: string;
  right: string;
}

/**
 * Writes a footer on every buffered page. The bottom margin is lifted while writing: text
 * below it would otherwise make pdfkit open a new page.
 */
export function stampFooters(doc: PDFKit.PDFDocument, footer: (page: number, count: number) => Footer | null): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const f = footer(i - start + 1, count);
    if (!f) continue;
    const page = doc.page;
    const margins = page.margins;
    const x = margins.left;
    const width = page.width - margins.left - margins.right;
    const y = page.height - margins.bottom + 5 * MM;
    page.margins = { ...margins, bottom: 0 };
    const font: FontName = "italic";
    doc.font(font).fontSize(7.5).fillColor("#333333");
    doc.moveTo(x, y - 3).lineTo(x + width, y - 3).lineWidth(0.4).strokeColor("#999999").stroke();
    doc.text(f.left, x, y, { width: width * (f.center ? 0.3 : 0.75), align: "left", lineBreak: false });
    if (f.center) doc.font("bold").text(f.center, x + width * 0.3, y, { width: width * 0.4, align: "center", lineBreak: false });
    doc.font(font).text(f.right, x + width * 0.7, y, { width: width * 0.3, align: "right", lineBreak: false });
    page.margins = margins;
  }
  doc.fillColor("black").strokeColor("black");
}
