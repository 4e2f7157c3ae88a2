import { RateLimiter } from '../util/rate-limiter.ts';
import { SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_LIMIT_PER_CLIENT } from './config.ts';

/** Counts sign-in link requests per e-mail address and per client address (one instance per app). */
export interface SignInLimit {
  /**
   * Counts a request for `email` from `client` and returns 0, or, over either limit, returns the
   * milliseconds to wait and counts nothing (so the wait it names is the real one).
   */
  attempt(email: string, client: string): number;
}

/**
 * The sign-in limits of {@link SIGN_IN_LIMIT_PER_ADDRESS} and {@link SIGN_IN_LIMIT_PER_CLIENT}. They depend only on
 * the address as typed (case-insensitive), never on whether an account exists, so a limited answer reveals
 * nothing about who is registered.
 */
export function signInLimit(now: () => Date): SignInLimit {
  const byAddress = new RateLimiter(SIGN_IN_LIMIT_PER_ADDRESS, now);
  const byClient = new RateLimiter(SIGN_IN_LIMIT_PER_CLIENT, now);
  return {
    attempt(email, client) {
      const address = email.toLowerCase();
      const wait = Math.max(byAddress.waitMs(address), byClient.waitMs(client));
      if (wait > 0) return wait;
      byAddress.record(address);
      byClient.record(client);
      return 0;
    },
  };
}
