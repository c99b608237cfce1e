// The table of contents of a yearbook: its pages are reserved before the sections are drawn
// (their count depends only on the titles), and filled in once every section's page is known.
import { TABLE_OF_CONTENTS } from "../text.js";
import type { ContentBox } from "./page.js";
import { wrapWords } from "./wrap.js";

export interface TocEntry {
  number: string;
  title: string;
  /** 1-based page number, as printed in the footer. */
  page: number;
  destination: string;
}

const SIZE = 11;
const LINE = SIZE * 1.3;
const NUMBER_WIDTH = 28;
const PAGE_WIDTH = 34;
const HEADING_HEIGHT = 36;

function entryLines(doc: PDFKit.PDFDocument, box: ContentBox, title: string): string[] {
  return wrapWords(doc, title, "regular", SIZE, box.width - NUMBER_WIDTH - PAGE_WIDTH - 10);
}

/** Entries per page, in order; the split depends on titles only, so it is known before drawing. */
export function paginateToc(doc: PDFKit.PDFDocument, box: ContentBox, titles: string[]): number[][] {
  const pages: number[][] = [[]];
  let y = box.y + HEADING_HEIGHT;
  titles.forEach((t, i) => {
    const h = entryLines(doc, box, t).length * LINE + 4;
    if (y + h > box.bottom) {
      pages.push([]);
      y = box.y + HEADING_HEIGHT;
    }
    pages.at(-1)!.push(i);
    y += h;
  });
  return pages;
}

/** Draws one contents page's entries with dot leaders and links to their sections. */
export function drawTocPage(doc: PDFKit.PDFDocument, box: ContentBox, entries: TocEntry[], first: boolean): void {
  doc.font("bold").fontSize(14).fillColor("black").text(first ? TABLE_OF_CONTENTS : `${TABLE_OF_CONTENTS} (tiếp theo)`, box.x, box.y, { width: box.width, align: "center" });
  let y = box.y + HEADING_HEIGHT;
  const textX = box.x + NUMBER_WIDTH;
  const pageX = box.x + box.width - PAGE_WIDTH;
  for (const e of entries) {
    const lines = entryLines(doc, box, e.title);
    doc.font("regular").fontSize(SIZE);
    doc.text(e.number, box.x, y, { width: NUMBER_WIDTH, lineBreak: false });
    lines.forEach((l, i) => doc.text(l, textX, y + i * LINE, { lineBreak: false }));
    const lastY = y + (lines.length - 1) * LINE;
    const from = textX + doc.widthOfString(lines.at(-1)!) + 4;
    const dot = doc.widthOfString(". ");
    const dots = Math.max(0, Math.floor((pageX - 4 - from) / dot));
    doc.fillColor("#666666").text(". ".repeat(dots), pageX - 4 - dots * dot, lastY, { lineBreak: false });
    doc.fillColor("black").text(String(e.page), pageX, lastY, { width: PAGE_WIDTH, align: "right", lineBreak: false });
    const h = lines.length * LINE;
    doc.goTo(box.x, y, box.width, h, e.destination);
    y += h + 4;
  }
}
