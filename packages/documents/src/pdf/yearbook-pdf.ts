// A population yearbook as PDF: cover, table of contents with page numbers and links, then
// each section on its own pages (tables in the orientation they need).
import { formatDateTimeVi, formatNumberVi } from "../format.js";
import type { PyramidSection, TextSection, YearbookDocument, YearbookSection } from "../model.js";
import { pyramidRows, pyramidTable } from "../pyramid.js";
import { assertTableShape, unconfirmedNote } from "../table.js";
import { GENERATED_AT, TABLE_OF_CONTENTS, pageLabel } from "../text.js";
import { drawCover } from "./cover.js";
import { createPdf, pdfToBuffer } from "./document.js";
import { drawNotes } from "./notes.js";
import { addPage, contentBox, stampFooters, type ContentBox, type Orientation } from "./page.js";
import { drawPyramid } from "./pyramid.js";
import { drawRanking } from "./ranking-draw.js";
import { groupCaption } from "./report-pdf.js";
import { TableDrawer } from "./table-draw.js";
import { layoutTable, pdfMeasure } from "./table-layout.js";
import { drawTocPage, paginateToc, type TocEntry } from "./toc.js";

type Doc = PDFKit.PDFDocument;

function drawSectionTitle(doc: Doc, box: ContentBox, number: string, title: string): number {
  const text = `${number}. ${title}`;
  doc.font("bold").fontSize(13).fillColor("black").text(text, box.x, box.y, { width: box.width, align: "center" });
  return box.y + doc.heightOfString(text, { width: box.width }) + 10;
}

/** Opens the section's first page, titles it, and returns a way to continue on new pages. */
function openSection(doc: Doc, orientation: Orientation, number: string, title: string, destination: string) {
  const box = addPage(doc, orientation);
  doc.addNamedDestination(destination);
  doc.outline.addItem(`${number}. ${title}`);
  return { box, y: drawSectionTitle(doc, box, number, title), newPage: () => addPage(doc, orientation).y };
}

function drawTextSection(doc: Doc, box: ContentBox, y: number, section: TextSection, newPage: () => number): void {
  const size = 11;
  for (const p of section.paragraphs) {
    const [term, text] = typeof p === "string" ? [null, p] : [p.term, p.text];
    const whole = term ? `${term}: ${text}` : text;
    // Bold terms are a little wider than this measure: a margin keeps the last line on the page.
    const h = doc.font("regular").fontSize(size).heightOfString(whole, { width: box.width, lineGap: 1.5 }) * 1.05;
    if (y + h > box.bottom) y = newPage();
    doc.fillColor("black");
    if (term) {
      doc.font("bold").fontSize(size).text(`${term}: `, box.x, y, { width: box.width, continued: true, lineGap: 1.5, align: "justify" });
      doc.font("regular").text(text, { lineGap: 1.5, align: "justify" });
    } else doc.font("regular").fontSize(size).text(text, box.x, y, { width: box.width, lineGap: 1.5, align: "justify" });
    y = doc.y + 6;
  }
}

function drawPyramidSection(doc: Doc, box: ContentBox, y: number, section: PyramidSection, newPage: () => number, caption: string): void {
  const rows = pyramidRows(section);
  const total = rows.reduce((s, r) => s + r.total, 0);
  const male = rows.reduce((s, r) => s + r.male, 0);
  const summary = `Tổng dân số: ${formatNumberVi(total)} người; nam ${formatNumberVi(total ? (male / total) * 100 : 0, 1)}%, nữ ${formatNumberVi(total ? ((total - male) / total) * 100 : 0, 1)}%.`;
  doc.font("italic").fontSize(10).text(summary, box.x, y, { width: box.width, align: "center" });
  y = drawPyramid(doc, box, y + 18, section) + 12;
  const table = pyramidTable(section);
  const layout = layoutTable(pdfMeasure(doc), table, { orientations: ["portrait"] });
  y = new TableDrawer(doc, table, layout).draw(y, { x: box.x, bottom: box.bottom, newPage, caption: (g, n, c, r) => groupCaption(caption, g, n, c, r) });
  drawNotes(doc, box, y, section.notes ?? [], newPage);
}

/** Orientation of a section's first page: tables take what their layout needs. */
function sectionOrientation(doc: Doc, section: YearbookSection): Orientation {
  return section.kind === "table" ? layoutTable(pdfMeasure(doc), section.table).orientation : "portrait";
}

function drawSection(doc: Doc, section: YearbookSection, number: string, destination: string): void {
  const { box, y, newPage } = openSection(doc, sectionOrientation(doc, section), number, section.title, destination);
  const caption = `${number}. ${section.title}`;
  switch (section.kind) {
    case "table": {
      assertTableShape(section.table);
      const layout = layoutTable(pdfMeasure(doc), section.table);
      const end = new TableDrawer(doc, section.table, layout).draw(y, { x: box.x, bottom: box.bottom, newPage, caption: (g, n, c, r) => groupCaption(caption, g, n, c, r) });
      const mark = unconfirmedNote(section.table);
      drawNotes(doc, box, end, [...(mark ? [mark] : []), ...(section.notes ?? [])], newPage);
      return;
    }
    case "pyramid":
      return drawPyramidSection(doc, box, y, section, newPage, caption);
    case "ranking":
      return void drawNotes(doc, box, drawRanking(doc, box, y, section, newPage), section.notes ?? [], newPage);
    case "text":
      return drawTextSection(doc, box, y, section, newPage);
  }
}

export interface RenderedYearbookPdf {
  pdf: Buffer;
  /** The contents as printed: each section's number, title and first page. */
  toc: TocEntry[];
  pageCount: number;
}

/** Renders and also returns the contents, so callers and tests can check the page numbers. */
export async function renderYearbookPdfWithToc(book: YearbookDocument): Promise<RenderedYearbookPdf> {
  const name = `${book.title} ${book.unit} ${book.year}`;
  const doc = createPdf({ title: name, subject: book.agency.join(" — "), createdAt: book.generatedAt });
  drawCover(doc, addPage(doc, "portrait"), book);

  const numbers = book.sections.map((_, i) => String(i + 1));
  const tocBox = contentBox("portrait");
  const tocPages = paginateToc(doc, tocBox, book.sections.map((s) => s.title));
  const tocStart = doc.bufferedPageRange().count;
  tocPages.forEach((_, i) => {
    addPage(doc, "portrait");
    if (i === 0) doc.outline.addItem(TABLE_OF_CONTENTS);
  });

  const toc: TocEntry[] = book.sections.map((section, i) => {
    const destination = `section-${i + 1}`;
    const page = doc.bufferedPageRange().count + 1;
    drawSection(doc, section, numbers[i]!, destination);
    return { number: `${numbers[i]}.`, title: section.title, page, destination };
  });
  tocPages.forEach((indexes, i) => {
    doc.switchToPage(tocStart + i);
    drawTocPage(doc, tocBox, indexes.map((k) => toc[k]!), i === 0);
  });

  const left = `${book.title} — ${book.unit} — ${book.year} · ${GENERATED_AT} ${formatDateTimeVi(book.generatedAt)}`;
  stampFooters(doc, (page, count) => (page === 1 ? null : { left, right: pageLabel(page, count) }));
  const pageCount = doc.bufferedPageRange().count;
  return { pdf: await pdfToBuffer(doc), toc, pageCount };
}

export async function renderYearbookPdf(book: YearbookDocument): Promise<Buffer> {
  return (await renderYearbookPdfWithToc(book)).pdf;
}
