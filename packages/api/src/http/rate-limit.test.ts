// The token bucket, on an injected clock: no test waits.
import { describe, expect, it } from "vitest";
import { RATE_LIMITS, RateLimiter, rateLimitKey } from "./rate-limit.js";

const limit = { requests: 3, perSeconds: 60 }; // one request back every 20 s

describe("the rate limit", () => {
  it("lets a burst through, then refuses with the seconds until the next request", () => {
    const limiter = new RateLimiter();
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("user:1", limit, t0).allowed)).toEqual([true, true, true]);
    expect(limiter.take("user:1", limit, t0)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take("user:1", limit, t0 + 5_000)).toEqual({ allowed: false, retryAfterSeconds: 15 });
  });

  it("gives requests back evenly over the window, never more than the burst", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 3; i++) limiter.take("k", limit, 0);
    expect(limiter.take("k", limit, 19_999).allowed).toBe(false);
    expect(limiter.take("k", limit, 20_000)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take("k", limit, 20_001).allowed).toBe(false);
    // An hour of silence refills the bucket to its burst, not to 180.
    const later = 3_600_000;
    expect([1, 2, 3, 4].map(() => limiter.take("k", limit, later).allowed)).toEqual([true, true, true, false]);
  });

  it("counts each caller on its own", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 3; i++) limiter.take("user:1", limit, 0);
    expect(limiter.take("user:1", limit, 0).allowed).toBe(false);
    expect(limiter.take("user:2", limit, 0).allowed).toBe(true);
    expect(limiter.take("address:10.0.0.1", limit, 0).allowed).toBe(true);
  });

  it("takes a clock that went back as no time passed", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 3; i++) limiter.take("k", limit, 100_000);
    expect(limiter.take("k", limit, 50_000).allowed).toBe(false);
  });

  it("remembers a bounded number of callers, forgetting the least recently seen", () => {
    const limiter = new RateLimiter(2);
    limiter.take("a", limit, 0);
    limiter.take("b", limit, 0);
    limiter.take("a", limit, 0); // a is now the most recent
    limiter.take("c", limit, 0);
    expect(limiter.size).toBe(2);
    // b was forgotten, so it starts afresh; a still has one request left.
    expect([1, 2, 3].map(() => limiter.take("b", limit, 0).allowed)).toEqual([true, true, true]);
  });

  it("forgets callers whose bucket has filled up again", () => {
    const limiter = new RateLimiter();
    limiter.take("old", limit, 0);
    limiter.take("new", limit, 3_600_000);
    expect(limiter.size).toBe(1);
  });

  it("keys a signed-in request by its user and an anonymous one by its address", () => {
    expect(rateLimitKey(42, "10.0.0.1")).toEqual({ key: "user:42", signedIn: true });
    expect(rateLimitKey(null, "10.0.0.1")).toEqual({ key: "address:10.0.0.1", signedIn: false });
    expect(rateLimitKey(undefined, null)).toEqual({ key: "address:unknown", signedIn: false });
  });

  it("allows a signed-in user more than an anonymous caller", () => {
    expect(RATE_LIMITS.user.requests / RATE_LIMITS.user.perSeconds).toBeGreaterThan(RATE_LIMITS.anonymous.requests / RATE_LIMITS.anonymous.perSeconds);
  });
});
