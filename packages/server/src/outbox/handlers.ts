import { type FestplatzDb, type OutboxHandlers, RECEIPT_HANDLER } from '@festplatz/case-engine';
import type { MailTransport } from '../mail/transport.ts';
import { receiptHandler } from './receipt-handler.ts';

/** The server's outbox delivery handlers by name (one line per handler; more come with the integrations). */
export function outboxHandlers(deps: {
  db: FestplatzDb;
  mail: MailTransport;
  baseUrl: string;
}): OutboxHandlers {
  return {
    [RECEIPT_HANDLER]: receiptHandler(deps),
  };
}
