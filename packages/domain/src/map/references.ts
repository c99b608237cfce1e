// Reference values around which a diverging palette turns: the natural sex ratio at birth,
// balance between the sexes, replacement fertility, no growth. Other indicators are
// magnitudes and take a sequential palette.
import type { Palette } from "./palettes.js";

const REFERENCES: Readonly<Record<string, number>> = {
  SRB: 105,
  SEX_RATIO: 100,
  TFR: 2.1,
  NATURAL_INCREASE: 0,
  NATURAL_INCREASE_RATE: 0,
  NET_MIGRATION: 0,
  NET_MIGRATION_RATE: 0,
};

export const referenceOf = (indicator: string): number | null => REFERENCES[indicator] ?? null;

export const defaultPalette = (indicator: string): Palette => (referenceOf(indicator) === null ? "YlOrRd" : "RdBu");

/** Counts a bubble may show over the choropleth. */
export const BUBBLE_INDICATORS = ["POP_END", "BIRTHS", "DEATHS", "HOUSEHOLDS", "ELDERLY"] as const;
