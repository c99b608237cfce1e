// Notes and definitions under a table, in small italic paragraphs.
import { NOTES_HEADING } from "../text.js";
import type { ContentBox } from "./page.js";

const NOTE_SIZE = 9;

function noteHeight(doc: PDFKit.PDFDocument, note: string, width: number): number {
  return doc.font("italic").fontSize(NOTE_SIZE).heightOfString(note, { width }) + 1.5;
}

/** Height of the notes block, to keep it (and the signature) off a page of their own. */
export function notesHeight(doc: PDFKit.PDFDocument, box: ContentBox, notes: string[]): number {
  if (notes.length === 0) return 0;
  return 6 + doc.font("bold").fontSize(NOTE_SIZE).heightOfString(NOTES_HEADING, { width: box.width }) + 1 + notes.reduce((h, n) => h + noteHeight(doc, n, box.width), 0);
}

/** Notes as paragraphs; a note that does not fit goes to a new page. Returns the y below. */
export function drawNotes(doc: PDFKit.PDFDocument, box: ContentBox, y: number, notes: string[], newPage: () => number): number {
  if (notes.length === 0) return y;
  y += 6;
  const headHeight = doc.font("bold").fontSize(NOTE_SIZE).heightOfString(NOTES_HEADING, { width: box.width });
  if (y + headHeight + noteHeight(doc, notes[0]!, box.width) > box.bottom) y = newPage();
  doc.font("bold").fontSize(NOTE_SIZE).fillColor("black").text(NOTES_HEADING, box.x, y, { width: box.width });
  y += headHeight + 1;
  for (const note of notes) {
    const h = noteHeight(doc, note, box.width);
    if (y + h > box.bottom) y = newPage();
    doc.font("italic").fontSize(NOTE_SIZE).text(note, box.x, y, { width: box.width, align: "justify" });
    y += h;
  }
  return y;
}
