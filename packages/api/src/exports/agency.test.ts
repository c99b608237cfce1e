// The agency rules of each level, on the real names of Hải Dương's units.
import { describe, expect, it } from "vitest";
import { reportAgency, type UnitName } from "./agency.js";

const VN: UnitName = { id: 1, code: "VN", name: "Việt Nam", shortName: "Việt Nam", level: 0 };
const HD: UnitName = { id: 2, code: "30", name: "Tỉnh Hải Dương", shortName: "Hải Dương", level: 1 };
const CITY: UnitName = { id: 3, code: "288", name: "Thành phố Hải Dương", shortName: "Hải Dương", level: 2 };
const WARD: UnitName = { id: 4, code: "10507", name: "Phường Cẩm Thượng", shortName: "Cẩm Thượng", level: 3 };

describe("reportAgency", () => {
  it("names the ministry for the nation", () => {
    expect(reportAgency([VN])).toMatchObject({ lines: ["BỘ Y TẾ", "CỤC DÂN SỐ"], place: "Hà Nội" });
  });
  it("names the province's population branch, reporting to the ministry", () => {
    expect(reportAgency([VN, HD])).toEqual({
      lines: ["SỞ Y TẾ TỈNH HẢI DƯƠNG", "CHI CỤC DÂN SỐ"], reporter: "Chi cục Dân số tỉnh Hải Dương", receiver: "Cục Dân số, Bộ Y tế",
      place: "Hải Dương", signerTitle: ["CHI CỤC TRƯỞNG"],
    });
  });
  it("names the district health centre, reporting to the province", () => {
    expect(reportAgency([VN, HD, CITY])).toMatchObject({
      lines: ["SỞ Y TẾ TỈNH HẢI DƯƠNG", "TRUNG TÂM Y TẾ THÀNH PHỐ HẢI DƯƠNG"], reporter: "Trung tâm Y tế thành phố Hải Dương",
      receiver: "Chi cục Dân số tỉnh Hải Dương", place: "Hải Dương",
    });
  });
  it("names the commune's People's Committee and health station, reporting to the district, dated in the province", () => {
    expect(reportAgency([VN, HD, CITY, WARD])).toMatchObject({
      lines: ["UBND PHƯỜNG CẨM THƯỢNG", "TRẠM Y TẾ"], reporter: "Trạm Y tế phường Cẩm Thượng", receiver: "Trung tâm Y tế thành phố Hải Dương",
      place: "Hải Dương", signerTitle: ["TRẠM TRƯỞNG"],
    });
  });
  it("refuses a lineage with a gap", () => {
    expect(() => reportAgency([VN, WARD])).toThrow(RangeError);
  });
});
