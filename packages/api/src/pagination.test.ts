// Cursors: only ours are accepted, and only within the range of the ids they page over.
import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { decodeCursor, encodeCursor, MAX_BIGINT_ID, MAX_INT_ID, pageSize } from "./pagination.js";

const raw = (text: string) => Buffer.from(text).toString("base64url");
const refused = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof ApiError && error.code === "BAD_USER_INPUT" ? error.message : `unexpected ${String(error)}`;
  }
  return "accepted";
};

describe("cursors", () => {
  it("round-trips the ids it encodes, integer and bigint", () => {
    expect(decodeCursor(encodeCursor(42))).toBe(42n);
    expect(decodeCursor(encodeCursor(MAX_INT_ID), MAX_INT_ID)).toBe(BigInt(MAX_INT_ID));
    expect(decodeCursor(encodeCursor(BigInt(MAX_BIGINT_ID)))).toBe(BigInt(MAX_BIGINT_ID));
    expect(decodeCursor(null)).toBeUndefined();
    expect(decodeCursor("")).toBeUndefined();
  });

  it("refuses what is not one of its cursors", () => {
    for (const cursor of ["zzzz", "%%%", "A".repeat(100_000), raw("c:-1"), raw("c:1.5"), raw("x:1"), raw("c:"), raw("c:1\u0000")]) {
      expect(refused(() => decodeCursor(cursor))).toBe("Con trỏ phân trang không hợp lệ.");
    }
  });

  it("refuses ids beyond the range of the column", () => {
    expect(refused(() => decodeCursor(encodeCursor(MAX_INT_ID + 1), MAX_INT_ID))).toMatch(/Con trỏ/);
    expect(refused(() => decodeCursor(raw("c:9999999999999999999")))).toMatch(/Con trỏ/);
    expect(refused(() => decodeCursor(raw(`c:${BigInt(MAX_BIGINT_ID) + 1n}`)))).toMatch(/Con trỏ/);
  });
});

describe("page sizes", () => {
  it("takes 1 to 500, the default when absent", () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(500)).toBe(500);
    for (const n of [0, -1, 501, 1.5, 2 ** 40]) expect(refused(() => pageSize(n))).toMatch(/Số dòng mỗi trang/);
  });
});
