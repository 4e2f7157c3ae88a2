import { beforeEach, expect, it } from 'vitest';
import type { NewConsent } from '../../src/repository/consents-types.ts';
import { newCaseChange } from './cases.contract.ts';
import { type ContractHarness, type ContractWorld, countRows, seedWorld } from './harness.ts';

const GIVEN = new Date('2026-01-20T08:00:00.000Z');
const LATER = new Date('2026-02-03T17:45:00.000Z');

/** Optional consents (DS-1): recorded with text version and time, withdrawable once, scoped to their case. */
export function consentsContract(h: () => ContractHarness): void {
  let world: ContractWorld;
  let caseId: string;
  const consent = (overrides: Partial<NewConsent> = {}): NewConsent => ({
    tenantId: 'soest',
    applicationId: caseId,
    applicantId: world.applicant.id,
    consentId: 'publish_in_programme',
    textVersion: 'c0ffee',
    givenAt: GIVEN,
    ...overrides,
  });

  beforeEach(async () => {
    world = await seedWorld(h().repo);
    const change = newCaseChange(world);
    await h().repo.createCase(change);
    caseId = change.case.id;
  });

  it('records consents with their text version and time, and lists them only within the tenant', async () => {
    const { repo } = h();
    await repo.recordConsents([consent(), consent({ consentId: 'newsletter', textVersion: 'beef' })]);
    const listed = await repo.listConsents('soest', caseId);
    expect(listed.map(({ id: _id, ...rest }) => rest)).toEqual([
      { ...consent({ consentId: 'newsletter', textVersion: 'beef' }), withdrawnAt: null },
      { ...consent(), withdrawnAt: null },
    ]);
    expect(new Set(listed.map((c) => c.id)).size).toBe(2);
    expect(await repo.listConsents('werl', caseId)).toEqual([]);
    await repo.recordConsents([]);
    expect(await countRows(h(), 'consents')).toBe(2);
  });

  it('withdraws with the time; withdrawing again keeps the first time', async () => {
    const { repo } = h();
    await repo.recordConsents([consent()]);
    const withdrawal = {
      applicantId: world.applicant.id,
      applicationId: caseId,
      consentId: 'publish_in_programme',
    };
    const first = await repo.withdrawConsent({ ...withdrawal, now: LATER });
    expect(first).toMatchObject({ consentId: 'publish_in_programme', givenAt: GIVEN, withdrawnAt: LATER });
    const again = await repo.withdrawConsent({ ...withdrawal, now: new Date('2026-03-01T00:00:00Z') });
    expect(again).toEqual(first);
    expect((await repo.listConsents('soest', caseId))[0]?.withdrawnAt).toEqual(LATER);
  });

  it("answers null for another applicant's case or a consent never given, changing nothing", async () => {
    const { repo } = h();
    await repo.recordConsents([consent()]);
    const base = { applicationId: caseId, consentId: 'publish_in_programme', now: LATER };
    expect(await repo.withdrawConsent({ ...base, applicantId: world.otherApplicant.id })).toBeNull();
    expect(
      await repo.withdrawConsent({ ...base, applicantId: world.applicant.id, consentId: 'newsletter' }),
    ).toBeNull();
    expect((await repo.listConsents('soest', caseId))[0]?.withdrawnAt).toBeNull();
  });
}
