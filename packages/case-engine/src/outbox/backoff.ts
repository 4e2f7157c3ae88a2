/** Delay in ms before the next attempt, given how many attempts have failed so far (1, 2, ...). */
export type Backoff = (failedAttempts: number) => number;

/**
 * Exponential backoff without jitter: `baseMs * factor^(n-1)`, capped at `maxMs`. Deterministic on purpose,
 * so tests and admins can tell when a message is next tried; the claim lease, not jitter, keeps several
 * dispatchers from delivering the same message at once.
 */
export function exponentialBackoff(
  options: { baseMs?: number; factor?: number; maxMs?: number } = {},
): Backoff {
  const { baseMs = 30_000, factor = 2, maxMs = 6 * 60 * 60 * 1000 } = options;
  return (failedAttempts) => Math.min(maxMs, baseMs * factor ** Math.max(0, failedAttempts - 1));
}
