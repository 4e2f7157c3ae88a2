import {
  engineOutboxHandlers,
  LIFECYCLE_ACTION_HANDLERS,
  MESSAGE_NOTICE_HANDLER,
  type OutboxHandlers,
  RECEIPT_HANDLER,
  STAFF_NOTICE_HANDLER,
} from '@festplatz/case-engine';
import { noticeIssuedMail } from '../mail/notice-issued-mail.ts';
import { paymentRequestMail } from '../mail/payment-request-mail.ts';
import { stateChangeMail } from '../mail/state-change-mail.ts';
import { DOCUMENT_UPLOADED_HANDLER, documentUploadedHandler } from './document-uploaded-handler.ts';
import { lifecycleMailHandler } from './lifecycle-mail-handler.ts';
import type { MailHandlerDeps } from './mail-context.ts';
import { messageNoticeHandler } from './message-notice-handler.ts';
import { receiptHandler } from './receipt-handler.ts';
import { staffNoticeHandler } from './staff-notice-handler.ts';

/**
 * The server's outbox delivery handlers by name (one line per handler; more come with the integrations),
 * plus the case engine's own (payment and document timers, moving up from the reserve list), which the
 * same dispatcher runs when due.
 */
export function outboxHandlers(deps: MailHandlerDeps & { now?: () => Date }): OutboxHandlers {
  return {
    ...engineOutboxHandlers(deps.repo, deps.now ? { now: deps.now } : {}),
    [RECEIPT_HANDLER]: receiptHandler(deps),
    [STAFF_NOTICE_HANDLER]: staffNoticeHandler(deps),
    [DOCUMENT_UPLOADED_HANDLER]: documentUploadedHandler(deps),
    [MESSAGE_NOTICE_HANDLER]: messageNoticeHandler(deps),
    [LIFECYCLE_ACTION_HANDLERS.notifyApplicant]: lifecycleMailHandler(deps, stateChangeMail),
    [LIFECYCLE_ACTION_HANDLERS.issueNotice]: lifecycleMailHandler(deps, noticeIssuedMail),
    [LIFECYCLE_ACTION_HANDLERS.requestPayment]: lifecycleMailHandler(deps, paymentRequestMail),
  };
}
