// A pdfkit document with our fonts and metadata, and its bytes as a Buffer.
import PDFDocument from "pdfkit";
import { fontSource, registerFonts } from "./fonts.js";
import { MARGINS } from "./page.js";

export interface PdfInfo {
  title: string;
  subject?: string;
  createdAt: Date;
}

/**
 * Pages are buffered so that footers ("Trang 1/3") and the table of contents can be written
 * once the page count is known. The first page is added by the caller, with its orientation.
 */
export function createPdf(info: PdfInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: "A4",
    // Pages pdfkit adds by itself (text running over) then look like ours.
    margins: MARGINS.portrait,
    // Start on Tinos: the default (Helvetica) would be loaded from pdfkit's files for nothing.
    font: fontSource("regular"),
    lang: "vi-VN",
    displayTitle: true,
    // pdfkit hashes every info entry into the file ID and fails on an undefined one. The
    // dates are the document's own, so the same document renders to the same bytes.
    info: {
      Title: info.title, ...(info.subject ? { Subject: info.subject } : {}),
      Author: "Dân số", Creator: "Dân số", Producer: "Dân số (pdfkit)", CreationDate: info.createdAt, ModDate: info.createdAt,
    },
  });
  registerFonts(doc);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
