import type { NewOutboxMessage } from './types.ts';

/** Handler name of the receipt mail (Eingangsbestätigung, DATE-1) that submitApplication enqueues. */
export const RECEIPT_HANDLER = 'mail.receipt';

/**
 * Payload of the receipt message. Deliberately no form content and no address (SEC-5, data minimisation):
 * the handler reads the recipient and the edition from the case when it sends.
 */
export interface ReceiptPayload {
  applicationId: string;
  tenantId: string;
  /** sha-256 of the received data, quoted in the receipt (DATE-1). */
  dataHash: string;
}

/** The outbox message for a submitted case's receipt; its dedupe key makes it one per case. */
export function receiptMessage(payload: ReceiptPayload): NewOutboxMessage {
  return {
    handler: RECEIPT_HANDLER,
    dedupeKey: `receipt:${payload.applicationId}`,
    payload,
    tenantId: payload.tenantId,
    applicationId: payload.applicationId,
  };
}
