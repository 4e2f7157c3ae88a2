import type { Repository } from '../../src/repository/types.ts';
import { testBundle, testEdition } from '../../src/testing/fixtures.ts';
import type { User } from '../../src/users.ts';

/** What the contract suite needs from a dialect: a repository on a fresh, migrated database. */
export interface ContractHarness {
  repo: Repository;
  /** Raw SQL, for what the interface deliberately does not offer (UPDATE or DELETE on the event log). */
  exec(sql: string): Promise<void>;
  /** Raw SQL rows, for checks the interface does not expose (e.g. a tenant's name). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** Opens a fresh harness per test. */
export type OpenHarness = () => Promise<ContractHarness>;

/** Ids of the standard contract world. */
export interface ContractWorld {
  applicant: User;
  otherApplicant: User;
  clerk: User;
  tenantId: string;
  editionId: string;
}

/** The same world as src/testing/seed.ts, built through the async repository. */
export async function seedWorld(repo: Repository): Promise<ContractWorld> {
  await repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest' } });
  await repo.upsertTenant({ id: 'werl', name: { de: 'Stadt Werl' } });
  const published = await repo.publishEventType('soest', testBundle());
  if (!published.ok) throw new Error('seedWorld: publishing the test bundle failed');
  await repo.saveEdition('soest', testEdition());
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

/** JSON columns come back as text from SQLite's raw driver and as objects from node-postgres. */
export function jsonValue(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
