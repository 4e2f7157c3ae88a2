import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEdition, parseEventType } from '@festplatz/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReview } from './applications/start-review.ts';
import { submitApplication } from './applications/submit.ts';
import { caseRowCounts } from './testing/seed.ts';
import { openTempDb, type TempDb } from './testing/temp-db.ts';

const exampleDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'examples',
  'soest-kirmes',
);
const files = {
  bundle: join(exampleDir, 'allerheiligenkirmes.bundle.json'),
  edition: join(exampleDir, 'editions', 'allerheiligenkirmes-2026.json'),
  sample: join(exampleDir, 'samples', 'ride-application.json'),
};
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

// Runs the real Soest example end to end through the case engine.
describe('Soest Allerheiligenkirmes example', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => t.cleanup());

  async function setUp() {
    const bundle = parseEventType(readJson(files.bundle));
    const edition = parseEdition(readJson(files.edition));
    if (!bundle.ok || !edition.ok) throw new Error('the Soest example does not parse');
    await t.repo.upsertTenant({ id: 'soest', name: { de: 'Stadt Soest', en: 'City of Soest' } });
    expect((await t.repo.publishEventType('soest', bundle.value)).ok).toBe(true);
    await t.repo.saveEdition('soest', edition.value);
    return { editionId: edition.value.id, applicant: await t.repo.ensureUser('schausteller@example.org') };
  }

  it('accepts the ride sample in the period and moves it to in_review', async () => {
    const { editionId, applicant } = await setUp();
    const result = await submitApplication(t.repo, {
      editionId,
      applicantId: applicant.id,
      data: readJson(files.sample),
      now: new Date('2026-01-15T10:00:00+01:00'),
    });
    if (!result.ok) throw new Error(`sample rejected: ${JSON.stringify(result.error)}`);
    expect(result.value).toMatchObject({
      state: 'submitted',
      lifecycle: 'event-application@2',
      applicantName: 'Erika Mustermann',
      companyName: 'Mustermann Fahrbetriebe GmbH',
      categoryId: 'fahr_erw',
    });

    const clerk = await t.repo.ensureUser('kirmesbuero@soest.example');
    await t.repo.grantRole({ userId: clerk.id, tenantId: 'soest', role: 'clerk' });
    const review = await startReview(t.repo, {
      tenantId: 'soest',
      applicationId: result.value.id,
      actorId: clerk.id,
      now: new Date(),
    });
    expect(review).toMatchObject({ ok: true, value: { state: 'in_review' } });
    expect((await t.repo.applicationEvents(result.value.id)).map((e) => e.type)).toEqual([
      'created',
      'submitted',
      'review_started',
    ]);
  });

  it('VALIDATION_FAILED on the sample without the e-mail address, pointing at it, and nothing stored', async () => {
    const { editionId, applicant } = await setUp();
    const data = readJson(files.sample) as { applicant: Record<string, unknown> };
    delete data.applicant.email;
    const result = await submitApplication(t.repo, {
      editionId,
      applicantId: applicant.id,
      data,
      now: new Date('2026-01-15T10:00:00+01:00'),
    });
    if (result.ok || result.error.code !== 'VALIDATION_FAILED') throw new Error('expected VALIDATION_FAILED');
    expect(result.error.issues.map((i) => i.path)).toContain('/applicant/email');
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });

  it('DATE-1: refuses the sample at 2026-03-01T00:00:00+01:00 and stores nothing', async () => {
    const { editionId, applicant } = await setUp();
    const result = await submitApplication(t.repo, {
      editionId,
      applicantId: applicant.id,
      data: readJson(files.sample),
      now: new Date('2026-03-01T00:00:00+01:00'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'APPLICATION_PERIOD_CLOSED', reason: 'closed' },
    });
    expect(caseRowCounts(t.db)).toEqual({ applications: 0, events: 0 });
  });
});
