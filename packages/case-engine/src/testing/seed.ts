import type { FestplatzDb } from '../db.ts';
import { saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import { ensureUser, grantRole, type User, upsertTenant } from '../users.ts';
import { testBundle, testEdition } from './fixtures.ts';

/** Users and ids of the standard test world. */
export interface Seeded {
  applicant: User;
  otherApplicant: User;
  clerk: User;
  tenantId: string;
  editionId: string;
}

/** Two tenants (soest with the test edition, werl empty), two applicants and a clerk of soest. */
export function seed(db: FestplatzDb): Seeded {
  upsertTenant(db, { id: 'soest', name: { de: 'Stadt Soest' } });
  upsertTenant(db, { id: 'werl', name: { de: 'Stadt Werl' } });
  const published = publishEventType(db, 'soest', testBundle());
  if (!published.ok) throw new Error('seed: publishing the test bundle failed');
  saveEdition(db, 'soest', testEdition());
  const clerk = ensureUser(db, 'kirmesbuero@soest.example');
  grantRole(db, { userId: clerk.id, tenantId: 'soest', role: 'clerk' });
  return {
    applicant: ensureUser(db, 'anna@example.org'),
    otherApplicant: ensureUser(db, 'bert@example.org'),
    clerk,
    tenantId: 'soest',
    editionId: testEdition().id,
  };
}

/** Row counts of the case tables, to assert that a failed command stored nothing. */
export function caseRowCounts(db: FestplatzDb): { applications: number; events: number } {
  const count = (table: string) => db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { applications: count('applications'), events: count('application_events') };
}
