import type { OutboxHandler } from '../outbox/types.ts';
import type { Repository } from '../repository/types.ts';
import { parseTimerPayload } from './messages.ts';
import { staffNoticeMessage } from './staff-notice.ts';

/**
 * Handler of `timer.documentsDue` (DOC-8): when the case is still waiting for the documents of this very
 * request (state documents_requested, version unchanged since), it enqueues a `mail.staffNotice` so staff
 * decide: remind the applicant, extend, or reject formally (GEW-3). It changes no state and logs no event:
 * the lifecycle has no "overdue" transition in documents_requested, and a published template is never
 * edited. Anything else (provided, rejected, withdrawn, asked again) means the timer has nothing to do.
 * Read and enqueue are two steps: documents recorded in between still get the notice, which names the
 * request's version, so staff see that the case has moved on (cheaper than a conditional enqueue).
 */
export function documentsDueHandler(repo: Repository, now: () => Date): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    const timer = parseTimerPayload(payload);
    if (!timer) throw new Error(`${dedupeKey}: payload is not a timer payload`);
    const app = await repo.findTenantApplication(timer.tenantId, timer.applicationId);
    if (!app) throw new Error(`${dedupeKey}: application not found`);
    if (app.state !== 'documents_requested' || app.version !== timer.version) return;
    const notice = staffNoticeMessage({
      kind: 'documentsOverdue',
      tenantId: timer.tenantId,
      applicationId: timer.applicationId,
      dueAt: timer.dueAt,
      version: timer.version,
    });
    await repo.enqueueOutbox([notice], now());
  };
}
