// Word wrapping by hand where the last line's width matters (dot leaders of a contents page).
import type { FontName } from "./fonts.js";

export function wrapWords(doc: PDFKit.PDFDocument, text: string, font: FontName, size: number, width: number): string[] {
  doc.font(font).fontSize(size);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && doc.widthOfString(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
