import { SESSION_ACTIVITY_STEP_MINUTES, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from './config.ts';

/** The latest a session signed in at `createdAt` may last, however often it is extended (AUTH-6). */
export function sessionMaxExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_MAX_HOURS * 3_600_000);
}

/** When a session signed in at `createdAt` ends if it is started or extended at `now`: idle time, capped. */
export function slidingExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + SESSION_IDLE_MINUTES * 60_000;
  return new Date(Math.min(idle, sessionMaxExpiry(createdAt).getTime()));
}

/**
 * The new end of a session after activity at `now`, or null when it would move by less than the activity step
 * (or not at all, at the 12-hour cap), so most requests write nothing.
 */
export function activityExpiry(createdAt: Date, expiresAt: Date, now: Date): Date | null {
  const next = slidingExpiry(createdAt, now);
  return next.getTime() - expiresAt.getTime() >= SESSION_ACTIVITY_STEP_MINUTES * 60_000 ? next : null;
}
