import { describe, expect, it } from "vitest";
import { parseRegisterSearch, registerSearchHref } from "./search-params";

describe("the register search URL", () => {
  it("round-trips a search and drops what is malformed", () => {
    const s = parseRegisterSearch({ ma: "10507", kv: "10507-03", theo: "ho", q: " HD-1 ", gt: "FEMALE", tu: "15", den: "49", cu: "PERMANENT", sau: "abc" });
    expect(s).toEqual({ unit: "10507", area: "10507-03", by: "ho", text: "HD-1", sex: "FEMALE", minAge: 15, maxAge: 49, residence: "PERMANENT", after: "abc" });
    expect(parseRegisterSearch(Object.fromEntries(new URL(`http://x${registerSearchHref(s)}`).searchParams))).toEqual(s);
    expect(parseRegisterSearch({ ma: "<script>", theo: "x", gt: "OTHER", tu: "-1", cu: "ABROAD" })).toEqual({ by: "ten", text: "" });
    expect(registerSearchHref({ by: "ten", text: "" })).toBe("/so-ho");
  });
});
