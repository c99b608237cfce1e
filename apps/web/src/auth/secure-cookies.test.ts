import { describe, expect, it } from "vitest";
import { secureCookies } from "./secure-cookies";

describe("secure cookies", () => {
  it("are Secure exactly when the public address is HTTPS", () => {
    expect(secureCookies("https://danso.gov.vn")).toBe(true);
    expect(secureCookies(" HTTPS://danso.gov.vn/ ")).toBe(true);
    expect(secureCookies("http://localhost:3000")).toBe(false);
    expect(secureCookies("")).toBe(false);
    expect(secureCookies(undefined)).toBe(false);
  });
});
