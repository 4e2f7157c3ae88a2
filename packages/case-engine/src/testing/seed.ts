import type { EventType } from '@festplatz/core';
import type { FestplatzDb } from '../db.ts';
import type { Repository } from '../repository/types.ts';
import type { User } from '../users.ts';
import { testBundle, testEdition } from './fixtures.ts';

/** Users and ids of the standard test world. */
export interface Seeded {
  applicant: User;
  otherApplicant: User;
  clerk: User;
  tenantId: string;
  editionId: string;
}

/**
 * Two tenants (soest with the test edition, werl empty), two applicants and a clerk of soest. `bundle`
 * replaces the test bundle (e.g. one with lifecycle options); the edition pins it.
 */
export async function seed(repo: Repository, bundle: EventType = testBundle()): Promise<Seeded> {
  await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
  await repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
  const published = await repo.publishEventType('soest', bundle);
  if (!published.ok) throw new Error('seed: publishing the test bundle failed');
  await repo.saveEdition('soest', testEdition({ eventTypeId: bundle.id, eventTypeVersion: bundle.version }));
  const clerk = await repo.ensureUser('kirmesbuero@soest.example');
  await repo.grantRole({ userId: clerk.id, tenantId: 'soest', role: 'clerk' });
  return {
    applicant: await repo.ensureUser('anna@example.org'),
    otherApplicant: await repo.ensureUser('bert@example.org'),
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
