import { beforeAll, describe, expect, it } from "vitest";
import { formatNumberVi } from "../format.js";
import { pyramidRows } from "../pyramid.js";
import { provinceYearbook } from "../samples/yearbook-sample.js";
import { countPages, pdfInfo, pdfPages } from "../testing/pdf-text.js";
import { FEMALE_COLOR, MALE_COLOR } from "./pyramid.js";
import { renderYearbookPdfWithToc, type RenderedYearbookPdf } from "./yearbook-pdf.js";

describe("renderYearbookPdf: Hải Dương 2026", () => {
  const book = provinceYearbook();
  let out: RenderedYearbookPdf;
  let pages: string[];
  beforeAll(async () => {
    out = await renderYearbookPdfWithToc(book);
    pages = await pdfPages(out.pdf);
  });

  it("has a cover, one contents page and every section in order", async () => {
    expect(await countPages(out.pdf)).toBe(out.pageCount);
    expect(out.toc.map((e) => e.title)).toEqual(book.sections.map((s) => s.title));
    expect(out.toc[0]!.page).toBe(3);
    const starts = out.toc.map((e) => e.page);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  describe("read back with a PDF reader", () => {
    it("prints the cover and the contents with the right page numbers", () => {
      expect(pages[0]).toContain("NIÊN GIÁM THỐNG KÊ DÂN SỐ TỈNH HẢI DƯƠNG 2026");
      expect(pages[0]).toContain("Hải Dương, 2027");
      expect(pages[0]).not.toContain("Trang");
      expect(pages[1]).toContain("MỤC LỤC");
      for (const e of out.toc) {
        expect(pages[1]).toMatch(new RegExp(`${e.number.replace(".", "\\.")} ${e.title.replace(/[()]/g, "\\$&")}[ .]*${e.page}\\b`));
        expect(pages[e.page - 1]).toContain(`${e.number} ${e.title}`);
      }
    });

    it("turns wide tables to landscape and keeps text, pyramids and rankings portrait", async () => {
      const sizes = (await pdfInfo(out.pdf)).sizes;
      book.sections.forEach((s, i) => {
        const [w, h] = sizes[out.toc[i]!.page - 1]!;
        expect(w > h).toBe(s.kind === "table" && s.table.columns.length > 6);
      });
    });

    it("draws the pyramid with axis labels, legend and its numbers", () => {
      const e = out.toc.find((t) => book.sections[Number(t.number) - 1]!.kind === "pyramid")!;
      const page = pages[e.page - 1]!;
      for (const text of ["Nam", "Nữ", "Nhóm tuổi", "0–4", "85+", "Số người", "Tỷ trọng trong tổng dân số (%)"]) expect(page).toContain(text);
      const section = book.sections[Number(e.number) - 1]!;
      if (section.kind !== "pyramid") throw new Error("not a pyramid");
      const rows = pyramidRows(section);
      expect(page).toContain(formatNumberVi(rows.reduce((s, r) => s + r.total, 0)));
      expect(page).toContain(formatNumberVi(rows[0]!.male));
    });

    it("marks the best and the worst unit of a ranking", () => {
      const e = out.toc.find((t) => t.title.includes("con thứ 3"))!;
      const page = pages[e.page - 1]!;
      expect(page).toContain("▲ Tốt nhất");
      expect(page).toContain("▼ Kém nhất");
      expect(page).toContain("Xếp hạng từ thấp lên cao");
    });

    it("numbers every page but the cover", () => {
      pages.slice(1).forEach((p, i) => expect(p).toContain(`Trang ${i + 2}/${out.pageCount}`));
    });
  });
});

describe("renderYearbookPdf: a long yearbook", () => {
  it("spreads the contents over several pages and every entry points at its section", async () => {
    const book = provinceYearbook({ extraTables: 45 });
    const out = await renderYearbookPdfWithToc(book);
    const pages = await pdfPages(out.pdf);
    const tocPages = pages.filter((p) => p.includes("MỤC LỤC"));
    expect(tocPages.length).toBeGreaterThanOrEqual(2);
    expect(tocPages[1]).toContain("MỤC LỤC (tiếp theo)");
    expect(out.toc[0]!.page).toBe(2 + tocPages.length);
    for (const e of out.toc) expect(pages[e.page - 1]).toContain(`${e.number} ${e.title}`);
    const last = out.toc.at(-1)!;
    expect(tocPages.at(-1)).toMatch(new RegExp(`${last.number.replace(".", "\\.")} .*${last.page}$`));
  });
});

describe("pyramid colours", () => {
  // WCAG 2.1 relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  it("pass the 3:1 contrast of graphics against white", () => {
    expect(contrast(MALE_COLOR, "#FFFFFF")).toBeGreaterThanOrEqual(3);
    expect(contrast(FEMALE_COLOR, "#FFFFFF")).toBeGreaterThanOrEqual(3);
  });
});
