import { describe, expect, it } from "vitest";
import { keysOf } from "../codes/labels.js";
import { BIRTH_MESSAGES } from "../validation/birth.js";
import { CCCD_MESSAGES } from "../validation/cccd.js";
import { HOUSEHOLD_MESSAGES } from "../validation/household.js";
import { PERSON_MESSAGES } from "../validation/person.js";
import { COMMON_MESSAGES } from "../validation/result.js";
import { CHANGE_EVENT_TYPE, RECORDABLE_EVENT_TYPES } from "./event-types.js";
import { EVENT_MESSAGES } from "./messages.js";

describe("EVENT_MESSAGES", () => {
  const catalogues = [COMMON_MESSAGES, CCCD_MESSAGES, PERSON_MESSAGES, HOUSEHOLD_MESSAGES, BIRTH_MESSAGES, EVENT_MESSAGES];
  it("shares no Vietnamese text or code with the other catalogues, so a zod message finds its code", () => {
    const all = catalogues.flatMap((c) => Object.values(c).map((m) => m.vi));
    expect(new Set(all).size).toBe(all.length);
    const codes = catalogues.flatMap((c) => Object.keys(c));
    expect(new Set(codes).size).toBe(codes.length);
  });
  it("has English texts in plain English and Vietnamese texts with diacritics", () => {
    for (const m of Object.values(EVENT_MESSAGES)) {
      expect(m.en).toMatch(/^[\x20-\x7e–]+$/);
      expect(m.vi).toMatch(/[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i);
    }
  });
});

describe("CHANGE_EVENT_TYPE", () => {
  it("names every type of the database enum, recordable ones included", () => {
    expect(keysOf(CHANGE_EVENT_TYPE)).toHaveLength(18);
    for (const t of RECORDABLE_EVENT_TYPES) expect(CHANGE_EVENT_TYPE[t].vi.length).toBeGreaterThan(0);
    expect(CHANGE_EVENT_TYPE.BIRTH).toEqual({ vi: "Sinh", en: "Birth" });
  });
});
