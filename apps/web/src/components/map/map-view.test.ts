import { describe, expect, it } from "vitest";
import { readView, writeView } from "./map-view";

describe("map view in the URL", () => {
  it("round-trips a view and keeps only what differs from the defaults", () => {
    const query = "indicator=SRB&period=2024-Q2&within=30&level=2&method=MANUAL&breaks=100%3B+110&palette=RdBu&bubble=BIRTHS";
    const view = readView(new URLSearchParams(query), 2025);
    expect(view).toEqual({ indicator: "SRB", period: "2024-Q2", within: "30", level: 2, method: "MANUAL", classes: 5, breaks: "100; 110", palette: "RdBu", bubble: "BIRTHS" });
    expect(readView(new URLSearchParams(writeView(view, 2025)), 2025)).toEqual(view);
    expect(writeView(readView(new URLSearchParams(""), 2025), 2025)).toBe("");
  });

  it("falls back to the defaults for anything malformed", () => {
    const view = readView(new URLSearchParams("indicator=DROP&period=2024-13&level=9&classes=40&method=X&palette=Rainbow&within=<script>"), 2025);
    expect(view).toEqual(readView(new URLSearchParams(""), 2025));
    expect(view).toMatchObject({ indicator: "TFR", period: "2025", level: 0, classes: 5, method: "QUANTILE", palette: "", within: "" });
  });

  it("drops manual breaks from the URL unless the method is manual", () => {
    const view = readView(new URLSearchParams("breaks=1%3B2"), 2025);
    expect(writeView(view, 2025)).toBe("");
  });
});
