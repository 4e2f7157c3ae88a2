import {
  type FestplatzDb,
  type OutboxHandlers,
  RECEIPT_HANDLER,
  STAFF_NOTICE_HANDLER,
  timerHandlers,
} from '@festplatz/case-engine';
import type { MailTransport } from '../mail/transport.ts';
import { receiptHandler } from './receipt-handler.ts';
import { staffNoticeHandler } from './staff-notice-handler.ts';

/**
 * The server's outbox delivery handlers by name (one line per handler; more come with the integrations),
 * plus the case engine's timers (payment and document due dates), which the same dispatcher fires when due.
 */
export function outboxHandlers(deps: {
  db: FestplatzDb;
  mail: MailTransport;
  baseUrl: string;
  now?: () => Date;
}): OutboxHandlers {
  return {
    ...timerHandlers(deps.db, deps.now ? { now: deps.now } : {}),
    [RECEIPT_HANDLER]: receiptHandler(deps),
    [STAFF_NOTICE_HANDLER]: staffNoticeHandler(deps),
  };
}
