import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CCCD_PROVINCE_CODES, checkCccd, decodeCccd, dropCccdsIn, generateCccd, maskCccd, maskCccdsIn } from "./cccd.js";

const codes = (issues: { code: string; severity: string }[]) => issues.map((i) => `${i.severity}:${i.code}`);

describe("CCCD_PROVINCE_CODES", () => {
  it("are the level-1 units of the pre-2025 unit list with a leading zero", () => {
    const file = JSON.parse(readFileSync(new URL("../../../../data/vn/units-2025-03.json", import.meta.url), "utf8")) as {
      units: { code: string; level: number }[];
    };
    const provinces = file.units.filter((u) => u.level === 1).map((u) => u.code.padStart(3, "0"));
    expect(provinces).toHaveLength(63);
    expect([...CCCD_PROVINCE_CODES].sort()).toEqual(provinces.sort());
  });
});

describe("checkCccd", () => {
  it("accepts a woman born 1995 whose birth was registered in Hải Dương", () => {
    expect(checkCccd("030195001234", { sex: "FEMALE", birthDate: "1995-06-15" })).toEqual([]);
    expect(checkCccd("079205123456", { sex: "MALE", birthDate: "2005-01-01" })).toEqual([]);
  });
  it("refuses numbers that are not exactly 12 digits", () => {
    for (const bad of ["03019500123", "0301950012345", "03019500123A", "030 95001234", " 30195001234", "", "０３０１９５００１２３４"]) {
      expect(codes(checkCccd(bad)), bad).toEqual(["error:CCCD_FORMAT"]);
    }
  });
  it("refuses unknown province codes such as 099, 003 and 100", () => {
    for (const bad of ["099195001234", "003195001234", "100195001234", "000195001234"]) {
      expect(codes(checkCccd(bad)), bad).toEqual(["error:CCCD_PROVINCE"]);
    }
  });
  it("warns, never errs, when digit 4 says male for a woman", () => {
    const issues = checkCccd("030095001234", { sex: "FEMALE", birthDate: "1995-06-15" });
    expect(codes(issues)).toEqual(["warning:CCCD_SEX_MISMATCH"]);
    expect(issues[0]).toMatchObject({ vi: "Chữ số thứ 4 của số CCCD không khớp với giới tính" });
  });
  it("warns when the century or the year does not match the birth date", () => {
    expect(codes(checkCccd("030195001234", { birthDate: "2095-03-01" }))).toEqual(["warning:CCCD_CENTURY_MISMATCH"]);
    expect(codes(checkCccd("030195001234", { birthDate: "1996-03-01" }))).toEqual(["warning:CCCD_YEAR_MISMATCH"]);
    expect(codes(checkCccd("030396001234", { sex: "MALE", birthDate: "1995-03-01" }))).toEqual([
      "warning:CCCD_SEX_MISMATCH",
      "warning:CCCD_CENTURY_MISMATCH",
      "warning:CCCD_YEAR_MISMATCH",
    ]);
  });
  it("checks only the structure when sex and birth date are unknown", () => {
    expect(checkCccd("030095001234")).toEqual([]);
  });
  it("gives every issue a Vietnamese and an English text", () => {
    for (const i of checkCccd("099396001234", { sex: "MALE", birthDate: "1995-03-01" })) {
      expect(i.vi.length).toBeGreaterThan(0);
      expect(i.en.length).toBeGreaterThan(0);
    }
  });
});

describe("decodeCccd", () => {
  it("reads province, sex and birth year", () => {
    expect(decodeCccd("030195001234")).toEqual({ provinceCode: "030", sex: "FEMALE", centuryStart: 1900, birthYear: 1995 });
    expect(decodeCccd("001208000001")).toEqual({ provinceCode: "001", sex: "MALE", centuryStart: 2000, birthYear: 2008 });
    expect(decodeCccd("12345")).toBeNull();
  });
});

describe("maskCccd", () => {
  it("keeps the province and the last two digits", () => {
    expect(maskCccd("030095001234")).toBe("030*******34");
    expect(maskCccd("12345")).toBe("*****");
  });
});

describe("generateCccd", () => {
  it("builds numbers that checkCccd accepts for the same person", () => {
    expect(generateCccd("30", "FEMALE", "1995-06-15", 1234)).toBe("030195001234");
    expect(generateCccd("079", "MALE", "2005-01-01", "123456")).toBe("079205123456");
    expect(generateCccd("01", "FEMALE", "2150-01-01", 0)).toBe("001550000000");
    for (const [sex, birthDate] of [["MALE", "1900-01-01"], ["FEMALE", "1999-12-31"], ["FEMALE", "2000-01-01"], ["MALE", "2399-12-31"]] as const) {
      const cccd = generateCccd("96", sex, birthDate, 999_999);
      expect(checkCccd(cccd, { sex, birthDate }), cccd).toEqual([]);
    }
  });
  it("refuses unknown provinces, years without a century digit and bad random parts", () => {
    expect(() => generateCccd("99", "MALE", "1995-01-01", 1)).toThrow(RangeError);
    expect(() => generateCccd("30", "MALE", "1899-12-31", 1)).toThrow(RangeError);
    expect(() => generateCccd("30", "MALE", "2400-01-01", 1)).toThrow(RangeError);
    for (const r of [1_000_000, -1, 1.5, "12345", "12345a"]) expect(() => generateCccd("30", "MALE", "1995-01-01", r)).toThrow(RangeError);
  });
});

describe("CCCD numbers in slip lines", () => {
  const line = { person: { fullName: "Lê Thị Hoa", cccd: "030190001234" }, members: [{ cccd: "001090000011" }, { cccd: null }], note: "cccd" };
  it("are masked at any depth for display, other values untouched", () => {
    expect(maskCccdsIn(line)).toEqual({ person: { fullName: "Lê Thị Hoa", cccd: "030*******34" }, members: [{ cccd: "001*******11" }, { cccd: null }], note: "cccd" });
  });
  it("are dropped once decided, leaving a mark that the record holds them", () => {
    const dropped = dropCccdsIn(line);
    expect(JSON.stringify(dropped)).not.toMatch(/\d{12}/);
    expect(dropped).toEqual({ person: { fullName: "Lê Thị Hoa", cccdOnRecord: true }, members: [{ cccdOnRecord: true }, { cccd: null }], note: "cccd" });
  });
});
