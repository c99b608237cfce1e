// ColorBrewer palettes for choropleth classes (d3-scale-chromatic): sequential for
// magnitudes, diverging around a reference (sex ratio at birth around 105, natural increase
// around 0): classes below the reference take one hue, classes above the other, with the
// same lightness step away from the reference on both sides.
import * as chromatic from "d3-scale-chromatic";

export const SEQUENTIAL_PALETTES = ["Blues", "Greens", "Oranges", "Purples", "Reds", "YlOrRd", "YlGnBu", "BuPu"] as const;
export const DIVERGING_PALETTES = ["RdBu", "PuOr", "BrBG", "PiYG"] as const;
export type SequentialPalette = (typeof SEQUENTIAL_PALETTES)[number];
export type DivergingPalette = (typeof DIVERGING_PALETTES)[number];
export type Palette = SequentialPalette | DivergingPalette;

export const isPalette = (name: string): name is Palette =>
  (SEQUENTIAL_PALETTES as readonly string[]).includes(name) || (DIVERGING_PALETTES as readonly string[]).includes(name);
export const isDiverging = (name: Palette): name is DivergingPalette => (DIVERGING_PALETTES as readonly string[]).includes(name);

/** Colour drawn for a unit with no value (no data, undefined rate). */
export const NO_DATA_COLOUR = "#e5e7eb";
/** Colour drawn for a figure withheld from the public (a small count). */
export const SUPPRESSED_COLOUR = "#94a3b8";

const scheme = (name: Palette, size: number): readonly string[] =>
  (chromatic as unknown as Record<string, readonly (readonly string[])[]>)[`scheme${name}`]![size]!;

/** One colour per class, light to dark (sequential) or hue to hue through the reference. */
export function classColours(palette: Palette, bounds: readonly number[], reference?: number | null): string[] {
  const k = Math.max(bounds.length - 1, 0);
  if (k === 0) return [];
  if (!isDiverging(palette) || reference === undefined || reference === null) {
    const name = isDiverging(palette) ? "Blues" : palette;
    // Schemes exist for 3–9 classes; one or two classes take the ends of the 3-class scheme.
    if (k >= 3) return [...scheme(name, k)];
    const three = scheme(name, 3);
    return k === 1 ? [three[1]!] : [three[0]!, three[2]!];
  }
  // Classes entirely below the reference, and the others (at or above it).
  const below = bounds.slice(1).filter((upper) => upper <= reference).length;
  const above = k - below;
  const side = Math.max(below, above);
  // An even diverging scheme of 2 × side colours, the reference between its two middle colours;
  // schemes stop at 11, so a side of more than 5 classes reuses the outermost colour.
  const full = scheme(palette, Math.min(Math.max(2 * side, 4), 10));
  const middle = full.length / 2;
  const pick = (offset: number) => full[Math.max(0, Math.min(full.length - 1, middle + offset))]!;
  return Array.from({ length: k }, (_, i) => pick(i - below));
}
