import { describe, expect, it } from "vitest";
import { formatDateTimeVi, formatFingerprint, formatNumberPlain, formatNumberVi, formatPlaceDate, roundTo } from "./format.js";

describe("formatNumberVi", () => {
  it("groups thousands with dots and writes decimals with a comma", () => {
    expect(formatNumberVi(1931382)).toBe("1.931.382");
    expect(formatNumberVi(14.3, 1)).toBe("14,3");
    expect(formatNumberVi(2, 2)).toBe("2,00");
    expect(formatNumberVi(-1234.5, 1)).toBe("-1.234,5");
    expect(formatNumberVi(999)).toBe("999");
  });
  it("rounds half away from zero, without binary surprises", () => {
    expect(formatNumberVi(1.005, 2)).toBe("1,01");
    expect(formatNumberVi(14.25, 1)).toBe("14,3");
    expect(formatNumberVi(-0.04, 1)).toBe("0,0");
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
  it("prints null and non-finite values as a dash", () => {
    expect(formatNumberVi(null)).toBe("–");
    expect(formatNumberVi(Number.NaN)).toBe("–");
  });
});

describe("formatNumberPlain", () => {
  it("is machine-readable: dot decimal, no grouping, empty for null", () => {
    expect(formatNumberPlain(1931382)).toBe("1931382");
    expect(formatNumberPlain(14.3, 1)).toBe("14.3");
    expect(formatNumberPlain(-0.32, 2)).toBe("-0.32");
    expect(formatNumberPlain(-0.001, 1)).toBe("0.0");
    expect(formatNumberPlain(null)).toBe("");
  });
});

describe("dates", () => {
  it("writes the signature date line as Decree 30 does (leading zero for days < 10 and months < 3)", () => {
    expect(formatPlaceDate("Hải Dương", "2026-11-25")).toBe("Hải Dương, ngày 25 tháng 11 năm 2026");
    expect(formatPlaceDate("Hà Nội", "2026-02-05")).toBe("Hà Nội, ngày 05 tháng 02 năm 2026");
    expect(formatPlaceDate("Hà Nội", "2026-03-05")).toBe("Hà Nội, ngày 05 tháng 3 năm 2026");
  });
  it("prints instants in Vietnam's time", () => {
    expect(formatDateTimeVi(new Date("2026-10-09T17:30:05Z"))).toBe("10/10/2026 00:30");
    expect(formatDateTimeVi(new Date("2026-10-09T02:55:09Z"), true)).toBe("09/10/2026 09:55:09");
  });
  it("groups a key fingerprint by four", () => {
    expect(formatFingerprint("3f9a0c7b21d4e8a6")).toBe("3F9A 0C7B 21D4 E8A6");
    expect(formatFingerprint("3F9A 0C7B 21D4 E8A6")).toBe("3F9A 0C7B 21D4 E8A6");
  });
});
