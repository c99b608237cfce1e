// The shape of an indicator definition: data for the portal (names, unit, definition) and
// a pure formula over base counts, so every page, report and map computes it the same way.
import type { Label } from "../codes/labels.js";
import type { Period } from "../time/periods.js";
import type { BaseCountCode, BaseCounts } from "./base-counts.js";

export type IndicatorKind = "stock" | "flow" | "rate";

export type IndicatorTheme = "POPULATION" | "FERTILITY" | "MORTALITY" | "MARRIAGE" | "MIGRATION" | "FAMILY_PLANNING" | "HEALTH" | "STRUCTURE";

export type IndicatorUnit =
  | "PERSONS"
  | "HOUSEHOLDS"
  | "COUPLES"
  | "EVENTS"
  | "PER_MILLE"
  | "PERCENT"
  | "PER_100"
  | "CHILDREN_PER_WOMAN"
  | "YEARS";

export const UNIT_LABELS: Readonly<Record<IndicatorUnit, Label>> = {
  PERSONS: { vi: "người", en: "persons" },
  HOUSEHOLDS: { vi: "hộ", en: "households" },
  COUPLES: { vi: "cặp", en: "couples" },
  EVENTS: { vi: "lượt", en: "events" },
  PER_MILLE: { vi: "‰", en: "‰" },
  PERCENT: { vi: "%", en: "%" },
  PER_100: { vi: "/100", en: "per 100" },
  CHILDREN_PER_WOMAN: { vi: "con/phụ nữ", en: "children per woman" },
  YEARS: { vi: "tuổi", en: "years" },
};

/**
 * Parameters a formula may take. Whether the sector annualises sub-annual rates and which
 * age starts old age in the ageing index are unconfirmed (domain guide § 11), so they are
 * parameters with documented defaults, never constants inside a formula.
 */
export interface IndicatorParams {
  /** Rates of events over a month or quarter are multiplied by 365 / days of the period. */
  annualise: boolean;
  /** First age of old age in the ageing index (a group bound: 60 or 65). */
  elderlyAge: number;
}

export const DEFAULT_PARAMS: Readonly<IndicatorParams> = { annualise: true, elderlyAge: 60 };

export interface FormulaContext {
  period: Period;
  params: IndicatorParams;
}

/** A rate's numerator and denominator, before scaling and annualisation. */
export type RateTerms = readonly [numerator: number, denominator: number];

export interface IndicatorDefinition {
  /** Stable code, used by forms, the API and stored report snapshots. */
  code: string;
  theme: IndicatorTheme;
  name: Label;
  unit: IndicatorUnit;
  kind: IndicatorKind;
  /** Base counts the formula reads. */
  needs: readonly BaseCountCode[];
  /** Parameters the formula reads (others are ignored). */
  params?: readonly (keyof IndicatorParams)[];
  /** null when the value is undefined (a division by zero). */
  formula: (counts: BaseCounts, context: FormulaContext) => number | null;
  /** A rate that is one ratio: its numerator and denominator (set with rateOf). */
  terms?: (counts: BaseCounts, context: FormulaContext) => RateTerms;
  /** Decimals to show. */
  decimals: number;
  /** What the portal shows under the name: the formula in words and its conventions. */
  definition: Label;
}
