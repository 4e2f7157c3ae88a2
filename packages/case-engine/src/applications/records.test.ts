import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import { DURING_PERIOD, testBundle, testEdition, validData } from '../testing/fixtures.ts';
import { type Seeded, seed } from '../testing/seed.ts';
import { openTempDb, type TempDb } from '../testing/temp-db.ts';
import {
  findApplicantApplication,
  findTenantApplication,
  listApplicantApplications,
  listTenantApplications,
} from './records.ts';
import { submitApplication } from './submit.ts';

let t: TempDb;
let s: Seeded;
beforeEach(() => {
  t = openTempDb();
  s = seed(t.db);
});
afterEach(() => t.cleanup());

function submit(applicantId: string, now: Date, editionId = s.editionId): string {
  const result = submitApplication(t.db, { editionId, applicantId, data: validData(), now });
  if (!result.ok) throw new Error(`setup: submit failed ${JSON.stringify(result.error)}`);
  return result.value.id;
}

describe('scoped queries', () => {
  it("findTenantApplication returns null for another tenant's case", () => {
    const id = submit(s.applicant.id, DURING_PERIOD);
    expect(findTenantApplication(t.db, 'soest', id)?.id).toBe(id);
    expect(findTenantApplication(t.db, 'werl', id)).toBeNull();
    expect(findTenantApplication(t.db, 'soest', 'unknown')).toBeNull();
  });

  it("findApplicantApplication returns null for someone else's case", () => {
    const id = submit(s.applicant.id, DURING_PERIOD);
    expect(findApplicantApplication(t.db, s.applicant.id, id)?.id).toBe(id);
    expect(findApplicantApplication(t.db, s.otherApplicant.id, id)).toBeNull();
  });

  it('lists per tenant and per applicant, newest submission first', () => {
    publishEventType(t.db, 'werl', testBundle());
    saveEdition(t.db, 'werl', testEdition({ id: 'werl-2026' }));
    const older = submit(s.applicant.id, new Date('2026-01-01T10:00:00+01:00'));
    const newer = submit(s.otherApplicant.id, new Date('2026-02-01T10:00:00+01:00'));
    const werl = submit(s.applicant.id, new Date('2026-01-15T10:00:00+01:00'), 'werl-2026');

    expect(listTenantApplications(t.db, 'soest').map((a) => a.id)).toEqual([newer, older]);
    expect(listTenantApplications(t.db, 'werl').map((a) => a.id)).toEqual([werl]);
    expect(listApplicantApplications(t.db, s.applicant.id).map((a) => a.id)).toEqual([werl, older]);
    expect(listApplicantApplications(t.db, s.otherApplicant.id).map((a) => a.id)).toEqual([newer]);
    expect(listApplicantApplications(t.db, s.clerk.id)).toEqual([]);
  });
});
