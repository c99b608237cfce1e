import { describe, expect, it } from "vitest";
import { parsePeriod } from "../time/periods.js";
import { monthDeadlines, timelinessStatus } from "./deadlines.js";

describe("timeliness", () => {
  const march = parsePeriod("2026-M03");
  const d = monthDeadlines(march);

  it("puts the deadlines of March on 5 and 10 April", () => {
    expect(d).toEqual({ recordBy: "2026-04-05", verifyBy: "2026-04-10" });
    expect(monthDeadlines(parsePeriod("2025-M12"))).toEqual({ recordBy: "2026-01-05", verifyBy: "2026-01-10" });
  });

  it("judges a commune late for one late line, or for lines still waiting after the deadline", () => {
    const base = { total: 12, recordedLate: 0, verifiedLate: 0, pending: 0 };
    expect(timelinessStatus(base, d, "2026-05-01")).toBe("ON_TIME");
    expect(timelinessStatus({ ...base, recordedLate: 1 }, d, "2026-05-01")).toBe("LATE");
    expect(timelinessStatus({ ...base, pending: 2 }, d, "2026-04-08")).toBe("IN_PROGRESS");
    expect(timelinessStatus({ ...base, pending: 2 }, d, "2026-04-11")).toBe("LATE");
    expect(timelinessStatus({ ...base, total: 0 }, d, "2026-05-01")).toBe("NO_CHANGES");
  });
});
