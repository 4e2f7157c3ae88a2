import { and, asc, desc, eq } from 'drizzle-orm';
import type { ApplicationEvent } from '../../applications/records.ts';
import { eventHash, GENESIS_HASH } from '../../audit/event-hash.ts';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { applicationEvents, applications } from '../../pg/schema.ts';
import type { CaseState, CaseUpdate, NewCase, NewLogEntry } from '../types.ts';

/** Inserts a new case row. */
export async function insertCase(db: FestplatzPgDb, row: NewCase): Promise<void> {
  const { now, ...columns } = row;
  await db.orm.insert(applications).values({ ...columns, createdAt: now, updatedAt: now });
}

/** Reads a case's lifecycle columns within a tenant; null when missing or another tenant's. */
export async function loadCase(
  db: FestplatzPgDb,
  tenantId: string,
  applicationId: string,
): Promise<CaseState | null> {
  const [row] = await db.orm
    .select({
      id: applications.id,
      tenantId: applications.tenantId,
      state: applications.state,
      snapshot: applications.snapshot,
      version: applications.version,
      lifecycle: applications.lifecycle,
      eventTypeHash: applications.eventTypeHash,
    })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId)));
  return row ?? null;
}

/**
 * Optimistic update: true when the row was still at `expectedVersion`. Under READ COMMITTED a concurrent
 * writer of the same row waits for the first one's commit, then re-checks the WHERE clause against the new
 * version and updates nothing, so exactly one of two concurrent updates wins.
 */
export async function updateCase(db: FestplatzPgDb, update: CaseUpdate): Promise<boolean> {
  const updated = await db.orm
    .update(applications)
    .set({
      state: update.state,
      snapshot: update.snapshot,
      version: update.expectedVersion + 1,
      updatedAt: update.now,
    })
    .where(and(eq(applications.id, update.id), eq(applications.version, update.expectedVersion)))
    .returning({ id: applications.id });
  return updated.length === 1;
}

/**
 * Appends an entry with the next sequence number, chained to the case's previous event exactly like the
 * SQLite `appendEvent` (same `eventHash`, so `audit verify` is dialect-free). Call it after the case's
 * version-checked UPDATE in the same transaction: the row lock serialises appends per case, and the unique
 * (application_id, seq) rejects a duplicate anyway.
 */
export async function appendEvent(db: FestplatzPgDb, entry: NewLogEntry): Promise<number> {
  const [last] = await db.orm
    .select({ seq: applicationEvents.seq, hash: applicationEvents.hash })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, entry.applicationId))
    .orderBy(desc(applicationEvents.seq))
    .limit(1);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = eventHash({ ...entry, seq, prevHash });
  await db.orm.insert(applicationEvents).values({ ...entry, seq, prevHash, hash });
  return seq;
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
