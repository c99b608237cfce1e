import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportDocument, ValueRow } from "../model.js";
import { districtQuarterReport, provinceYearReport } from "../samples/report-samples.js";
import { loadXlsx } from "../testing/xlsx.js";
import { renderReportXlsx } from "./report-xlsx.js";

async function reopen(doc: ReportDocument): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = await loadXlsx(await renderReportXlsx(doc));
  return { wb, ws: wb.worksheets[0]! };
}

/** The sheet row whose column B (label) is the row's label. */
function sheetRow(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === label) return ws.getRow(r);
  throw new Error(`No row labelled ${label}`);
}

const valueRow = (doc: ReportDocument, code: string) => doc.table.rows.find((r): r is ValueRow => r.kind === "values" && r.code === code)!;

describe("renderReportXlsx: district quarterly report", () => {
  const doc = districtQuarterReport();
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => ({ wb, ws } = await reopen(doc)));

  it("has one sheet named after the form code and the document's properties", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["01-DSH"]);
    expect(wb.creator).toBe("Dân số");
    expect(wb.title).toBe("Biểu 01-DSH — BÁO CÁO THỐNG KÊ CHUYÊN NGÀNH DÂN SỐ QUÝ III/2026");
    expect(wb.created?.toISOString()).toBe(doc.generatedAt.toISOString());
  });

  it("merges the heading and the title across the table", () => {
    const width = 3 + doc.table.columns.length;
    const titleRow = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 1).value === doc.title)!;
    expect(titleRow).toBeGreaterThan(1);
    expect(ws.getCell(titleRow, width).master.address).toBe(`A${titleRow}`);
    const motto = [...Array(10).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.values.toString().includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))!;
    expect(ws.getCell(motto.number, width).isMerged).toBe(true);
    expect(ws.getCell(motto.number + 1, width).value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(ws.getCell(motto.number, 1).value).toBe("SỞ Y TẾ TỈNH HẢI DƯƠNG");
  });

  it("stores numbers as numbers with thousands formats, in the right cells", () => {
    const pop = valueRow(doc, "POP_END");
    const row = sheetRow(ws, pop.label);
    expect(row.getCell(1).value).toBe("2");
    expect(row.getCell(3).value).toBe("người");
    pop.values.forEach((v, i) => {
      const cell = row.getCell(4 + i);
      expect(cell.value).toBe(v);
      expect(typeof cell.value).toBe("number");
      expect(cell.numFmt).toBe("#,##0");
    });
    // The column headers line up with the values: column D is the city, E the first commune.
    const header = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(2).value === "B")!;
    expect(ws.getCell(header.number - 1, 4).value).toBe("Toàn thành phố");
    expect(ws.getCell(header.number - 1, 5).value).toBe("Phường Cẩm Thượng");
    expect(header.getCell(4).value).toBe("1");
  });

  it("writes null as a dash and marks unconfirmed rows", () => {
    const moves = valueRow(doc, "MOVES_IN_SAME_DISTRICT");
    expect(sheetRow(ws, `${moves.label} (*)`).getCell(4).value).toBe("–");
  });

  it("freezes the leading columns and the header, and prints the header on every page", () => {
    const numbering = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === "A" && r.getCell(2).value === "B")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: numbering.number });
    expect(ws.pageSetup.printTitlesRow).toMatch(new RegExp(`^\\d+:${numbering.number}$`));
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  it("sets column widths from the content", () => {
    expect(ws.getColumn(1).width).toBeLessThan(10);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(40);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(11);
  });

  it("writes the signature facts under the table", () => {
    const texts = [...Array(ws.rowCount).keys()].map((i) => String(ws.getCell(i + 1, 1).value ?? ""));
    expect(texts).toContain(`SHA-256: ${doc.signature.digital!.contentHash}`);
    expect(texts).toContain("Dấu vân tay khóa: 3F9A 0C7B 21D4 E8A6");
    const all = [...Array(ws.rowCount).keys()].flatMap((i) => ws.getRow(i + 1).values as unknown[]);
    expect(all).toContain("Hải Dương, ngày 09 tháng 10 năm 2026");
    expect(all).toContain("Nguyễn Văn Hùng");
  });
});

describe("renderReportXlsx: annual province report", () => {
  it("keeps rates with their decimals and says the report is not signed", async () => {
    const doc = provinceYearReport();
    const { ws } = await reopen(doc);
    const cbr = valueRow(doc, "CBR");
    const srb = valueRow(doc, "SRB");
    const cbrRow = sheetRow(ws, `${cbr.label} (*)`);
    expect(cbrRow.getCell(4).value).toBe(cbr.values[0]);
    expect(cbrRow.getCell(4).numFmt).toBe("#,##0.00");
    expect(sheetRow(ws, `${srb.label} (*)`).getCell(5).numFmt).toBe("#,##0.0");
    const all = [...Array(ws.rowCount).keys()].flatMap((i) => ws.getRow(i + 1).values as unknown[]);
    expect(all).toContain("CHƯA KÝ — báo cáo chưa được phê duyệt và ký số");
    expect(all).toContain("Số liệu tạm tính, chưa phê duyệt");
    expect(all.some((v) => typeof v === "string" && v.startsWith("SHA-256"))).toBe(false);
  });
});
