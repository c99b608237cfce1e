import type { ChangeEventDraft } from "@danso/domain";
import { describe, expect, it } from "vitest";
import { parseEventId } from "./context.js";
import { requestHashOf } from "./record-change-event.js";

const draft = (payload: Record<string, unknown>, patch: Partial<ChangeEventDraft> = {}) =>
  ({ type: "DEATH", occurredOn: "2026-11-25", unitCode: null, personId: 5, householdId: null, payload, idempotencyKey: "k-0000001", source: "ONLINE", ...patch }) as ChangeEventDraft;

describe("requestHashOf", () => {
  it("is the same for the same line whatever the key order, and ignores the idempotency key itself", () => {
    expect(requestHashOf(draft({ cause: "x", note: null }))).toBe(requestHashOf(draft({ note: null, cause: "x" })));
    expect(requestHashOf(draft({ cause: "x", note: null }))).toBe(requestHashOf(draft({ cause: "x", note: null }, { idempotencyKey: "k-0000002" })));
  });
  it("differs when anything entered differs", () => {
    const base = requestHashOf(draft({ cause: "x", note: null }));
    expect(requestHashOf(draft({ cause: "y", note: null }))).not.toBe(base);
    expect(requestHashOf(draft({ cause: "x", note: null }, { occurredOn: "2026-11-24" }))).not.toBe(base);
    expect(requestHashOf(draft({ cause: "x", note: null }, { personId: 6 }))).not.toBe(base);
    expect(requestHashOf(draft({ cause: "x", note: null }, { source: "SLIP" }))).not.toBe(base);
  });
});

describe("parseEventId", () => {
  it("reads GraphQL ids and refuses anything else", () => {
    expect([parseEventId("12"), parseEventId(12), parseEventId(12n)]).toEqual([12n, 12n, 12n]);
    for (const bad of ["0", "-1", "1.5", "abc", "", "1".repeat(19), 0, 1.5, -3, 0n]) expect(parseEventId(bad as never), String(bad)).toBeNull();
  });
});
