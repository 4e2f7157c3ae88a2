import { and, eq } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { applications } from '../sqlite/schema.ts';
import type { CaseState, CaseUpdate, NewCase } from './types.ts';

// Case-row primitives on SQLite that the sync commands do inline; the async repository needs them as calls.

/** Inserts a new case row. */
export function insertCaseSqlite(db: FestplatzDb, row: NewCase): void {
  const { now, ...columns } = row;
  db.orm
    .insert(applications)
    .values({ ...columns, createdAt: now, updatedAt: now })
    .run();
}

/** Reads a case's lifecycle columns within a tenant. */
export function loadCaseSqlite(db: FestplatzDb, tenantId: string, applicationId: string): CaseState | null {
  const row = db.orm
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
    .where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId)))
    .get();
  return row ?? null;
}

/** Optimistic update: true when the row was still at the expected version. */
export function updateCaseSqlite(db: FestplatzDb, update: CaseUpdate): boolean {
  const result = db.orm
    .update(applications)
    .set({
      state: update.state,
      snapshot: update.snapshot,
      version: update.expectedVersion + 1,
      updatedAt: update.now,
    })
    .where(and(eq(applications.id, update.id), eq(applications.version, update.expectedVersion)))
    .run();
  return result.changes === 1;
}
