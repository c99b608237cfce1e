// Reading PDFs back in tests. pdfkit subsets and re-encodes fonts, so searching the bytes for
// a Vietnamese word finds nothing: the text is extracted with PDF.js (pdfjs-dist, pure
// JavaScript, no system tool), which maps glyphs back through the ToUnicode tables that
// pdfkit writes.
import { getDocument, OPS, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

async function withDocument<T>(pdf: Buffer, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // `new Uint8Array(buffer)` copies: PDF.js may take over the bytes it is given, the caller
  // keeps its Buffer intact.
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    fontExtraProperties: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    return await read(doc);
  } finally {
    await doc.destroy();
  }
}

async function eachPage<T>(doc: PDFDocumentProxy, read: (page: Awaited<ReturnType<PDFDocumentProxy["getPage"]>>) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let n = 1; n <= doc.numPages; n++) out.push(await read(await doc.getPage(n)));
  return out;
}

/** Text of each page in drawing order, whitespace collapsed. */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return withDocument(pdf, (doc) =>
    eachPage(doc, async (page) => {
      const { items } = await page.getTextContent();
      // PDF.js gives runs of text; a run that ends a line says so (hasEOL), and gaps within a
      // line come back as runs of spaces.
      const text = items.map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : "") : "")).join("");
      return squash(text);
    }),
  );
}

export interface PdfInfo {
  pages: number;
  /** Width and height in points, per page, as displayed (the page's rotation applied). */
  sizes: [number, number][];
}

export function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  return withDocument(pdf, async (doc) => {
    const sizes = await eachPage(doc, async (page): Promise<[number, number]> => {
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const [w, h] = [x1 - x0, y1 - y0];
      return page.rotate % 180 === 0 ? [w, h] : [h, w];
    });
    return { pages: doc.numPages, sizes };
  });
}

export interface PdfFont {
  /** The PostScript name, with its subset tag: "CZZZZZ+Tinos-Bold". */
  name: string;
  /** The font's PDF type: "CIDFontType2" for the TrueType CID fonts pdfkit embeds. */
  type: string;
  /** The font program is in the file (FontFile/FontFile2/FontFile3), not left to the reader. */
  embedded: boolean;
  /** Only the glyphs used are embedded (the name carries a six-letter subset tag). */
  subset: boolean;
}

interface FontObject {
  name?: string;
  type?: string;
  missingFile?: boolean;
  data?: Uint8Array | null;
}

/** The fonts the pages draw with, each once, in order of first use. */
export function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  return withDocument(pdf, async (doc) => {
    const fonts = new Map<string, PdfFont>();
    await eachPage(doc, async (page) => {
      // Building the operator list loads every font the page uses into commonObjs.
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const id = (ops.argsArray[i] as [string])[0];
        if (fonts.has(id)) return;
        const font = page.commonObjs.get(id) as FontObject;
        const name = font.name ?? "";
        fonts.set(id, {
          name,
          type: font.type ?? "",
          embedded: !font.missingFile && (font.data?.length ?? 0) > 0,
          subset: /^[A-Z]{6}\+/.test(name),
        });
      });
    });
    return [...fonts.values()];
  });
}

/** The page count as a PDF reader sees it. */
export function countPages(pdf: Buffer): Promise<number> {
  return withDocument(pdf, async (doc) => doc.numPages);
}

/** Collapses whitespace so that wrapped lines compare as one. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

export { loadXlsx } from "./xlsx.js";
