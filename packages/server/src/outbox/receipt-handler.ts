import type { OutboxHandler, ReceiptPayload } from '@festplatz/case-engine';
import { receiptMail } from '../mail/receipt-mail.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';

function isReceiptPayload(value: unknown): value is ReceiptPayload {
  const p = value as Partial<ReceiptPayload> | null;
  return (
    typeof p?.applicationId === 'string' && typeof p.tenantId === 'string' && typeof p.dataHash === 'string'
  );
}

/**
 * Outbox handler `mail.receipt`: reads the case when it sends (the outbox row holds ids only) and mails the
 * receipt to the applicant. Throws on a missing case so the message is retried and, if it stays missing,
 * ends as a dead letter an admin can see.
 */
export function receiptHandler(deps: MailHandlerDeps): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    if (!isReceiptPayload(payload)) throw new Error(`${dedupeKey}: payload is not a receipt payload`);
    const { app, edition } = await loadMailCase(deps.repo, payload, dedupeKey);
    if (!app.submittedAt) throw new Error(`${dedupeKey}: application ${app.id} is not submitted`);
    await deps.mail.send(
      receiptMail({
        to: app.applicantEmail,
        editionTitle: edition.edition.title,
        received: app.submittedAt,
        timeZone: edition.edition.timeZone,
        applicationId: app.id,
        dataHash: payload.dataHash,
        link: `${deps.baseUrl}/`,
        messageId: mailMessageId(deps.baseUrl, `receipt:${app.id}`),
      }),
    );
  };
}
