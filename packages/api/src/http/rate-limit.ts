// How many GraphQL requests one caller may send: a token bucket per caller (the signed-in
// user, or the address of an anonymous caller), in the memory of this one process. Pure: the
// time is passed in, so the rule is tested without waiting.

export interface RateLimit {
  /** The burst a caller may send at once, refilled evenly over `perSeconds`. */
  requests: number;
  perSeconds: number;
}

/**
 * The limits of /api/graphql.
 *
 * - A signed-in user: 300 a minute. The busiest screen (a commune's household list with its
 *   filters, or the report workspace) sends about ten queries when it opens and one per
 *   click, so an official working fast stays well below 60 a minute; 300 leaves room for a
 *   few tabs at once and for scripts that page through a list, while one account cannot
 *   keep the database busy for everyone (at most 5 requests a second, sustained).
 * - An anonymous caller, per address: 120 a minute. Without a session only the public,
 *   aggregated queries answer (a few per page of the portal); the lower limit slows scraping
 *   and floods from one machine. Callers behind one NAT or proxy share an address: set
 *   DANSO_TRUSTED_PROXIES so that the caller's own address is used (auth/client-address.ts).
 */
export const RATE_LIMITS: { user: RateLimit; anonymous: RateLimit } = {
  user: { requests: 300, perSeconds: 60 },
  anonymous: { requests: 120, perSeconds: 60 },
};

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** When `tokens` was counted (ms). */
  at: number;
  /** When the bucket is full again, i.e. no different from a caller never seen (ms). */
  fullAt: number;
}

/** How many callers are remembered at most: beyond, the least recently seen is forgotten. */
export const MAX_TRACKED_CALLERS = 100_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly maxCallers = MAX_TRACKED_CALLERS) {}

  /** Takes one request from `key`'s bucket at time `now` (ms), if one is left. */
  take(key: string, limit: RateLimit, now: number): RateDecision {
    const perMs = limit.requests / (limit.perSeconds * 1000);
    const known = this.buckets.get(key);
    // A clock that went back counts as no time passed.
    const elapsed = known ? Math.max(0, now - known.at) : 0;
    let tokens = known ? Math.min(limit.requests, known.tokens + elapsed * perMs) : limit.requests;
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    // Re-inserted on every use, so the map's order is least recently seen first.
    this.buckets.delete(key);
    this.buckets.set(key, { tokens, at: now, fullAt: now + (limit.requests - tokens) / perMs });
    this.forget(now);
    if (allowed) return { allowed: true, remaining: Math.floor(tokens) };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  /** How many callers are remembered (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  /** Forgets callers whose bucket is full again (one per call: constant work), and the least
   * recently seen beyond the maximum. */
  private forget(now: number): void {
    const oldest = this.buckets.entries().next();
    if (!oldest.done && oldest.value[1].fullAt <= now) this.buckets.delete(oldest.value[0]);
    while (this.buckets.size > this.maxCallers) {
      const first = this.buckets.keys().next();
      if (first.done) break;
      this.buckets.delete(first.value);
    }
  }
}

/** The bucket of a request: its user when signed in, else its address. */
export function rateLimitKey(viewerId: number | null | undefined, address: string | null | undefined): { key: string; signedIn: boolean } {
  if (viewerId != null) return { key: `user:${viewerId}`, signedIn: true };
  return { key: `address:${address ?? "unknown"}`, signedIn: false };
}
