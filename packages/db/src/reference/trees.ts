// The administrative trees the register knows, with their dates. A GSO code names a unit
// only together with a date: the tree in force that day.
import { REORGANISATION_2025, type IsoDate } from "@danso/domain";

export { REORGANISATION_2025 };

export interface Tree {
  /** "2025-03", "2025-07": the date of the unit list. */
  id: string;
  file: string;
  /** The tree is in force over [validFrom, validTo). */
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** File level → the register's level (0 nation, 1 province, 2 district, 3 commune). */
  levels: Record<number, number>;
  /** Path segment after the nation for this tree's units (null: none, the first tree). */
  pathTag: string | null;
  name: { vi: string; en: string };
  /** Register level → bundled boundary file in data/vn (levels without one have none until imported). */
  boundaries: Partial<Record<number, string>>;
}

export const TREES: readonly Tree[] = [
  {
    // The GSO list is a snapshot of 2025-03-01. The register's history starts with the 2021
    // book renewal, and the synthetic population uses this tree for its whole history up
    // to the reform, so the units are valid from the register's start.
    id: "2025-03", file: "units-2025-03.json", validFrom: "2021-01-01", validTo: REORGANISATION_2025,
    levels: { 0: 0, 1: 1, 2: 2, 3: 3 }, pathTag: null,
    name: { vi: "Danh mục trước sắp xếp (63 tỉnh, 696 huyện)", en: "Before the reorganisation (63 provinces, 696 districts)" },
    boundaries: { 1: "provinces-2025-03.topo.json", 2: "districts-2025-03.topo.json" },
  },
  {
    id: "2025-07", file: "units-2025-07.json", validFrom: REORGANISATION_2025, validTo: null,
    levels: { 0: 0, 1: 1, 2: 3 }, pathTag: "T2025",
    name: { vi: "Danh mục từ 01/07/2025 (34 tỉnh, không cấp huyện)", en: "Since 1 July 2025 (34 provinces, no districts)" },
    boundaries: { 1: "provinces-2025-07.topo.json" },
  },
];

/** The tree in force on a date (the first tree before the register's start). */
export function treeOn(date: IsoDate): Tree {
  return [...TREES].reverse().find((t) => t.validFrom <= date) ?? TREES[0]!;
}

/** The tree a unit belongs to, from its validity start. */
export function treeOfUnit(unit: { validFrom: Date | string }): Tree {
  const from = typeof unit.validFrom === "string" ? unit.validFrom : unit.validFrom.toISOString().slice(0, 10);
  return treeOn(from);
}
