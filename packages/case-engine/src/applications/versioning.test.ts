// ARCHITECTURE "version everything persisted": a case runs under the event-type version (and so the lifecycle
// template version) it was submitted under; publishing a new version and re-pinning the edition changes only
// new cases.
import { describe, expect, it } from 'vitest';
import { requestDocuments } from '../commands/request-documents.ts';
import { ok, submitValid } from '../testing/commands.ts';
import { DURING_PERIOD, testBundle, testEdition } from '../testing/fixtures.ts';
import type { Seeded } from '../testing/seed.ts';
import { seededDbPerTest } from '../testing/seeded-db.ts';
import type { TempDb } from '../testing/temp-db.ts';
import { caseAllowedEvents } from './pinned-event-type.ts';
import { startReview } from './start-review.ts';

let t: TempDb;
let s: Seeded;
seededDbPerTest((world) => ({ t, s } = world));

describe('event-type versions and running cases', () => {
  it('keeps a running case on its lifecycle after a new version is published', async () => {
    const review = async (applicationId: string) => {
      const cmd = { tenantId: 'soest', applicationId, actorId: s.clerk.id, now: DURING_PERIOD };
      await ok(startReview(t.repo, cmd));
      return requestDocuments(t.repo, { ...cmd, documents: ['photo'], dueAt: new Date('2026-03-01') });
    };

    // Version 1 runs the walking-skeleton lifecycle (event-application@1: draft, submitted, in_review).
    const oldCase = await submitValid(t.repo, s);
    expect(oldCase.lifecycle).toBe('event-application@1');

    // Version 2 switches to event-application@2 with document review; the edition is re-pinned to it.
    const v2 = testBundle({
      version: 2,
      lifecycle: { template: 'event-application', version: 2, options: { documentReview: true } },
    });
    expect((await t.repo.publishEventType('soest', v2)).ok).toBe(true);
    await t.repo.saveEdition('soest', testEdition({ eventTypeVersion: 2 }));
    const newCase = await submitValid(t.repo, s, { applicantId: s.otherApplicant.id });
    expect(newCase.lifecycle).toBe('event-application@2');
    expect(newCase.eventTypeHash).not.toBe(oldCase.eventTypeHash);

    // The old case knows no document requests; the new one does.
    expect(await review(oldCase.id)).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', state: 'in_review' },
    });
    expect(await review(newCase.id)).toMatchObject({ ok: true, value: { state: 'documents_requested' } });
    // What staff are offered follows the case's own lifecycle too.
    const offered = (app: typeof oldCase) => caseAllowedEvents(t.repo, { ...app, state: 'in_review' });
    expect(await offered(oldCase)).not.toContain('REQUEST_DOCUMENTS');
    expect(await offered(newCase)).toContain('REQUEST_DOCUMENTS');
  });
});
