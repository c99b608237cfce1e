import { describe, expect, it } from "vitest";
import { deriveRelationToHead, type FamilyLinks } from "./relations.js";

// Grandfather 1 (head) married to 2; their son 3 married to 4 (daughter-in-law); grandchild 5;
// 2's mother 6; a lodger 7.
const people: FamilyLinks[] = [
  { id: 1, motherId: null, fatherId: null, spouseId: 2 },
  { id: 2, motherId: 6, fatherId: null, spouseId: 1 },
  { id: 3, motherId: 2, fatherId: 1, spouseId: 4 },
  { id: 4, motherId: null, fatherId: null, spouseId: 3 },
  { id: 5, motherId: 4, fatherId: 3, spouseId: null },
  { id: 6, motherId: null, fatherId: null, spouseId: null },
  { id: 7, motherId: null, fatherId: null, spouseId: null },
];
const byId = new Map(people.map((p) => [p.id, p]));
const relationsFor = (head: number) => people.map((p) => deriveRelationToHead(p, byId.get(head)!, (id) => byId.get(id)));

describe("deriveRelationToHead", () => {
  it("reads the household sheet's relations from family links", () => {
    expect(relationsFor(1)).toEqual(["HEAD", "SPOUSE", "CHILD", "ADOPTED_OR_IN_LAW", "GRANDCHILD", "PARENT", "OTHER"]);
  });
  it("re-derives them when the son becomes head", () => {
    expect(relationsFor(3)).toEqual(["PARENT", "PARENT", "HEAD", "SPOUSE", "CHILD", "OTHER", "OTHER"]);
  });
});
