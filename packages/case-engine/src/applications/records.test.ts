import { describe, expect, it } from 'vitest';
import { submitValid } from '../testing/commands.ts';
import { DURING_PERIOD, testBundle, testEdition } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

async function submit(applicantId: string, now: Date, editionId = s.editionId): Promise<string> {
  return (await submitValid(t.repo, { ...s, editionId }, { applicantId, now })).id;
}

describe('scoped queries', () => {
  it("findTenantApplication returns null for another tenant's case", async () => {
    const id = await submit(s.applicant.id, DURING_PERIOD);
    expect((await t.repo.findTenantApplication('soest', id))?.id).toBe(id);
    expect(await t.repo.findTenantApplication('werl', id)).toBeNull();
    expect(await t.repo.findTenantApplication('soest', 'unknown')).toBeNull();
  });

  it("findApplicantApplication returns null for someone else's case", async () => {
    const id = await submit(s.applicant.id, DURING_PERIOD);
    expect((await t.repo.findApplicantApplication(s.applicant.id, id))?.id).toBe(id);
    expect(await t.repo.findApplicantApplication(s.otherApplicant.id, id)).toBeNull();
  });

  it('lists per tenant and per applicant, newest submission first', async () => {
    await t.repo.publishEventType('werl', testBundle());
    await t.repo.saveEdition('werl', testEdition({ id: 'werl-2026' }));
    const older = await submit(s.applicant.id, new Date('2026-01-01T10:00:00+01:00'));
    const newer = await submit(s.otherApplicant.id, new Date('2026-02-01T10:00:00+01:00'));
    const werl = await submit(s.applicant.id, new Date('2026-01-15T10:00:00+01:00'), 'werl-2026');

    const ids = (records: { id: string }[]) => records.map((a) => a.id);
    expect(ids(await t.repo.listTenantApplications('soest'))).toEqual([newer, older]);
    expect(ids(await t.repo.listTenantApplications('werl'))).toEqual([werl]);
    expect(ids(await t.repo.listApplicantApplications(s.applicant.id))).toEqual([werl, older]);
    expect(ids(await t.repo.listApplicantApplications(s.otherApplicant.id))).toEqual([newer]);
    expect(await t.repo.listApplicantApplications(s.clerk.id)).toEqual([]);
  });
});
