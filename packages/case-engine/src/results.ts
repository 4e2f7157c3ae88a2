import type { Issue } from '@festplatz/core';

/** Outcome of a command: expected failures are values with a stable code, not exceptions. */
export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** Expected command failures (stable SCREAMING_SNAKE codes, mapped to HTTP statuses by the server). */
export type CommandError =
  | { code: 'NOT_FOUND' }
  /** DATE-1: outside the application period; `closes`/`opens` are ISO instants, `reason` says which side. */
  | { code: 'APPLICATION_PERIOD_CLOSED'; closes: string; opens: string; reason: 'not_yet_open' | 'closed' }
  | { code: 'VALIDATION_FAILED'; issues: Issue[] }
  | { code: 'TRANSITION_NOT_ALLOWED'; state: string; allowedEvents: string[] }
  /** Optimistic concurrency: the case changed since the caller read it (`version` is the current one). */
  | { code: 'CONFLICT'; version: number };

/** Shorthand for a failed {@link CommandResult}. */
export function fail(error: CommandError): { ok: false; error: CommandError } {
  return { ok: false, error };
}
