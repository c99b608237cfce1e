import { describe, expect, it } from "vitest";
import { downloadQuery, parseTfrPath, toVariables, type ProjectionForm } from "./request";

const fields = (over: Partial<ProjectionForm> = {}): ProjectionForm => ({
  unit: "31", baseYear: 2026, horizon: 2050, scenario: "MEDIUM", srb: "", e0Male: "", e0Female: "", migrationFactor: "", tfrPath: "", ...over,
});

describe("projection form", () => {
  it("reads decimals written the Vietnamese way and leaves empty fields out", () => {
    expect(toVariables(fields({ srb: "108,5", migrationFactor: "0" }))).toEqual({
      variables: { unit: "31", baseYear: 2026, horizon: 2050, scenario: "MEDIUM", overrides: { srb: 108.5, migrationFactor: 0 } },
    });
  });

  it("names every field that is not a number instead of dropping it", () => {
    expect(toVariables(fields({ srb: "cao", e0Female: "80 tuổi", scenario: "CUSTOM", tfrPath: "2030 - 1,8" }))).toEqual({ invalid: ["srb", "e0Female", "tfrPath"] });
  });

  it("reads a TFR path for the custom scenario only", () => {
    expect(parseTfrPath("2030: 1,8; 2040:2.1;")).toEqual([{ year: 2030, tfr: 1.8 }, { year: 2040, tfr: 2.1 }]);
    expect(parseTfrPath("2030")).toBeNull();
    const custom = toVariables(fields({ scenario: "CUSTOM", tfrPath: "2035: 2,1" }));
    expect("variables" in custom && custom.variables.overrides.tfrPath).toEqual([{ year: 2035, tfr: 2.1 }]);
    const medium = toVariables(fields({ tfrPath: "2035: 2,1" }));
    expect("variables" in medium && medium.variables.overrides.tfrPath).toBeUndefined();
  });

  it("gives the downloads the same request", () => {
    const v = toVariables(fields({ scenario: "CUSTOM", tfrPath: "2030: 1,8; 2040: 2,1", e0Male: "75" }));
    if (!("variables" in v)) throw new Error("invalid");
    expect(downloadQuery(v.variables)).toBe("unit=31&baseYear=2026&horizon=2050&scenario=CUSTOM&e0Male=75&tfr=2030%3A1.8%2C2040%3A2.1");
  });
});
