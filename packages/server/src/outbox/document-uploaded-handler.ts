import type { OutboxHandler } from '@festplatz/case-engine';
import { documentUploadedMail } from '../mail/document-uploaded-mail.ts';
import { loadMailCase, type MailHandlerDeps, mailMessageId } from './mail-context.ts';
import { officeRecipients } from './office-recipients.ts';

/** Handler name of the notice that a requested document was uploaded (enqueued by uploads/hand-in-document.ts). */
export const DOCUMENT_UPLOADED_HANDLER = 'mail.documentUploaded';

function isPayload(value: unknown): value is { tenantId: string; applicationId: string } {
  const p = value as { tenantId?: unknown; applicationId?: unknown } | null;
  return typeof p?.tenantId === 'string' && typeof p.applicationId === 'string';
}

/**
 * Outbox handler `mail.documentUploaded`: tells each admin and clerk of the case's tenant that a requested
 * document arrived, so they review it and record DOCUMENTS_PROVIDED. Throws when the case or every recipient is
 * missing, so the message is retried and then shows up as a dead letter instead of vanishing.
 */
export function documentUploadedHandler(deps: MailHandlerDeps): OutboxHandler {
  return async ({ payload, dedupeKey }) => {
    if (!isPayload(payload)) throw new Error(`${dedupeKey}: payload is not a document-uploaded notice`);
    const { app, edition } = await loadMailCase(deps.repo, payload, dedupeKey);
    for (const to of await officeRecipients(deps.repo, payload.tenantId, dedupeKey)) {
      await deps.mail.send(
        documentUploadedMail({
          to,
          editionTitle: edition.edition.title,
          applicationId: app.id,
          link: `${deps.baseUrl}/admin/applications/${app.id}`,
          messageId: mailMessageId(deps.baseUrl, dedupeKey, to),
        }),
      );
    }
  };
}
