// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient fontkit declaration must reach every program that compiles this file
/// <reference path="../fontkit.d.ts" />
// Tinos (metric-compatible with Times New Roman, the font of Decree 30/2020/NĐ-CP) embedded
// in every PDF so that Vietnamese diacritics render on any reader. The files are resolved
// through the package, never by a node_modules path, so that hoisting and bundling work.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";

export type FontName = "regular" | "bold" | "italic" | "boldItalic";

const FILES: Record<FontName, string> = {
  regular: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  italic: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  boldItalic: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};
const NAMES = Object.keys(FILES) as FontName[];

const require = createRequire(import.meta.url);

export function fontPath(name: FontName): string {
  return require.resolve(FILES[name]);
}

// Parsed once per process and shared by every document: parsing the four faces took 85 % of
// a report's rendering time (1 s → 0.15 s). pdfkit makes a subset per document from them.
let parsed: Record<FontName, Font> | null = null;

function parsedFonts(): Record<FontName, Font> {
  parsed ??= Object.fromEntries(NAMES.map((n) => [n, create(readFileSync(fontPath(n)))])) as Record<FontName, Font>;
  return parsed;
}

/** A parsed face, as pdfkit takes it wherever it takes a font file. */
export function fontSource(name: FontName): string {
  return parsedFonts()[name] as unknown as string;
}

/** Registers the four faces on a document under their FontName. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = parsedFonts();
  for (const name of NAMES) doc.registerFont(name, fonts[name] as unknown as PDFKit.Mixins.PDFFontSource);
}
