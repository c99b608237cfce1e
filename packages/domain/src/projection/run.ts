// A projection from its inputs: the overrides change the inputs, the scenario the rates of
// each year, and each year's population gets the indicators plans ask for.
import { project, totalFertility, type ProjectedYear } from "./cohort-component.js";
import { projectionIndicators } from "./indicators.js";
import { yearRates, type InputOverrides, type ProjectionInputs } from "./observed-inputs.js";
import { scenarioRates, type Scenario, type TfrPath } from "./scenarios.js";

export const HORIZON_MAX = 2060;

export interface ProjectionRequest {
  horizon: number;
  scenario: Scenario;
  overrides?: InputOverrides & { tfrPath?: TfrPath };
}

export interface ProjectionYear extends ProjectedYear {
  tfr: number | null;
  indicators: ReturnType<typeof projectionIndicators>;
}

export function runProjection(inputs: ProjectionInputs, request: ProjectionRequest): ProjectionYear[] {
  const rates = scenarioRates(yearRates(inputs, request.overrides), inputs.baseYear, request.scenario, request.overrides?.tfrPath);
  const years = project(inputs.base, inputs.baseYear, request.horizon, rates);
  return years.map((y) => ({
    ...y,
    tfr: y.births ? totalFertility(rates(y.year).asfr) : null,
    indicators: projectionIndicators(y.population),
  }));
}
