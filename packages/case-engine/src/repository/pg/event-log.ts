import { asc, desc, eq } from 'drizzle-orm';
import type { ApplicationEvent } from '../../applications/records.ts';
import { eventHash, GENESIS_HASH } from '../../audit/event-hash.ts';
import type { FestplatzPgDb, PgQueries } from '../../pg/db.ts';
import { applicationEvents } from '../../pg/schema.ts';
import type { NewLogEntry } from '../types.ts';

/**
 * Appends entries to a case's log with the next sequence numbers, each chained to its predecessor exactly like
 * the SQLite `appendEvent` (same `eventHash`, so `audit verify` is dialect-free). Run it inside the transaction
 * that has already locked the case row (INSERT of a new case, or its version-checked UPDATE): that lock is what
 * keeps two appends from reading the same predecessor and forking the chain; the unique (application_id, seq)
 * would reject the second one anyway.
 */
export async function appendEntries(
  tx: PgQueries,
  applicationId: string,
  entries: readonly Omit<NewLogEntry, 'applicationId'>[],
): Promise<void> {
  if (entries.length === 0) return;
  const [last] = await tx
    .select({ seq: applicationEvents.seq, hash: applicationEvents.hash })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(desc(applicationEvents.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    seq++;
    const row = { ...entry, applicationId, seq, prevHash };
    const hash = eventHash(row);
    prevHash = hash;
    return { ...row, hash };
  });
  await tx.insert(applicationEvents).values(rows);
}

/** The log of a case in sequence order. */
export function listEvents(db: FestplatzPgDb, applicationId: string): Promise<ApplicationEvent[]> {
  return db.orm
    .select({
      seq: applicationEvents.seq,
      type: applicationEvents.type,
      at: applicationEvents.at,
      actorId: applicationEvents.actorId,
      payload: applicationEvents.payload,
    })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.seq));
}
