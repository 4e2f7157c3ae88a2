import { type EventType, lifecycleStatechart, type Statechart } from '@festplatz/core';
import { and, eq } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { allowedEvents, nextStep } from '../lifecycle.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import type { NewOutboxMessage } from '../outbox/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { applications, eventTypes } from '../sqlite/schema.ts';
import { appendEvent, logTypeOf } from './event-log.ts';
import { type ApplicationRecord, findTenantApplication } from './records.ts';

/** The lifecycle-relevant columns of a case, as read before a change. */
export interface CaseRow {
  id: string;
  tenantId: string;
  state: string;
  snapshot: unknown;
  version: number;
  lifecycle: string;
  eventTypeHash: string;
}

/** Reads a case's lifecycle columns within a tenant; null when missing or another tenant's. */
export function loadCaseRow(db: FestplatzDb, tenantId: string, applicationId: string): CaseRow | null {
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

// A case runs under the bundle it was submitted with (found by its content hash), not whatever the edition
// pins today, so old cases keep working after a new event-type version (ARCHITECTURE: version everything).
function statechartOf(db: FestplatzDb, row: CaseRow): Statechart {
  const found = db.orm
    .select({ bundle: eventTypes.bundle })
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, row.tenantId), eq(eventTypes.contentHash, row.eventTypeHash)))
    .get();
  if (!found) throw new Error(`case ${row.id}: event type ${row.eventTypeHash} is missing`);
  return lifecycleStatechart(found.bundle as EventType);
}

/**
 * Applies a lifecycle event to a case read earlier as `row`: snapshot + projection update guarded by
 * `WHERE version = row.version` (optimistic concurrency), the appended log entry and the outbox messages,
 * in one transaction.
 * A stale `row` yields CONFLICT and changes nothing, so no update is ever lost.
 */
export function applyEvent(
  db: FestplatzDb,
  row: CaseRow,
  event: {
    type: string;
    actorId: string;
    now: Date;
    payload?: Record<string, unknown>;
    /** Side effects to deliver after commit; written in the same transaction (tenant and case filled in). */
    outbox?: readonly NewOutboxMessage[];
  },
): CommandResult<ApplicationRecord> {
  const statechart = statechartOf(db, row);
  // Guards read the command's parameters (e.g. REVOKE: now and paymentDue), so they travel with the event.
  const next = nextStep(statechart, row.snapshot, { ...event.payload, type: event.type });
  if (!next) {
    return fail({
      code: 'TRANSITION_NOT_ALLOWED',
      state: row.state,
      allowedEvents: allowedEvents(statechart, row.state),
    });
  }
  const conflict = db.sqlite.transaction((): CommandResult<ApplicationRecord> | null => {
    const updated = db.orm
      .update(applications)
      .set({ state: next.state, snapshot: next.snapshot, version: row.version + 1, updatedAt: event.now })
      .where(and(eq(applications.id, row.id), eq(applications.version, row.version)))
      .run();
    if (updated.changes !== 1) {
      const current = loadCaseRow(db, row.tenantId, row.id);
      return current ? fail({ code: 'CONFLICT', version: current.version }) : fail({ code: 'NOT_FOUND' });
    }
    appendEvent(db, {
      applicationId: row.id,
      type: logTypeOf(event.type),
      payload: { ...event.payload, event: event.type, from: row.state, to: next.state },
      actorId: event.actorId,
      at: event.now,
      lifecycle: row.lifecycle,
    });
    if (event.outbox?.length) {
      const messages = event.outbox.map((m) => ({ tenantId: row.tenantId, applicationId: row.id, ...m }));
      enqueueOutbox(db, messages, event.now);
    }
    return null;
  })();
  if (conflict) return conflict;
  const record = findTenantApplication(db, row.tenantId, row.id);
  if (!record) throw new Error(`case ${row.id} not readable after commit`);
  return { ok: true, value: record };
}

/** Input of a staff command on a case; `expectedVersion` is the version the client saw (optional). */
export interface CaseCommand {
  tenantId: string;
  applicationId: string;
  actorId: string;
  now: Date;
  expectedVersion?: number;
}

/** Loads a case (tenant-scoped) and applies one lifecycle event under the write lock. */
export function sendEvent(
  db: FestplatzDb,
  cmd: CaseCommand,
  type: string,
  payload?: Record<string, unknown>,
): CommandResult<ApplicationRecord> {
  // IMMEDIATE takes the write lock before reading, so another process cannot slip in between read and write.
  return db.sqlite
    .transaction((): CommandResult<ApplicationRecord> => {
      const row = loadCaseRow(db, cmd.tenantId, cmd.applicationId);
      if (!row) return fail({ code: 'NOT_FOUND' });
      if (cmd.expectedVersion !== undefined && cmd.expectedVersion !== row.version) {
        return fail({ code: 'CONFLICT', version: row.version });
      }
      return applyEvent(db, row, { type, actorId: cmd.actorId, now: cmd.now, payload });
    })
    .immediate();
}
