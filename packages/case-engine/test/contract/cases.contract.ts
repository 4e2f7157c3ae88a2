import { beforeEach, expect, it } from 'vitest';
import type { NewCase } from '../../src/repository/types.ts';
import { validData } from '../../src/testing/fixtures.ts';
import { type ContractHarness, type ContractWorld, seedWorld } from './harness.ts';

/** A case row of the contract world, submitted at `submittedAt` (null: a draft). */
export function newCase(world: ContractWorld, overrides: Partial<NewCase> = {}): NewCase {
  return {
    id: crypto.randomUUID(),
    tenantId: world.tenantId,
    editionId: world.editionId,
    applicantId: world.applicant.id,
    state: 'submitted',
    snapshot: { value: 'submitted', context: {} },
    data: validData(),
    applicantName: 'Anna Schausteller',
    companyName: 'Schausteller GmbH',
    categoryId: 'fahr_erw',
    lifecycle: 'event-application@1',
    eventTypeHash: 'a'.repeat(64),
    submittedAt: new Date('2026-01-15T09:00:00.250Z'),
    version: 2,
    now: new Date('2026-01-15T09:00:00.250Z'),
    ...overrides,
  };
}

/** Case rows: insert, scoped reads, list order and the optimistic version check. */
export function casesContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  beforeEach(async () => {
    world = await seedWorld(h().repo);
  });

  it('stores a case and reads it back only within its tenant and for its applicant', async () => {
    const { repo } = h();
    const row = newCase(world);
    await repo.insertCase(row);
    const record = await repo.findTenantApplication('soest', row.id);
    expect(record).toEqual({
      id: row.id,
      tenantId: 'soest',
      editionId: world.editionId,
      applicantId: world.applicant.id,
      applicantEmail: 'anna@example.org',
      state: 'submitted',
      data: validData(),
      applicantName: 'Anna Schausteller',
      companyName: 'Schausteller GmbH',
      categoryId: 'fahr_erw',
      submittedAt: row.submittedAt,
      version: 2,
      lifecycle: 'event-application@1',
      eventTypeHash: row.eventTypeHash,
    });
    expect(await repo.findTenantApplication('werl', row.id)).toBeNull();
    expect(await repo.findApplicantApplication(world.applicant.id, row.id)).toEqual(record);
    expect(await repo.findApplicantApplication(world.otherApplicant.id, row.id)).toBeNull();
    expect(await repo.loadCase('soest', row.id)).toEqual({
      id: row.id,
      tenantId: 'soest',
      state: 'submitted',
      snapshot: row.snapshot,
      version: 2,
      lifecycle: 'event-application@1',
      eventTypeHash: row.eventTypeHash,
    });
    expect(await repo.loadCase('werl', row.id)).toBeNull();
  });

  it('lists newest submitted first, drafts last', async () => {
    const { repo } = h();
    const at = (iso: string) => new Date(iso);
    const older = newCase(world, { submittedAt: at('2026-01-10T08:00:00Z') });
    const newer = newCase(world, { submittedAt: at('2026-01-20T08:00:00Z') });
    const draft = newCase(world, { state: 'draft', submittedAt: null, version: 1 });
    const others = newCase(world, { applicantId: world.otherApplicant.id });
    for (const row of [older, draft, newer, others]) await repo.insertCase(row);
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    expect(ids(await repo.listApplicantApplications(world.applicant.id))).toEqual([
      newer.id,
      older.id,
      draft.id,
    ]);
    expect(ids(await repo.listTenantApplications('soest'))).toEqual([
      newer.id,
      others.id,
      older.id,
      draft.id,
    ]);
    expect(await repo.listTenantApplications('werl')).toEqual([]);
  });

  it('updates only at the expected version: a stale writer changes nothing', async () => {
    const { repo } = h();
    const row = newCase(world);
    await repo.insertCase(row);
    const change = { id: row.id, state: 'in_review', snapshot: { value: 'in_review' }, now: new Date() };
    expect(await repo.updateCase({ ...change, expectedVersion: 2 })).toBe(true);
    expect(await repo.updateCase({ ...change, state: 'rejected', expectedVersion: 2 })).toBe(false);
    expect(await repo.loadCase('soest', row.id)).toMatchObject({ state: 'in_review', version: 3 });
  });

  it('rejects a case of an unknown edition (foreign key)', async () => {
    await expect(h().repo.insertCase(newCase(world, { editionId: 'nope' }))).rejects.toThrow();
  });
}
