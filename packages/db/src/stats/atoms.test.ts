import { describe, expect, it } from "vitest";
import { planAtoms } from "./atoms.js";

describe("planAtoms", () => {
  it("groups units by the columns they belong to", () => {
    // A unit with children {1,2} and {3}: the parent column holds all three.
    const plan = planAtoms([{ unitIds: [1, 2, 3] }, { unitIds: [1, 2] }, { unitIds: [3] }]);
    expect(plan.atomCount).toBe(2);
    expect(plan.atomOf.get(1)).toBe(plan.atomOf.get(2));
    expect(plan.atomOf.get(3)).not.toBe(plan.atomOf.get(1));
    expect([...plan.columnAtoms[0]!].sort()).toEqual([1, 2]);
    expect([...plan.columnAtoms[1]!]).toEqual([plan.atomOf.get(1)]);
    expect([...plan.columnAtoms[2]!]).toEqual([plan.atomOf.get(3)]);
  });
  it("writes a bounded array literal with 0 for ids in the range but in no column", () => {
    expect(planAtoms([{ unitIds: [7, 5] }]).sqlArray).toBe("[5:7]={1,0,1}");
    expect(planAtoms([]).sqlArray).toBe("[1:1]={0}");
  });
});
