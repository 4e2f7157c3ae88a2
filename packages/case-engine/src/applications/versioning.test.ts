// ARCHITECTURE "version everything persisted": a case runs under the event-type version (and so the lifecycle
// template version) it was submitted under; publishing a new version and re-pinning the edition changes only
// new cases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requestDocuments } from '../commands/request-documents.ts';
import { type FestplatzDb, openDatabase } from '../db.ts';
import { saveEdition } from '../editions.ts';
import { publishEventType } from '../event-types.ts';
import { DURING_PERIOD, testBundle, testEdition, validData } from '../testing/fixtures.ts';
import { ensureUser, upsertTenant } from '../users.ts';
import { caseAllowedEvents } from './apply-event.ts';
import { startReview } from './start-review.ts';
import { submitApplication } from './submit.ts';

describe('event-type versions and running cases', () => {
  let dir = '';
  let db: FestplatzDb | undefined;
  afterEach(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a running case on its lifecycle after a new version is published', () => {
    dir = mkdtempSync(join(tmpdir(), 'festplatz-versioning-'));
    db = openDatabase({ file: join(dir, 'cases.db') });
    upsertTenant(db, { id: 'soest', name: { de: 'Stadt Soest' } });
    const staff = ensureUser(db, 'kirmesbuero@soest.example').id;
    const submit = (email: string) => {
      const applicantId = ensureUser(db as FestplatzDb, email).id;
      const result = submitApplication(db as FestplatzDb, {
        editionId: 'testkirmes-2026',
        applicantId,
        data: validData(),
        now: DURING_PERIOD,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    };
    const review = (applicationId: string) => {
      const cmd = { tenantId: 'soest', applicationId, actorId: staff, now: DURING_PERIOD };
      expect(startReview(db as FestplatzDb, cmd).ok).toBe(true);
      return requestDocuments(db as FestplatzDb, {
        ...cmd,
        documents: ['photo'],
        dueAt: new Date('2026-03-01'),
      });
    };

    // Version 1 runs the walking-skeleton lifecycle (event-application@1: draft, submitted, in_review).
    publishEventType(db, 'soest', testBundle());
    saveEdition(db, 'soest', testEdition());
    const oldCase = submit('alt@example.org');
    expect(oldCase.lifecycle).toBe('event-application@1');

    // Version 2 switches to event-application@2 with document review; the edition is re-pinned to it.
    const v2 = testBundle({
      version: 2,
      lifecycle: { template: 'event-application', version: 2, options: { documentReview: true } },
    });
    expect(publishEventType(db, 'soest', v2).ok).toBe(true);
    saveEdition(db, 'soest', testEdition({ eventTypeVersion: 2 }));
    const newCase = submit('neu@example.org');
    expect(newCase.lifecycle).toBe('event-application@2');
    expect(newCase.eventTypeHash).not.toBe(oldCase.eventTypeHash);

    // The old case knows no document requests; the new one does.
    const oldResult = review(oldCase.id);
    expect(oldResult.ok).toBe(false);
    expect(!oldResult.ok && oldResult.error).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      state: 'in_review',
    });
    const newResult = review(newCase.id);
    expect(newResult.ok && newResult.value.state).toBe('documents_requested');
    // What staff are offered follows the case's own lifecycle too.
    expect(caseAllowedEvents(db, { ...oldCase, state: 'in_review' })).not.toContain('REQUEST_DOCUMENTS');
    expect(caseAllowedEvents(db, { ...newCase, state: 'in_review' })).toContain('REQUEST_DOCUMENTS');
  });
});
