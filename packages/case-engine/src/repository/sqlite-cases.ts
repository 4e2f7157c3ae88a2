import { appendEvent } from '../applications/event-log.ts';
import type { FestplatzDb } from '../db.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import { prepared } from '../sqlite/prepared.ts';
import { isSqliteIdempotencyConflict } from './idempotency-conflict.ts';
import type {
  CaseChange,
  CaseChangeOutcome,
  CaseState,
  CaseUpdate,
  CreateCaseOutcome,
  IdempotentCase,
  NewCaseChange,
} from './types.ts';

// The case writes of the SQLite repository. Every command goes through here, so the statements are prepared
// once per connection (see sqlite/prepared.ts) and values are encoded as drizzle's column modes do (json:
// JSON.stringify, timestamp_ms: epoch ms), so drizzle reads the rows back unchanged. createCase and
// changeCase are synchronous units: the repository runs them inside a (group) transaction.

/** Reads a case's lifecycle columns within a tenant; null when missing or another tenant's. */
export function loadCase(db: FestplatzDb, tenantId: string, applicationId: string): CaseState | null {
  const row = prepared(
    db,
    `SELECT id, tenant_id AS tenantId, state, snapshot, version, lifecycle, event_type_hash AS eventTypeHash
     FROM applications WHERE tenant_id = ? AND id = ?`,
  ).get(tenantId, applicationId) as (Omit<CaseState, 'snapshot'> & { snapshot: string }) | undefined;
  return row ? { ...row, snapshot: JSON.parse(row.snapshot) } : null;
}

/** The applicant's case stored under this idempotency key, or null. */
export function findByIdempotencyKey(
  db: FestplatzDb,
  applicantId: string,
  key: string,
): IdempotentCase | null {
  const row = prepared(
    db,
    `SELECT id AS applicationId, data_hash AS dataHash FROM applications
     WHERE applicant_id = ? AND idempotency_key = ?`,
  ).get(applicantId, key) as IdempotentCase | undefined;
  return row ?? null;
}

/**
 * Inserts the case row, appends its first log entries in order and writes its outbox messages. The INSERT
 * comes first, so a taken idempotency key is refused before anything else is written.
 */
export function createCase(db: FestplatzDb, change: NewCaseChange): CreateCaseOutcome {
  const c = change.case;
  const at = c.now.getTime();
  const insert = prepared(
    db,
    `INSERT INTO applications (id, tenant_id, edition_id, applicant_id, state, snapshot, data, applicant_name,
       company_name, category_id, lifecycle, event_type_hash, submitted_at, data_hash, idempotency_key, version,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  try {
    insert.run(
      c.id,
      c.tenantId,
      c.editionId,
      c.applicantId,
      c.state,
      JSON.stringify(c.snapshot),
      JSON.stringify(c.data),
      c.applicantName,
      c.companyName,
      c.categoryId,
      c.lifecycle,
      c.eventTypeHash,
      c.submittedAt?.getTime() ?? null,
      c.dataHash,
      c.idempotencyKey,
      c.version,
      at,
      at,
    );
  } catch (error) {
    if (isSqliteIdempotencyConflict(error)) return { ok: false, idempotencyKeyTaken: true };
    throw error;
  }
  for (const entry of change.events) appendEvent(db, { ...entry, applicationId: c.id });
  enqueueOutbox(db, change.outbox, c.now);
  return { ok: true };
}

/**
 * Applies a lifecycle change if the case is still at `expectedVersion` (`UPDATE ... WHERE version = ?`);
 * otherwise writes nothing and reports the version it found (null: no such case).
 */
export function changeCase(db: FestplatzDb, change: CaseChange): CaseChangeOutcome {
  const { update, event } = change;
  if (event.applicationId !== update.id) {
    throw new Error(
      `changeCase: the log entry is for case ${event.applicationId} but the update for ${update.id}; pass the same id`,
    );
  }
  let changes: number;
  try {
    changes = updateCase(db, update);
  } catch (error) {
    if (!isSqliteIdempotencyConflict(error)) throw error;
    return { ok: false, currentVersion: update.expectedVersion, idempotencyKeyTaken: true };
  }
  if (changes !== 1) {
    const current = prepared(db, 'SELECT version FROM applications WHERE id = ?').pluck().get(update.id);
    return { ok: false, currentVersion: (current as number | undefined) ?? null };
  }
  appendEvent(db, event);
  enqueueOutbox(db, change.outbox, update.now);
  return { ok: true };
}

/** The version-checked UPDATE of a change, with the content columns when it carries content; rows changed. */
function updateCase(db: FestplatzDb, update: CaseUpdate): number {
  const lifecycle = [
    update.state,
    JSON.stringify(update.snapshot),
    update.expectedVersion + 1,
    update.now.getTime(),
  ];
  const where = [update.id, update.expectedVersion];
  const content = update.content;
  if (!content) {
    return prepared(
      db,
      'UPDATE applications SET state = ?, snapshot = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?',
    ).run(...lifecycle, ...where).changes;
  }
  return prepared(
    db,
    `UPDATE applications SET state = ?, snapshot = ?, version = ?, updated_at = ?, data = ?, applicant_name = ?,
       company_name = ?, category_id = ?, data_hash = ?, submitted_at = coalesce(?, submitted_at),
       idempotency_key = coalesce(?, idempotency_key)
     WHERE id = ? AND version = ?`,
  ).run(
    ...lifecycle,
    JSON.stringify(content.data),
    content.applicantName,
    content.companyName,
    content.categoryId,
    content.dataHash,
    content.submittedAt?.getTime() ?? null,
    content.idempotencyKey ?? null,
    ...where,
  ).changes;
}
