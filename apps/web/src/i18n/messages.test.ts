// Both catalogues must offer the same keys, so switching language never shows a raw key.
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@danso/api";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("message catalogues", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("have no empty messages", () => {
    const empty = (m: object) => keys(m).filter((k) => !k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m));
    expect(empty(vi)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it("name every permission of the policy (the account page lists them)", () => {
    const wanted = Object.keys(PERMISSIONS).map((a) => a.replace(".", "_")).sort();
    expect(Object.keys(vi.Account.permission).sort()).toEqual(wanted);
  });
});
