import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ApplicationRecord } from '../../applications/records.ts';
import type { FestplatzPgDb } from '../../pg/db.ts';
import { applications, users } from '../../pg/schema.ts';
import { recordColumnsOf } from '../record-columns.ts';

// The staff and applicant views of cases on PostgreSQL, mirroring applications/records.ts.

const recordColumns = recordColumnsOf(applications, users);

function selectRecords(db: FestplatzPgDb) {
  return db.orm
    .select(recordColumns)
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId));
}

// Newest submission first; drafts (no submitted_at) after, and the id keeps the order stable.
const newestFirst = [
  sql`${applications.submittedAt} IS NULL`,
  desc(applications.submittedAt),
  asc(sql`${applications.id} COLLATE "C"`),
];

/** All cases of a tenant (staff view), newest submitted first. */
export function listTenantApplications(db: FestplatzPgDb, tenantId: string): Promise<ApplicationRecord[]> {
  return selectRecords(db)
    .where(eq(applications.tenantId, tenantId))
    .orderBy(...newestFirst);
}

/** One case of a tenant; null when it does not exist or belongs to another tenant. */
export async function findTenantApplication(
  db: FestplatzPgDb,
  tenantId: string,
  id: string,
): Promise<ApplicationRecord | null> {
  const [row] = await selectRecords(db).where(
    and(eq(applications.tenantId, tenantId), eq(applications.id, id)),
  );
  return row ?? null;
}

/** All cases of an applicant, newest submitted first. */
export function listApplicantApplications(
  db: FestplatzPgDb,
  applicantId: string,
): Promise<ApplicationRecord[]> {
  return selectRecords(db)
    .where(eq(applications.applicantId, applicantId))
    .orderBy(...newestFirst);
}

/** One case of an applicant; null when it does not exist or belongs to someone else. */
export async function findApplicantApplication(
  db: FestplatzPgDb,
  applicantId: string,
  id: string,
): Promise<ApplicationRecord | null> {
  const [row] = await selectRecords(db).where(
    and(eq(applications.applicantId, applicantId), eq(applications.id, id)),
  );
  return row ?? null;
}
