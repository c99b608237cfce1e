// The 1 July 2025 reorganisation (Resolution 202/2025/QH15): 34 provinces, no districts.
// Periods ending before it are counted and drawn on the old tree, later ones on the new.
import type { IsoDate } from "./dates.js";

export const REORGANISATION_2025: IsoDate = "2025-07-01";
