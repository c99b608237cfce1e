import { describe, expect, it } from "vitest";
import { countPages, pdfPages, squash } from "../testing/pdf-text.js";
import { loadXlsx } from "../testing/xlsx.js";
import type { ListDocument } from "./model.js";
import { renderList, streamList } from "./stream.js";

const doc: ListDocument = {
  title: "Danh sách nam công dân trong độ tuổi gọi nhập ngũ",
  unitName: "Phường Thành Đông, Thành phố Hải Phòng",
  referenceDate: "01/11/2026",
  rule: "Nam đủ 18 tuổi đến hết 25 tuổi vào ngày tham chiếu.",
  basis: "Luật Nghĩa vụ quân sự 2015",
  recipient: "Ban Chỉ huy quân sự cấp xã",
  columns: [
    { key: "no", label: "STT", width: 3 },
    { key: "fullName", label: "Họ và tên", width: 14 },
    { key: "cccd", label: "Số CCCD", width: 10 },
    { key: "address", label: "Địa chỉ", width: 16 },
  ],
  counts: [{ name: "Tổ dân phố Cẩm Thượng 1", count: 2 }],
  total: 2,
  exportedBy: "Lê Văn Xuất (danhsach)",
  exportedAt: new Date("2026-11-02T03:04:05Z"),
  auditRef: "98765",
};
const ROWS = [
  ["1", "Nguyễn Văn Khang", "030208001234", "Số 1 phố Chợ, tổ dân phố Cẩm Thượng"],
  ["2", "Đỗ Văn Long", "", "=HYPERLINK(\"x\")"],
];

describe("a list as files", () => {
  it("XLSX keeps the diacritics, the CCCD's leading zero, and names its exporter and audit row", async () => {
    const wb = await loadXlsx(await renderList("xlsx", doc, ROWS));
    const ws = wb.getWorksheet("Danh sách")!;
    const texts = ws.getSheetValues().flat().filter((v) => typeof v === "string") as string[];
    expect(texts).toContain("Nguyễn Văn Khang");
    expect(texts).toContain("030208001234");
    // A typed formula stays text.
    expect(texts).toContain("=HYPERLINK(\"x\")");
    expect(texts.some((t) => t.includes("Lê Văn Xuất (danhsach)") && t.includes("nhật ký số 98765"))).toBe(true);
    expect(ws.headerFooter.oddFooter).toContain("Nhật ký số 98765");
    const sum = wb.getWorksheet("Tổng hợp")!;
    expect(sum.getRow(2).values).toEqual([undefined, "Tổ dân phố Cẩm Thượng 1", 2]);
  });

  it("CSV has a BOM, '#' lines with the provenance, then the header and quoted rows", async () => {
    const text = (await renderList("csv", doc, ROWS)).toString("utf8");
    expect(text.startsWith("\uFEFF# Danh sách nam công dân")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[2]).toContain("nhật ký số 98765");
    expect(lines[3]).toBe("STT,Họ và tên,Số CCCD,Địa chỉ");
    expect(lines[4]).toBe("1,Nguyễn Văn Khang,030208001234,\"Số 1 phố Chợ, tổ dân phố Cẩm Thượng\"");
    expect(lines[5]).toBe("2,Đỗ Văn Long,,\"'=HYPERLINK(\"\"x\"\")\"");
  });

  it("PDF prints the title and the audit reference on every page", async () => {
    const many = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Người thứ ${i + 1}`, "", "Thôn Đông"]);
    const pdf = await renderList("pdf", doc, many);
    const pages = await pdfPages(pdf);
    expect(await countPages(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(squash(page)).toContain("DANH SÁCH NAM CÔNG DÂN");
      expect(squash(page)).toContain("nhật ký số 98765");
      expect(squash(page)).toContain(`Trang ${i + 1}`);
    }
    expect(squash(pages.join(" "))).toContain("Người thứ 120");
  });

  it("streams: rows are read only as the reader asks for more", async () => {
    let read = 0;
    async function* chunks() {
      for (let i = 0; i < 50; i++) {
        read += 1;
        yield Array.from({ length: 200 }, (_, j) => [String(j), "Nguyễn Văn A", "", "x".repeat(40)]);
      }
    }
    const reader = streamList("csv", doc, chunks()).getReader();
    await reader.read();
    await reader.read();
    expect(read).toBeLessThan(5);
    await reader.cancel();
  });
});
