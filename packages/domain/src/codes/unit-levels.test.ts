// Every level and type the unit lists carry has its English word, so no page shows
// "Phường" or "Tỉnh/Thành phố" as a label in English.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LEVEL_LABELS, levelLabel, unitTypeLabel, UNIT_TYPE_LABELS } from "./unit-levels.js";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../data/vn");

/** The types of every unit of a unit list (the file's own schema note aside). */
function typesOf(file: string): Set<string> {
  const types = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === "object") {
      const t = (o as { type?: unknown }).type;
      if (typeof t === "string" && !t.includes("|")) types.add(t);
      Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync(path.join(dataDir, file), "utf8")));
  return types;
}

describe("unit level and type labels", () => {
  it.each(["units-2025-03.json", "units-2025-07.json"])("name in English every type of %s", (file) => {
    const types = [...typesOf(file)];
    expect(types.length).toBeGreaterThan(3);
    for (const type of types) {
      expect(UNIT_TYPE_LABELS[type], type).toBeDefined();
      expect(unitTypeLabel(type).en).not.toBe(type);
    }
  });

  it("name the four levels in both languages", () => {
    expect(LEVEL_LABELS.map((l) => l.vi)).toEqual(["Quốc gia", "Tỉnh/Thành phố", "Quận/Huyện", "Xã/Phường/Thị trấn"]);
    expect(levelLabel(1).en).toBe("Province/City");
    expect(levelLabel(3).en).toBe("Commune/Ward/Township");
    expect(levelLabel(7)).toEqual({ vi: "7", en: "7" });
  });
});
