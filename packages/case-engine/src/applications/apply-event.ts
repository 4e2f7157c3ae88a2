import { type EventType, lifecycleStatechart, type Statechart } from '@festplatz/core';
import { sharedBundle } from '../bundle-cache.ts';
import type { FestplatzDb } from '../db.ts';
import { allowedEvents, nextStep } from '../lifecycle.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import type { NewOutboxMessage } from '../outbox/types.ts';
import { type CommandResult, fail } from '../results.ts';
import { prepared } from '../sqlite/prepared.ts';
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
  // Every command reads its case first, so the statement is prepared once (see sqlite/prepared.ts).
  const row = prepared(
    db,
    `SELECT id, tenant_id AS tenantId, state, snapshot, version, lifecycle, event_type_hash AS eventTypeHash
     FROM applications WHERE tenant_id = ? AND id = ?`,
  ).get(tenantId, applicationId) as (Omit<CaseRow, 'snapshot'> & { snapshot: string }) | undefined;
  return row ? { ...row, snapshot: JSON.parse(row.snapshot) } : null;
}

/**
 * The bundle a case runs under: the one it was submitted with (found by its content hash), not whatever the
 * edition pins today, so old cases keep working after a new event-type version (ARCHITECTURE: version
 * everything). Published bundles are immutable, so each is read and parsed once per connection.
 */
export function pinnedEventType(
  db: FestplatzDb,
  pinned: { tenantId: string; eventTypeHash: string },
): EventType {
  return sharedBundle(db, pinned.eventTypeHash, () => {
    const found = prepared(db, 'SELECT bundle FROM event_types WHERE tenant_id = ? AND content_hash = ?').get(
      pinned.tenantId,
      pinned.eventTypeHash,
    ) as { bundle: string } | undefined;
    if (!found) throw new Error(`event type ${pinned.eventTypeHash} of tenant ${pinned.tenantId} is missing`);
    return JSON.parse(found.bundle) as EventType;
  });
}

/** The events a case's own lifecycle allows in its current state (for offering next steps to staff). */
export function caseAllowedEvents(
  db: FestplatzDb,
  app: { tenantId: string; eventTypeHash: string; state: string },
): string[] {
  return allowedEvents(lifecycleStatechart(pinnedEventType(db, app)), app.state);
}

function statechartOf(db: FestplatzDb, row: CaseRow): Statechart {
  // lifecycleStatechart returns one frozen chart per template and options, so the machine cache keeps hitting.
  return lifecycleStatechart(pinnedEventType(db, row));
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
    /** null: the system (a timer), not a person. */
    actorId: string | null;
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
    const updated = prepared(
      db,
      'UPDATE applications SET state = ?, snapshot = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?',
    ).run(
      next.state,
      JSON.stringify(next.snapshot),
      row.version + 1,
      event.now.getTime(),
      row.id,
      row.version,
    );
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
  /** The acting user; null for the system (timers fire without a person, see src/timers). */
  actorId: string | null;
  now: Date;
  expectedVersion?: number;
}

/** Outbox messages of a command, or a function of the case as read under the write lock (e.g. its version). */
export type CommandOutbox = readonly NewOutboxMessage[] | ((row: CaseRow) => readonly NewOutboxMessage[]);

/** Loads a case (tenant-scoped) and applies one lifecycle event (and its outbox messages) under the write lock. */
export function sendEvent(
  db: FestplatzDb,
  cmd: CaseCommand,
  type: string,
  payload?: Record<string, unknown>,
  outbox?: CommandOutbox,
): CommandResult<ApplicationRecord> {
  // IMMEDIATE takes the write lock before reading, so another process cannot slip in between read and write.
  return db.sqlite
    .transaction((): CommandResult<ApplicationRecord> => {
      const row = loadCaseRow(db, cmd.tenantId, cmd.applicationId);
      if (!row) return fail({ code: 'NOT_FOUND' });
      if (cmd.expectedVersion !== undefined && cmd.expectedVersion !== row.version) {
        return fail({ code: 'CONFLICT', version: row.version });
      }
      const messages = typeof outbox === 'function' ? outbox(row) : outbox;
      return applyEvent(db, row, { type, actorId: cmd.actorId, now: cmd.now, payload, outbox: messages });
    })
    .immediate();
}
