import { describe, expect, it } from "vitest";
import { ImportFileError, parseReaddressImport } from "./import-file.js";

describe("the import of households to new communes", () => {
  it("reads two columns, with or without a header, a BOM, CRLF, semicolons or quotes", () => {
    const file = "\uFEFFma_ho,ma_xa_moi\r\n10528-01-0001,10532\r\n\"10528-01-0002\";\"10537\"\r\n\r\n10528-02-0001\t10537\n";
    expect([...parseReaddressImport(file)]).toEqual([["10528-01-0001", "10532"], ["10528-01-0002", "10537"], ["10528-02-0001", "10537"]]);
    expect([...parseReaddressImport("10528-01-0001,10532")]).toEqual([["10528-01-0001", "10532"]]);
  });

  it("refuses the whole file, line by line in Vietnamese, for any bad line", () => {
    const file = "ma_ho,ma_xa\n10528-01-0001,10532\n10528-01-0001,10537\nx y,10532\n10528-01-0003,1053\n10528-01-0004,10532,extra";
    let error: unknown;
    try {
      parseReaddressImport(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).problems).toEqual([
      "Dòng 3: hộ 10528-01-0001 đã được gán cho xã 10532 (household given twice)",
      'Dòng 4: mã hộ "x y" không hợp lệ (invalid household code)',
      'Dòng 5: mã xã "1053" phải gồm 5 chữ số (commune code: 5 digits)',
      "Dòng 6: cần đúng hai cột, mã hộ và mã xã mới (two columns expected)",
    ]);
  });
});
