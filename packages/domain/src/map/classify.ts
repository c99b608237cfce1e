// Classification of a choropleth layer's values into classes: quantiles, natural breaks
// (Ckmeans, the optimal 1-D k-means of Wang & Song, successor of Jenks), equal intervals or
// breaks chosen by hand. Pure: the map, its legend, the public map and the PNG all use it.
import { ckmeans, quantileSorted } from "simple-statistics";

export const CLASS_METHODS = ["QUANTILE", "NATURAL_BREAKS", "EQUAL_INTERVAL", "MANUAL"] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

export interface ClassRequest {
  method: ClassMethod;
  /** Wanted number of classes (2–9); ignored for MANUAL, where the breaks decide. */
  classes: number;
  /** Inner thresholds, increasing, for MANUAL: [10, 20] gives < 10, 10–20, ≥ 20. */
  manualBreaks?: readonly number[];
  /** A reference value made a class bound when it falls inside the range (diverging palettes). */
  reference?: number | null;
}

export interface Classification {
  /**
   * Class bounds, one more than the classes: class i holds lower[i] ≤ v < upper[i], the
   * last class also its upper bound. Duplicate bounds (ties at a quantile) leave a class
   * empty rather than moving values between classes.
   */
  bounds: number[];
  /** Units in each class. */
  counts: number[];
  /** Units with no value (no data, undefined rate or suppressed). */
  missing: number;
}

export class ClassificationError extends Error {}

/** The class of a value (0-based), or null for a missing value. */
export function classOf(bounds: readonly number[], value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const k = bounds.length - 1;
  // The last bound whose value the value reaches: ties at a bound go to the upper class.
  for (let i = k - 1; i > 0; i--) if (value >= bounds[i]!) return i;
  return 0;
}

export function classify(values: readonly (number | null)[], request: ClassRequest): Classification {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const missing = values.length - present.length;
  let bounds = present.length === 0 ? [] : boundsFor(present, request);
  const ref = request.reference;
  if (ref !== undefined && ref !== null && bounds.length > 1 && ref > bounds[0]! && ref < bounds.at(-1)! && !bounds.includes(ref)) {
    bounds = [...bounds, ref].sort((a, b) => a - b);
  }
  const counts = new Array<number>(Math.max(bounds.length - 1, 0)).fill(0);
  for (const v of present) counts[classOf(bounds, v)!]!++;
  return { bounds, counts, missing };
}

function boundsFor(sorted: readonly number[], request: ClassRequest): number[] {
  const min = sorted[0]!, max = sorted.at(-1)!;
  if (request.method === "MANUAL") {
    const inner = checkManualBreaks(request.manualBreaks ?? []);
    return [Math.min(min, inner[0]!), ...inner, Math.max(max, inner.at(-1)!)];
  }
  const k = request.classes;
  if (!Number.isInteger(k) || k < MIN_CLASSES || k > MAX_CLASSES) {
    throw new ClassificationError(`Số lớp phải từ ${MIN_CLASSES} đến ${MAX_CLASSES}.`);
  }
  if (min === max) return [min, max];
  switch (request.method) {
    case "QUANTILE":
      return Array.from({ length: k + 1 }, (_, i) => (i === 0 ? min : i === k ? max : quantileSorted(sorted, i / k)));
    case "EQUAL_INTERVAL":
      return Array.from({ length: k + 1 }, (_, i) => (i === k ? max : min + ((max - min) * i) / k));
    case "NATURAL_BREAKS": {
      // Ckmeans cannot make more clusters than distinct values.
      const clusters = ckmeans([...sorted], Math.min(k, new Set(sorted).size));
      return [...clusters.map((c) => c[0]!), max];
    }
  }
}

/** Manual breaks: finite numbers, strictly increasing, at most MAX_CLASSES - 1. */
export function checkManualBreaks(breaks: readonly number[]): number[] {
  if (breaks.length === 0) throw new ClassificationError("Hãy nhập ít nhất một ngưỡng phân lớp.");
  if (breaks.length > MAX_CLASSES - 1) throw new ClassificationError(`Tối đa ${MAX_CLASSES - 1} ngưỡng (${MAX_CLASSES} lớp).`);
  if (breaks.some((b) => !Number.isFinite(b))) throw new ClassificationError("Ngưỡng phân lớp phải là số.");
  for (let i = 1; i < breaks.length; i++) {
    if (breaks[i]! <= breaks[i - 1]!) throw new ClassificationError("Các ngưỡng phải tăng dần và không trùng nhau.");
  }
  return [...breaks];
}

/** "10; 20,5; 30" or "10, 20.5, 30" → numbers (Vietnamese decimal comma accepted with ";"). */
export function parseManualBreaks(text: string): number[] {
  const parts = text.includes(";") ? text.split(";").map((p) => p.replace(",", ".")) : text.split(/[,\s]+/);
  const values = parts.map((p) => p.trim()).filter((p) => p !== "").map(Number);
  return checkManualBreaks(values);
}
