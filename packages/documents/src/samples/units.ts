// Real unit names for the samples, from the GSO list in data/vn (before the 2025 reform).
import { readFileSync } from "node:fs";

export interface SampleUnit {
  code: string;
  name: string;
  shortName: string;
  type: string;
  parent: string | null;
}

let units: SampleUnit[] | null = null;

function allUnits(): SampleUnit[] {
  units ??= (JSON.parse(readFileSync(new URL("../../../../data/vn/units-2025-03.json", import.meta.url), "utf8")) as { units: SampleUnit[] }).units;
  return units;
}

export function unitByCode(code: string): SampleUnit {
  const u = allUnits().find((x) => x.code === code);
  if (!u) throw new RangeError(`No unit ${code} in data/vn/units-2025-03.json`);
  return u;
}

export function childrenOf(code: string): SampleUnit[] {
  return allUnits().filter((u) => u.parent === code);
}
