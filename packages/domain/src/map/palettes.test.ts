import { describe, expect, it } from "vitest";
import { schemeRdBu, schemeYlOrRd } from "d3-scale-chromatic";
import { classColours } from "./palettes.js";

describe("classColours", () => {
  it("gives a sequential ColorBrewer scheme of as many colours as classes", () => {
    expect(classColours("YlOrRd", [0, 1, 2, 3, 4, 5])).toEqual(schemeYlOrRd[5]);
    expect(classColours("YlOrRd", [0, 1, 2])).toEqual([schemeYlOrRd[3]![0], schemeYlOrRd[3]![2]]);
    expect(classColours("YlOrRd", [])).toEqual([]);
  });

  it("turns a diverging scheme at the reference: the same step away from it on both sides", () => {
    // Two classes below 105, one above: the reds are the two nearest the middle's left, the blue its right.
    const colours = classColours("RdBu", [95, 100, 105, 110], 105);
    const four = schemeRdBu[4]!;
    expect(colours).toEqual([four[0], four[1], four[2]]);
    // All above the reference: only the blue side.
    expect(classColours("RdBu", [106, 110, 120], 105)).toEqual([four[2], four[3]]);
  });
});
