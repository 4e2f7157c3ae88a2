import { findTenantApplication } from '../applications/records.ts';
import type { FestplatzDb } from '../db.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import type { OutboxHandler } from '../outbox/types.ts';
import { parseTimerPayload } from './messages.ts';
import { staffNoticeMessage } from './staff-notice.ts';

/**
 * Handler of `timer.documentsDue` (DOC-8): when the case is still waiting for the documents of this very
 * request (state documents_requested, version unchanged since), it enqueues a `mail.staffNotice` so staff
 * decide: remind the applicant, extend, or reject formally (GEW-3). It changes no state and logs no event:
 * the lifecycle has no "overdue" transition in documents_requested, and a published template is never
 * edited. Anything else (provided, rejected, withdrawn, asked again) means the timer has nothing to do.
 */
export function documentsDueHandler(db: FestplatzDb, now: () => Date): OutboxHandler {
  return ({ payload, dedupeKey }) => {
    const timer = parseTimerPayload(payload);
    if (!timer) throw new Error(`${dedupeKey}: payload is not a timer payload`);
    // IMMEDIATE: read and enqueue under the write lock, so a DOCUMENTS_PROVIDED cannot commit in between.
    db.sqlite
      .transaction(() => {
        const app = findTenantApplication(db, timer.tenantId, timer.applicationId);
        if (!app) throw new Error(`${dedupeKey}: application not found`);
        if (app.state !== 'documents_requested' || app.version !== timer.version) return;
        const notice = staffNoticeMessage({
          kind: 'documentsOverdue',
          tenantId: timer.tenantId,
          applicationId: timer.applicationId,
          dueAt: timer.dueAt,
          version: timer.version,
        });
        enqueueOutbox(db, [notice], now());
      })
      .immediate();
  };
}
