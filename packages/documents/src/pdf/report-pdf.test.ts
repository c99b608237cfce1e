import { beforeAll, describe, expect, it } from "vitest";
import { formatNumberVi } from "../format.js";
import type { ReportDocument, ValueRow } from "../model.js";
import { communeYearReport, districtQuarterReport, provinceYearReport } from "../samples/report-samples.js";
import { countPages, pdfFonts, pdfInfo, pdfPages } from "../testing/pdf-text.js";
import { renderReportPdf, renderReportPdfWithLayout } from "./report-pdf.js";

const row = (doc: ReportDocument, code: string) => doc.table.rows.find((r): r is ValueRow => r.kind === "values" && r.code === code)!;

describe("renderReportPdf: district quarterly report, city and 24 communes", () => {
  const doc = districtQuarterReport();
  let pdf: Buffer;
  let pages: string[];
  beforeAll(async () => {
    pdf = await renderReportPdf(doc);
    pages = await pdfPages(pdf);
  });

  it("is a PDF of six landscape A4 pages: two column groups of three pages", async () => {
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.subarray(-6).toString()).toContain("%%EOF");
    expect(await countPages(pdf)).toBe(6);
  });

  describe("read back with a PDF reader", () => {
    it("has the page count and size that a reader sees", async () => {
      const info = await pdfInfo(pdf);
      expect(info.pages).toBe(6);
      expect(info.sizes).toHaveLength(6);
      for (const [w, h] of info.sizes) expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    });

    it("embeds Tinos subsets, so Vietnamese renders on any reader", async () => {
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      for (const f of fonts) {
        expect(f.name).toMatch(/^[A-Z]{6}\+Tinos-/);
        expect(f).toMatchObject({ type: "CIDFontType2", embedded: true, subset: true });
      }
      // The glyphs map back to Unicode (pdfkit's ToUnicode tables): the diacritics survive.
      expect(pages[0]).toContain("Dân số");
    });

    it("prints the heading: agency, motto, form code, title, subtitles and status", () => {
      const first = pages[0]!;
      for (const text of [
        "SỞ Y TẾ TỈNH HẢI DƯƠNG", "TRUNG TÂM Y TẾ THÀNH PHỐ HẢI DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Biểu 01-DSH", "BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ QUÝ III/2026", "Kỳ báo cáo: từ ngày 01/07/2026 đến ngày 30/09/2026",
        "Bản chính thức — đã ký số",
      ]) expect(first).toContain(text);
    });

    it("formats numbers the Vietnamese way and prints null as a dash", () => {
      const pop = row(doc, "POP_END").values[0]!;
      expect(pop).toBeGreaterThan(99_999);
      expect(pages[0]).toContain(formatNumberVi(pop));
      expect(row(doc, "MOVES_IN_SAME_DISTRICT").values[0]).toBeNull();
      expect(pages.slice(0, 3).join(" ")).toMatch(/Trong đó: từ xã khác cùng huyện \(\*\) người – \d/);
    });

    it("splits the columns into two groups and repeats STT, Chỉ tiêu and ĐVT on every page", () => {
      const communes = doc.table.columns.map((c) => c.label);
      // Group 1: the city and the first 12 communes; group 2 starts on page 4.
      // Header cells wrap onto several lines: look for the words.
      const words = (page: string) => new Set(page.split(" "));
      const has = (page: string, name: string) => name.split(" ").every((w) => words(page).has(w));
      expect(pages[0]).toContain("phần 1/2, cột 1–13");
      for (const name of communes.slice(0, 13)) expect(has(pages[0]!, name)).toBe(true);
      for (const word of ["Xuyên", "Quyết", "Khôi"]) expect(words(pages[0]!).has(word)).toBe(false);
      expect(pages[3]).toContain("phần 2/2, cột 14–25");
      for (const name of communes.slice(13)) expect(has(pages[3]!, name)).toBe(true);
      for (const word of ["Cẩm", "Nhị", "Trãi"]) expect(words(pages[3]!).has(word)).toBe(false);
      pages.forEach((p) => {
        for (const header of ["STT", "Chỉ tiêu", "Đơn vị tính"]) expect(p).toContain(header);
        expect(p).toContain("Chia theo xã, phường");
      });
      // The leading columns come back with the second group.
      expect(pages[3]).toContain("Tổng số hộ dân cư tính đến cuối kỳ");
      expect(pages[1]).toContain("Biểu 01-DSH (tiếp theo) — phần 1/2, cột 1–13");
      expect(pages[4]).toContain("Biểu 01-DSH (tiếp theo) — phần 2/2, cột 14–25");
    });

    it("marks unconfirmed rows and columns and explains the mark", () => {
      expect(pages[3]).toContain("Xã Ngọc Sơn (*)");
      expect(pages.join(" ")).toContain("Trong đó: nam (*)");
      expect(pages.at(-1)).toContain("(*) Dòng chưa có trong văn bản gốc của Biểu 01-DSH");
    });

    it("ends with the signature block and the facts of the digital signature", () => {
      const last = pages.at(-1)!;
      expect(last).toContain("Hải Dương, ngày 09 tháng 10 năm 2026");
      expect(last).toContain("GIÁM ĐỐC");
      expect(last).toContain("Nguyễn Văn Hùng");
      expect(last).toContain("NGƯỜI LẬP BIỂU");
      expect(last).toContain("Đã ký số bằng khóa Ed25519 của đơn vị");
      expect(last).toContain("Dấu vân tay khóa: 3F9A 0C7B 21D4 E8A6");
      expect(last).toContain(`SHA-256: ${doc.signature.digital!.contentHash}`);
      expect(last).toContain("Ký lúc: 09/10/2026 10:12:45");
      expect(last).not.toContain("CHƯA KÝ");
    });

    it("numbers the pages in the footer with the form code and generation time", () => {
      pages.forEach((p, i) => {
        expect(p).toContain(`Trang ${i + 1}/6`);
        expect(p).toContain("Biểu 01-DSH · Lập lúc 09/10/2026 09:55");
      });
    });
  });
});

describe("renderReportPdf: other shapes", () => {
  it("keeps a commune report portrait and prints its rates with a decimal comma", async () => {
    const doc = communeYearReport();
    const { pdf, layout } = await renderReportPdfWithLayout(doc);
    expect(layout.orientation).toBe("portrait");
    const info = await pdfInfo(pdf);
    for (const [w, h] of info.sizes) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    const text = (await pdfPages(pdf)).join(" ");
    const cbr = row(doc, "CBR").values[0]!;
    expect(formatNumberVi(cbr, 2)).toMatch(/^\d+,\d\d$/);
    expect(text).toContain(`Tỷ suất sinh thô (CBR) (*) ‰ ${formatNumberVi(cbr, 2)}`);
  });

  it("says CHƯA KÝ and marks every page of a provisional, unsigned report", async () => {
    const doc = provinceYearReport();
    const pages = await pdfPages(await renderReportPdf(doc));
    expect(pages[0]).toContain("Số liệu tạm tính, chưa phê duyệt");
    expect(pages.at(-1)).toContain("CHƯA KÝ");
    expect(pages.at(-1)).toContain("KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG");
    expect(pages.join(" ")).not.toContain("SHA-256");
    pages.forEach((p) => expect(p).toContain("SỐ LIỆU TẠM TÍNH"));
  });

  it("never leaves the signature alone on the last page", async () => {
    for (const doc of [districtQuarterReport(), provinceYearReport(), communeYearReport(), districtQuarterReport({ children: 12 })]) {
      const last = (await pdfPages(await renderReportPdf(doc))).at(-1)!;
      expect(last).toContain("STT");
      expect(last).toContain("Chỉ tiêu");
    }
  });
});

describe("renderReportPdf: shared fonts", () => {
  it("renders the same bytes alone and side by side: documents share parsed fonts, not subsets", async () => {
    const alone = await renderReportPdf(communeYearReport());
    const [a, b] = await Promise.all([renderReportPdf(districtQuarterReport()), renderReportPdf(communeYearReport())]);
    expect(b.equals(alone)).toBe(true);
    expect(a.equals(b)).toBe(false);
  });
});

describe("renderReportPdf: bad input", () => {
  it("refuses a row whose values do not match the columns, naming the row", async () => {
    const doc = communeYearReport();
    row(doc, "POP_END").values.push(1);
    await expect(renderReportPdf(doc)).rejects.toThrow(/POP_END has 2 values for 1 columns/);
  });
});
