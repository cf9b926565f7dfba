import type { Clock } from '../../clock';

/**
 * Token buckets per key (a client address, a conversation): `perMinute` requests refill evenly over a minute
 * and up to `perMinute` may come at once. Kept in memory on purpose: a limit is a guard for this process, not
 * data to keep, and a restart forgetting it loses nothing. Idle buckets are dropped so that a flood of new
 * keys cannot grow the map without end.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: { perMinute: number; clock: Clock; maxKeys?: number }) {}

  /** Takes one request from the key's bucket; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.options.clock.now().getTime();
    const { perMinute } = this.options;
    const ratePerMs = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.at) * ratePerMs);
    bucket.at = now;
    this.buckets.delete(key); // re-inserted last: the map's order is least recently used first
    this.buckets.set(key, bucket);
    this.prune();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
  }

  private prune(): void {
    const max = this.options.maxKeys ?? 50_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) return;
      this.buckets.delete(key);
    }
  }
}
