// The projection form's fields as typed (text: "1,8" or "1.8") to the API's variables, and
// the same request as the query string of the file downloads. The API checks bounds and
// answers in Vietnamese; here only the shape is read, so that nothing typed is dropped
// silently: a field that is not a number is an error of its own, not an omission.
import type { Scenario } from "@danso/domain";

export interface ProjectionForm {
  unit: string;
  baseYear: number;
  horizon: number;
  scenario: string;
  srb: string;
  e0Male: string;
  e0Female: string;
  migrationFactor: string;
  tfrPath: string;
}

export interface ProjectionVariables {
  unit: string;
  baseYear: number;
  horizon: number;
  scenario: Scenario;
  overrides: { srb?: number; e0Male?: number; e0Female?: number; migrationFactor?: number; tfrPath?: { year: number; tfr: number }[] };
}

export type FieldName = "srb" | "e0Male" | "e0Female" | "migrationFactor" | "tfrPath";

const decimal = (s: string): number | null => {
  const t = s.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

/** "2030: 1,8; 2040: 2,1" → [{ year: 2030, tfr: 1.8 }, { year: 2040, tfr: 2.1 }], or null if malformed. */
export function parseTfrPath(text: string): { year: number; tfr: number }[] | null {
  const parts = text.split(";").map((p) => p.trim()).filter(Boolean);
  const points = parts.map((p) => {
    const m = /^(\d{4})\s*:\s*(\d+(?:[.,]\d+)?)$/.exec(p);
    return m ? { year: Number(m[1]), tfr: Number(m[2]!.replace(",", ".")) } : null;
  });
  return points.every((p) => p !== null) ? points : null;
}

export function toVariables(f: ProjectionForm): { variables: ProjectionVariables } | { invalid: FieldName[] } {
  const invalid: FieldName[] = [];
  const overrides: ProjectionVariables["overrides"] = {};
  for (const name of ["srb", "e0Male", "e0Female", "migrationFactor"] as const) {
    if (!f[name].trim()) continue;
    const v = decimal(f[name]);
    if (v === null) invalid.push(name);
    else overrides[name] = v;
  }
  if (f.scenario === "CUSTOM" && f.tfrPath.trim()) {
    const path = parseTfrPath(f.tfrPath);
    if (!path) invalid.push("tfrPath");
    else overrides.tfrPath = path;
  }
  if (invalid.length > 0) return { invalid };
  return { variables: { unit: f.unit, baseYear: f.baseYear, horizon: f.horizon, scenario: f.scenario as Scenario, overrides } };
}

/** The query string of /api/projections/{csv,xlsx} for a request. */
export function downloadQuery(v: ProjectionVariables): string {
  const q = new URLSearchParams({ unit: v.unit, baseYear: String(v.baseYear), horizon: String(v.horizon), scenario: v.scenario });
  for (const name of ["srb", "e0Male", "e0Female", "migrationFactor"] as const) {
    const value = v.overrides[name];
    if (value !== undefined) q.set(name, String(value));
  }
  if (v.overrides.tfrPath?.length) q.set("tfr", v.overrides.tfrPath.map((p) => `${p.year}:${p.tfr}`).join(","));
  return q.toString();
}
