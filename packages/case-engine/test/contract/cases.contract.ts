import { beforeEach, expect, it } from 'vitest';
import type { NewOutboxMessage } from '../../src/outbox/types.ts';
import type { NewCase, NewCaseChange } from '../../src/repository/types.ts';
import { validData } from '../../src/testing/fixtures.ts';
import { type ContractHarness, type ContractWorld, countRows, seedWorld } from './harness.ts';

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
    dataHash: null,
    idempotencyKey: null,
    version: 2,
    now: new Date('2026-01-15T09:00:00.250Z'),
    ...overrides,
  };
}

/** A submission as `createCase` takes it: the case, its first log entry ('created') and `outbox`. */
export function newCaseChange(
  world: ContractWorld,
  overrides: Partial<NewCase> = {},
  outbox: NewOutboxMessage[] = [],
): NewCaseChange {
  const row = newCase(world, overrides);
  const created = {
    type: 'created',
    payload: { state: row.state },
    actorId: row.applicantId,
    at: row.now,
    lifecycle: row.lifecycle,
  };
  return { case: row, events: [created], outbox };
}

/** The contract world with one stored case of the applicant and one of the other applicant. */
export async function seedWorldWithTwoCases(
  repo: ContractHarness['repo'],
): Promise<{ world: ContractWorld; caseId: string; otherCaseId: string }> {
  const world = await seedWorld(repo);
  const own = newCaseChange(world);
  const other = newCaseChange(world, { applicantId: world.otherApplicant.id });
  await repo.createCase(own);
  await repo.createCase(other);
  return { world, caseId: own.case.id, otherCaseId: other.case.id };
}

/** Case rows: creation, scoped reads and list order. */
export function casesContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  beforeEach(async () => {
    world = await seedWorld(h().repo);
  });

  it('stores a case and reads it back only within its tenant and for its applicant', async () => {
    const { repo } = h();
    const change = newCaseChange(world);
    const row = change.case;
    await repo.createCase(change);
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
    const older = newCaseChange(world, { submittedAt: at('2026-01-10T08:00:00Z') });
    const newer = newCaseChange(world, { submittedAt: at('2026-01-20T08:00:00Z') });
    const draft = newCaseChange(world, { state: 'draft', submittedAt: null, version: 1 });
    const others = newCaseChange(world, { applicantId: world.otherApplicant.id });
    for (const change of [older, draft, newer, others]) await repo.createCase(change);
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    expect(ids(await repo.listApplicantApplications(world.applicant.id))).toEqual([
      newer.case.id,
      older.case.id,
      draft.case.id,
    ]);
    expect(ids(await repo.listTenantApplications('soest'))).toEqual([
      newer.case.id,
      others.case.id,
      older.case.id,
      draft.case.id,
    ]);
    expect(await repo.listTenantApplications('werl')).toEqual([]);
  });

  it('rejects a case of an unknown edition (foreign key) and stores none of its parts', async () => {
    const receipt = { handler: 'mail.receipt', dedupeKey: 'receipt:x', payload: {} };
    await expect(
      h().repo.createCase(newCaseChange(world, { editionId: 'nope' }, [receipt])),
    ).rejects.toThrow();
    expect(await countRows(h(), 'applications')).toBe(0);
    expect(await countRows(h(), 'application_events')).toBe(0);
    expect(await countRows(h(), 'outbox')).toBe(0);
  });
}
