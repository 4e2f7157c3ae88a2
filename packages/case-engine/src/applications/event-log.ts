import { eq, max } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { applicationEvents } from '../sqlite/schema.ts';

// Log entry types per lifecycle event: past tense, because the log records what happened. Unknown events
// (from newer statecharts) fall back to their lower-cased name, so adding an event needs no code here.
const LOG_TYPES: Readonly<Record<string, string>> = {
  SUBMIT: 'submitted',
  START_REVIEW: 'review_started',
};

/** The log entry type recorded for a lifecycle event (e.g. SUBMIT -> 'submitted'). */
export function logTypeOf(event: string): string {
  return LOG_TYPES[event] ?? event.toLowerCase();
}

/** An entry to append to a case's log. */
export interface NewLogEntry {
  applicationId: string;
  type: string;
  payload: unknown;
  actorId: string | null;
  at: Date;
  lifecycle: string;
}

/** Appends an entry with the next sequence number; call inside the command's transaction. */
export function appendEvent(db: FestplatzDb, entry: NewLogEntry): number {
  const last = db.orm
    .select({ seq: max(applicationEvents.seq) })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, entry.applicationId))
    .get();
  const seq = (last?.seq ?? 0) + 1;
  db.orm
    .insert(applicationEvents)
    .values({ ...entry, seq })
    .run();
  return seq;
}
