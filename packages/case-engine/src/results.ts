import type { Issue } from '@festplatz/core';
import type { ApplicationRecord } from './applications/records.ts';

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
  | { code: 'CONFLICT'; version: number }
  /** A submit repeated an idempotency key of this applicant with other data than the stored case has. */
  | { code: 'IDEMPOTENCY_KEY_REUSED' };

/**
 * Outcome of a submission: a {@link CommandResult} (assignable to it) whose success says whether it was
 * `replayed`: a retry with the same idempotency key and data, answered with the stored case as it is now and
 * writing nothing (HTTP 200), or a new submission (201).
 */
export type SubmitResult =
  | { ok: true; value: ApplicationRecord; replayed: boolean }
  | { ok: false; error: CommandError };

/** Shorthand for a failed {@link CommandResult}. */
export function fail(error: CommandError): { ok: false; error: CommandError } {
  return { ok: false, error };
}
