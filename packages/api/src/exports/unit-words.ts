// Words that tables print about units: "Toàn thành phố" over the unit's own column and
// "Chia theo xã, phường" over its children. Taken from the units' names (which start with
// their type) so that a district of only communes and towns says "xã, thị trấn".

/** Types as they start a name, in both trees (the special zones since 1 July 2025 too);
 * longer first so "Thành phố" is not "Tỉnh". */
const TYPES = ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Tỉnh", "Huyện", "Quận", "Phường", "Xã"] as const;
/** The order in which a heading lists the children's types. */
const ORDER = ["Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu"];

const typeOf = (name: string): string | null => TYPES.find((t) => name.startsWith(`${t} `)) ?? null;
const lower = (s: string) => s.toLocaleLowerCase("vi");

/** "thành phố" for "Thành phố Hải Dương"; "cả nước" for the nation. */
export function typeWord(unit: { name: string; level: number }): string {
  if (unit.level === 0) return "cả nước";
  const type = typeOf(unit.name);
  return type ? lower(type) : unit.name;
}

/** "Toàn thành phố", "Toàn huyện", "Toàn tỉnh"; "Toàn quốc" for the nation. */
export function wholeUnitLabel(unit: { name: string; level: number }): string {
  if (unit.level === 0) return "Toàn quốc";
  const type = typeOf(unit.name);
  return type ? `Toàn ${lower(type)}` : unit.name;
}

/** "xã, phường" for the children's names given; districts list "quận, huyện, thị xã, thành phố". */
export function childTypes(names: readonly string[]): string {
  const present = new Set(names.map(typeOf).filter((t): t is string => t !== null));
  // A province's children are districts, where "thành phố" is a city of the province: it goes last.
  const order = present.has("Huyện") || present.has("Quận") ? ["Quận", "Huyện", "Thị xã", "Thành phố"] : ORDER;
  const words = order.filter((t) => present.has(t)).map(lower);
  return words.join(", ") || "đơn vị";
}

/** "Chia theo xã, phường". */
export const childGroupLabel = (names: readonly string[]): string => `Chia theo ${childTypes(names)}`;
