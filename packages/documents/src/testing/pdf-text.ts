// Reading PDFs back in tests. pdfkit subsets and re-encodes fonts, so searching the bytes for
// a Vietnamese word finds nothing: the text is extracted with poppler's pdftotext, which maps
// glyphs back through the ToUnicode tables that pdfkit writes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const hasPoppler = spawnSync("pdftotext", ["-v"]).status === 0;

function withFile<T>(pdf: Buffer, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "danso-pdf-"));
  try {
    const path = join(dir, "doc.pdf");
    writeFileSync(path, pdf);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

/** Text of each page (pdftotext separates pages with form feeds), whitespace collapsed. */
export function pdfPages(pdf: Buffer): string[] {
  const text = withFile(pdf, (path) => run("pdftotext", ["-enc", "UTF-8", path, "-"]));
  const pages = text.split("\f").map((p) => p.replace(/\s+/g, " ").trim());
  if (pages.at(-1) === "") pages.pop();
  return pages;
}

export interface PdfInfo {
  pages: number;
  /** Width and height in points, per page. */
  sizes: [number, number][];
}

export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = withFile(pdf, (path) => run("pdfinfo", ["-f", "1", "-l", "9999", path]));
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const sizes = [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
  return { pages, sizes };
}

/** Font lines of pdffonts: name, type, embedded, subset. */
export function pdfFonts(pdf: Buffer): string[] {
  return withFile(pdf, (path) => run("pdffonts", [path])).split("\n").slice(2).filter(Boolean);
}

/** Page count without poppler: pdfkit writes every page dictionary uncompressed. */
export function countPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** Collapses whitespace so that wrapped lines compare as one. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
