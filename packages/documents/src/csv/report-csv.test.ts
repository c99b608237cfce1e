import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../model.js";
import { districtQuarterReport, provinceYearReport } from "../samples/report-samples.js";
import { valueRows } from "../table.js";
import { renderReportCsv, streamReportCsv } from "./report-csv.js";

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe("renderReportCsv", () => {
  const doc = districtQuarterReport();
  const csv = renderReportCsv(doc);

  it("starts with a BOM and ends every line with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n").slice(0, -1).every((l) => !l.includes("\n"))).toBe(true);
  });

  it("has one header line and one line per value row, the row code first", () => {
    const rows = parseCsv(csv.slice(1));
    const data = valueRows(doc.table);
    expect(rows).toHaveLength(1 + data.length);
    expect(rows[0]!.slice(0, 6)).toEqual(["Mã", "STT", "Chỉ tiêu", "Đơn vị tính", "Chưa xác nhận", "Toàn thành phố"]);
    expect(rows[0]!.at(-1)).toBe("Xã Ngọc Sơn (*)");
    expect(rows.slice(1).map((r) => r[0])).toEqual(data.map((r) => r.code));
    expect(rows.find((r) => r[0] === "POP_END_MALE")![4]).toBe("x");
  });

  it("parses back to the same numbers: dot decimal, no grouping, empty for null", () => {
    const rows = parseCsv(csv.slice(1));
    for (const [i, row] of valueRows(doc.table).entries()) {
      const fields = rows[i + 1]!.slice(5);
      expect(fields).toHaveLength(doc.table.columns.length);
      fields.forEach((f, k) => {
        const v = row.values[k];
        if (v === null) expect(f).toBe("");
        else {
          expect(f).toMatch(/^-?\d+(\.\d+)?$/);
          expect(Number(f)).toBe(v);
        }
      });
    }
  });

  it("writes rates with their decimals", () => {
    const doc = provinceYearReport();
    const rows = parseCsv(renderReportCsv(doc).slice(1));
    const cbr = valueRows(doc.table).find((r) => r.code === "CBR")!;
    const line = rows.find((r) => r[0] === "CBR")!;
    expect(line[5]).toBe(cbr.values[0]!.toFixed(2));
    expect(Number(line[5])).toBe(cbr.values[0]);
  });

  it("quotes separators and defuses spreadsheet formulas in text, not in numbers", () => {
    const doc: ReportDocument = {
      ...districtQuarterReport({ children: 1 }),
      table: {
        columns: [{ key: "A", label: "Đơn vị A, B" }],
        rows: [
          { kind: "values", code: "X", label: 'Nhãn có "ngoặc kép", dấu phẩy', values: [-12.5], decimals: 1 },
          { kind: "values", code: "Y", label: "=HYPERLINK(\"http://x\")", values: [3] },
        ],
      },
    };
    const rows = parseCsv(renderReportCsv(doc).slice(1));
    expect(rows[0]![5]).toBe("Đơn vị A, B");
    expect(rows[1]).toEqual(["X", "", 'Nhãn có "ngoặc kép", dấu phẩy', "", "", "-12.5"]);
    expect(rows[2]![2]).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("uses unit codes as headers for programs when asked", () => {
    const header = parseCsv(renderReportCsv(doc, { header: "keys" }).slice(1))[0]!;
    expect(header.slice(5, 7)).toEqual(["288", "10507"]);
  });

  it("streams the same bytes", async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of streamReportCsv(doc)) chunks.push(Buffer.from(chunk as Buffer));
    expect(Buffer.concat(chunks).toString("utf8")).toBe(csv);
    expect(Buffer.concat(chunks).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
