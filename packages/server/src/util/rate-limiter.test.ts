import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter (sliding window)', () => {
  it('allows `limit` uses per window and names the wait until the oldest use leaves it', () => {
    const clock = { now: new Date('2026-01-10T09:00:00Z') };
    const later = (ms: number) => {
      clock.now = new Date(clock.now.getTime() + ms);
    };
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 }, () => clock.now);

    limiter.record('a');
    later(10_000);
    limiter.record('a');
    expect(limiter.waitMs('a')).toBe(50_000);
    expect(limiter.waitMs('b')).toBe(0); // keys count separately

    later(50_000); // the first use has left the window
    expect(limiter.waitMs('a')).toBe(0);
    limiter.record('a');
    expect(limiter.waitMs('a')).toBe(10_000);
  });
});
