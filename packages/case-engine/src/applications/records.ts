import { asc, desc, eq, sql } from 'drizzle-orm';
import type { FestplatzDb } from '../db.ts';
import { recordColumnsOf } from '../repository/record-columns.ts';
import { prepared } from '../sqlite/prepared.ts';
import { applications, applicationEvents as eventLog, users } from '../sqlite/schema.ts';

/** A case as read by the server: projection columns plus the form data. */
export interface ApplicationRecord {
  id: string;
  tenantId: string;
  editionId: string;
  applicantId: string;
  applicantEmail: string;
  /** Lifecycle state name, e.g. 'submitted'. */
  state: string;
  data: unknown;
  applicantName: string;
  companyName: string | null;
  categoryId: string | null;
  submittedAt: Date | null;
  /** Optimistic-concurrency version; incremented by every change. */
  version: number;
  /** `id@version` of the lifecycle the case runs under, e.g. 'event-application@1'. */
  lifecycle: string;
  /** sha-256 of the pinned event-type bundle. */
  eventTypeHash: string;
}

/** One entry of a case's append-only event log. */
export interface ApplicationEvent {
  seq: number;
  type: string;
  at: Date;
  actorId: string | null;
  payload: unknown;
}

const recordColumns = recordColumnsOf(applications, users);

function selectRecords(db: FestplatzDb) {
  return db.orm
    .select(recordColumns)
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId));
}

// The single-case finders run after every command (the result it returns), so they use a prepared statement
// with the same columns as recordColumns and decode drizzle's column modes (json, timestamp_ms) by hand.
const RECORD_SQL = `SELECT a.id, a.tenant_id AS tenantId, a.edition_id AS editionId, a.applicant_id AS applicantId,
    u.email AS applicantEmail, a.state, a.data, a.applicant_name AS applicantName, a.company_name AS companyName,
    a.category_id AS categoryId, a.submitted_at AS submittedAt, a.version, a.lifecycle,
    a.event_type_hash AS eventTypeHash
  FROM applications a INNER JOIN users u ON u.id = a.applicant_id`;

type RecordRow = Omit<ApplicationRecord, 'data' | 'submittedAt'> & {
  data: string;
  submittedAt: number | null;
};

function decodeRecord(row: RecordRow): ApplicationRecord {
  return {
    ...row,
    data: JSON.parse(row.data),
    submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt),
  };
}

// Newest submission first; drafts (no submitted_at) after, and the id keeps the order stable.
const newestFirst = [
  sql`${applications.submittedAt} IS NULL`,
  desc(applications.submittedAt),
  asc(applications.id),
];

/** All cases of a tenant (staff view), newest submitted first. */
export function listTenantApplications(db: FestplatzDb, tenantId: string): ApplicationRecord[] {
  return selectRecords(db)
    .where(eq(applications.tenantId, tenantId))
    .orderBy(...newestFirst)
    .all();
}

/** One case of a tenant; null when it does not exist or belongs to another tenant. */
export function findTenantApplication(
  db: FestplatzDb,
  tenantId: string,
  id: string,
): ApplicationRecord | null {
  const row = prepared(db, `${RECORD_SQL} WHERE a.tenant_id = ? AND a.id = ?`).get(tenantId, id);
  return row ? decodeRecord(row as RecordRow) : null;
}

/** All cases of an applicant, newest submitted first. */
export function listApplicantApplications(db: FestplatzDb, applicantId: string): ApplicationRecord[] {
  return selectRecords(db)
    .where(eq(applications.applicantId, applicantId))
    .orderBy(...newestFirst)
    .all();
}

/** One case of an applicant; null when it does not exist or belongs to someone else. */
export function findApplicantApplication(
  db: FestplatzDb,
  applicantId: string,
  id: string,
): ApplicationRecord | null {
  const row = prepared(db, `${RECORD_SQL} WHERE a.applicant_id = ? AND a.id = ?`).get(applicantId, id);
  return row ? decodeRecord(row as RecordRow) : null;
}

/**
 * The event log of a case in order. Not scoped by itself: callers first load the case through a scoped
 * finder (findTenantApplication / findApplicantApplication) and pass its id.
 */
export function applicationEvents(db: FestplatzDb, applicationId: string): ApplicationEvent[] {
  return db.orm
    .select({
      seq: eventLog.seq,
      type: eventLog.type,
      at: eventLog.at,
      actorId: eventLog.actorId,
      payload: eventLog.payload,
    })
    .from(eventLog)
    .where(eq(eventLog.applicationId, applicationId))
    .orderBy(asc(eventLog.seq))
    .all();
}
