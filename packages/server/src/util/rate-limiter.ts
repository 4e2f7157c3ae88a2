/** At most `limit` uses per key within any `windowMs` (a sliding window). */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * In-memory sliding-window rate limiter: remembers the times of the uses within the window per key. It lives
 * in one process (several instances each count on their own) and forgets everything on restart, which is
 * acceptable for slowing down automated misuse. `now` is injected so tests can travel in time.
 */
export class RateLimiter {
  private readonly uses = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly rule: RateLimit,
    private readonly now: () => Date,
  ) {}

  /** Milliseconds until `key` may be used again; 0 when it may be used now. */
  waitMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.rule.limit) return 0;
    // The use that leaves the window first frees the next slot.
    const freed = recent[recent.length - this.rule.limit] as number;
    return freed + this.rule.windowMs - this.now().getTime();
  }

  /** Counts one use of `key` now. */
  record(key: string): void {
    this.sweep();
    this.uses.set(key, [...this.recent(key), this.now().getTime()]);
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.rule.windowMs;
    return (this.uses.get(key) ?? []).filter((time) => time > since);
  }

  /** Once per window, drops keys without recent uses, so memory stays bounded by the keys seen lately. */
  private sweep(): void {
    const now = this.now().getTime();
    if (now - this.lastSweep < this.rule.windowMs) return;
    this.lastSweep = now;
    for (const key of [...this.uses.keys()]) {
      if (this.recent(key).length === 0) this.uses.delete(key);
    }
  }
}
