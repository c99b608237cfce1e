import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: "Hải Dương" } })).toBe('{"a":{"c":"Hải Dương","d":[3,{"x":2,"y":1}]},"b":1}');
  });
  it("gives the same text whatever the key order of the input", () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: null })).toBe(canonicalJson({ z: null, y: [1, 2], x: 1 }));
  });
  it("prints numbers as ECMAScript does (RFC 8785 examples)", () => {
    expect(canonicalJson([1e21, 1e-7, 0.1 + 0.2, -0, 100])).toBe("[1e+21,1e-7,0.30000000000000004,0,100]");
  });
  it("refuses values JSON cannot carry", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
  });
});
