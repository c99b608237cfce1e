// The model life table used where a unit has too few deaths for its own (observed-inputs.ts).
// A Gompertz–Makeham schedule, μ(x) = A + B·e^(c·x), taken at the middle of each five-year
// group (at 90 for 85+), with fixed rates below 5 in the ratio of Vietnam's infant and child
// mortality, then scaled as a whole so that life expectancy at birth equals that of
// Vietnam's 2019 Population and Housing Census (GSO: 71.0 years for men, 76.3 for women).
// The unit's own level is then set by its deaths (indirect standardisation), so the model
// gives only the shape of mortality by age, never the unit's level.
import { LIFE_TABLE_AGES, mortalityFactorFor } from "./life-table.js";
import type { BySex } from "./cohort-component.js";

export const MODEL_E0: BySex<number> = { male: 71.0, female: 76.3 };

const MAKEHAM = { A: 0.0005, B: 0.00003, c: 0.095 } as const;
const BELOW_FIVE = { infant: 0.014, child: 0.0007 } as const;

function shape(): number[] {
  return LIFE_TABLE_AGES.map((age, i) => {
    if (age === 0) return BELOW_FIVE.infant;
    if (age === 1) return BELOW_FIVE.child;
    const x = i === LIFE_TABLE_AGES.length - 1 ? 90 : age + 2.5;
    return MAKEHAM.A + MAKEHAM.B * Math.exp(MAKEHAM.c * x);
  });
}

/** Death rates ₙMₓ of the 19 life-table groups of the model, by sex. */
export function modelDeathRates(): BySex<number[]> {
  const s = shape();
  const at = (e0: number) => {
    const k = mortalityFactorFor(s, e0);
    return s.map((m) => m * k);
  };
  return { male: at(MODEL_E0.male), female: at(MODEL_E0.female) };
}
