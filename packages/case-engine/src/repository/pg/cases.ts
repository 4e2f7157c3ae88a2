import { and, eq } from 'drizzle-orm';
import type { FestplatzPgDb, PgQueries } from '../../pg/db.ts';
import { applications } from '../../pg/schema.ts';
import { isPgIdempotencyConflict } from '../idempotency-conflict.ts';
import type {
  CaseChange,
  CaseChangeOutcome,
  CaseState,
  CreateCaseOutcome,
  IdempotentCase,
  NewCaseChange,
} from '../types.ts';
import { appendEntries } from './event-log.ts';
import { insertOutbox } from './outbox.ts';

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

/** The applicant's case stored under this idempotency key, or null. */
export async function findByIdempotencyKey(
  db: FestplatzPgDb,
  applicantId: string,
  key: string,
): Promise<IdempotentCase | null> {
  const [row] = await db.orm
    .select({ applicationId: applications.id, dataHash: applications.dataHash })
    .from(applications)
    .where(and(eq(applications.applicantId, applicantId), eq(applications.idempotencyKey, key)));
  return row ?? null;
}

/**
 * One transaction: the case row, its first log entries (chained in order) and its outbox messages. A second
 * insert with the same (applicant, idempotency key) waits for the first one's commit, then fails with a
 * unique violation: the whole transaction rolls back and the outcome says the key is taken.
 */
export async function createCase(db: FestplatzPgDb, change: NewCaseChange): Promise<CreateCaseOutcome> {
  try {
    await db.orm.transaction(async (tx) => {
      const { now, ...columns } = change.case;
      // The new row stays invisible (and its key locked) until commit, so no other append can interleave.
      await tx.insert(applications).values({ ...columns, createdAt: now, updatedAt: now });
      await appendEntries(tx, columns.id, change.events);
      await insertOutbox(tx, change.outbox, now);
    });
  } catch (error) {
    if (isPgIdempotencyConflict(error)) return { ok: false, idempotencyKeyTaken: true };
    throw error;
  }
  return { ok: true };
}

/**
 * One transaction guarded by the optimistic version check. The UPDATE ... WHERE version = n comes first: it
 * locks the case row until commit, so the log entry appended after it reads its predecessor under that lock.
 * Under READ COMMITTED a concurrent writer of the same row waits for the first one's commit, then re-checks
 * the WHERE clause against the new version and updates nothing: that loser writes nothing else either.
 */
export async function changeCase(db: FestplatzPgDb, change: CaseChange): Promise<CaseChangeOutcome> {
  const { update, event } = change;
  if (event.applicationId !== update.id) {
    throw new Error(
      `changeCase: the log entry is for case ${event.applicationId} but the update for ${update.id}; pass the same id`,
    );
  }
  try {
    return await db.orm.transaction(async (tx): Promise<CaseChangeOutcome> => {
      const updated = await tx
        .update(applications)
        .set({
          state: update.state,
          snapshot: update.snapshot,
          version: update.expectedVersion + 1,
          updatedAt: update.now,
          // Omitted content keys (undefined) are left out of the SET by drizzle, so those columns stay.
          ...update.content,
        })
        .where(and(eq(applications.id, update.id), eq(applications.version, update.expectedVersion)))
        .returning({ id: applications.id });
      if (updated.length === 0) return { ok: false, currentVersion: await versionOf(tx, update.id) };
      const { applicationId, ...entry } = event;
      await appendEntries(tx, applicationId, [entry]);
      await insertOutbox(tx, change.outbox, update.now);
      return { ok: true };
    });
  } catch (error) {
    if (!isPgIdempotencyConflict(error)) throw error;
    return { ok: false, currentVersion: update.expectedVersion, idempotencyKeyTaken: true };
  }
}

async function versionOf(tx: PgQueries, applicationId: string): Promise<number | null> {
  const [row] = await tx
    .select({ version: applications.version })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.version ?? null;
}
