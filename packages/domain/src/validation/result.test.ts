import { describe, expect, it } from "vitest";
import { BIRTH_MESSAGES } from "./birth.js";
import { CCCD_MESSAGES } from "./cccd.js";
import { HOUSEHOLD_MESSAGES } from "./household.js";
import { PERSON_MESSAGES } from "./person.js";
import { COMMON_MESSAGES, makeIssue, toResult } from "./result.js";

describe("message catalogues", () => {
  it("have unique Vietnamese texts, so a zod message finds its code back", () => {
    const all = [COMMON_MESSAGES, CCCD_MESSAGES, PERSON_MESSAGES, HOUSEHOLD_MESSAGES, BIRTH_MESSAGES].flatMap((c) => Object.values(c));
    const vi = all.map((m) => m.vi);
    expect(new Set(vi).size).toBe(vi.length);
    for (const m of all) expect(m.en).toMatch(/^[\x20-\x7e–]+$/); // English text really is English
  });
  it("codes are unique across catalogues", () => {
    const keys = [COMMON_MESSAGES, CCCD_MESSAGES, PERSON_MESSAGES, HOUSEHOLD_MESSAGES, BIRTH_MESSAGES].flatMap((c) => Object.keys(c));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("toResult", () => {
  it("groups the Vietnamese error texts by field and keeps warnings apart", () => {
    const err = makeIssue("A", "error", { vi: "lỗi", en: "error" }, "name");
    const warn = makeIssue("B", "warning", { vi: "cảnh báo", en: "warning" }, "cccd");
    expect(toResult<{ name: string }>({ name: "x" }, [warn])).toEqual({ ok: true, value: { name: "x" }, warnings: [warn] });
    expect(toResult<{ name: string }>({}, [err, err, warn])).toEqual({
      ok: false,
      fieldErrors: { name: ["lỗi", "lỗi"] },
      errors: [err, err],
      warnings: [warn],
    });
  });
});
